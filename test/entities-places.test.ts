import { describe, expect, it } from 'vitest';
import { actorAt, actors, ruleAt } from './entities-helpers.js';

describe('places', () => {
  it.each([
    ["Ukrainian troops pushed into Russia's Kursk region in August.", 'Kursk region', 'place:kursk'],
    ['Fighting continued in the Kursk Oblast overnight.', 'Kursk Oblast', 'place:kursk'],
    ["Drones hit a depot in Russia's Belgorod border region.", 'Belgorod border region', 'place:belgorod'],
    ['Shelling in Kherson killed two people.', 'Kherson', 'place:kherson'],
    ['Ships in the Red Sea changed course after the attack.', 'Red Sea', 'place:red-sea'],
    ['Residents fled Rafah as the offensive began.', 'Rafah', 'place:rafah'],
  ])('%s → %s', (text, written, id) => {
    expect(actorAt(text, written)?.id).toBe(id);
  });

  it('gives a place its country', () => {
    expect(actorAt('Fighters were seen near Bakhmut.', 'Bakhmut')?.country).toBe('UA');
  });

  it('grows a capital followed by a region word into the region, not the government', () => {
    const e = actorAt('Air raid sirens sounded across the Kyiv region.', 'Kyiv region');
    expect(e).toMatchObject({ id: 'place:kyiv', type: 'place' });
  });

  it.each([
    ['Air defences were active over the Khmelnytskyi Oblast.', 'Khmelnytskyi Oblast', 'place:khmelnytskyi'],
    ['Clashes broke out in Nineveh Province on Monday.', 'Nineveh Province', 'place:nineveh'],
  ])('makes a place of an unknown name before a capitalised region word: %s', (text, written, id) => {
    expect(actorAt(text, written)?.id).toBe(id);
    expect(ruleAt(text, written)).toBe('region');
  });

  it('does not read a lower-case region word after an ordinary word as a place', () => {
    expect(actors('The whole region was without power.').filter((e) => e.type === 'place')).toEqual([]);
  });

  it.each([
    ['Delegates met in Lyon to discuss the plan.', 'Lyon', 'FR'],
    ['The ship docked in Karachi on Friday.', 'Karachi', 'PK'],
  ])('finds cities from the big list: %s', (text, written, country) => {
    const e = actorAt(text, written);
    expect(e?.type).toBe('place');
    expect(e?.country).toBe(country);
    expect(ruleAt(text, written)).toBe('city');
  });

  it.each([
    ['Reading the statement, he paused twice.', 'Reading'],
    ['US Secretary of Defense Lloyd Austin visited the base.', 'Austin'],
    ['Mobile phone networks were down.', 'Mobile'],
  ])('does not read ordinary words or people as cities: %s', (text, written) => {
    expect(actors(text).find((e) => e.type === 'place' && e.mentions.some((m) => m.text === written))).toBeUndefined();
  });

  it('names facilities from their head word', () => {
    expect(actorAt('The plane landed at Ben Gurion International Airport.', 'Ben Gurion International Airport')?.type).toBe('place');
  });
});

describe('a city name inside a person’s name', () => {
  it('reads a city name after an unknown given name as part of the name', () => {
    expect(actorAt('The Japanese envoy, Akiba Takeo, arrived on Monday.', 'Takeo')?.type).not.toBe('place');
  });
  it.each([
    ['Troops entered Eastern Aleppo on Monday.', 'Aleppo'],
    ['Shelling hit Kharkiv overnight.', 'Kharkiv'],
  ])('keeps a city after a qualifier or a verb: %s', (text, written) => {
    expect(actorAt(text, written)?.type).toBe('place');
  });
});
