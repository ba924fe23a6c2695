import { describe, expect, it } from 'vitest';
import { actorAt, actors, ruleAt } from './entities-helpers.js';

describe('countries', () => {
  it.each([
    // [sentence, written, id, rule]
    ['North Korea fired two missiles into the sea on Sunday.', 'North Korea', 'country:KP', 'name'],
    ['The DPRK rejected the statement as a provocation.', 'DPRK', 'country:KP', 'alias'],
    ['The U.S. approved a new aid package for Kyiv.', 'U.S.', 'country:US', 'alias'],
    ['Washington and the UK said they would keep up the pressure.', 'UK', 'country:GB', 'alias'],
    ['Czechia has bought shells from third countries.', 'Czechia', 'country:CZ', 'alias'],
    ['North Korean soldiers were seen near the front.', 'North Korean', 'country:KP', 'demonym'],
    ['Emirati officials declined to comment.', 'Emirati', 'country:AE', 'demonym'],
    ['Pyongyang and Moscow signed a defence pact last year.', 'Pyongyang', 'country:KP', 'capital'],
    ['The Kremlin did not respond to a request for comment.', 'Kremlin', 'country:RU', 'seat'],
    ['Downing Street said the call lasted forty minutes.', 'Downing Street', 'country:GB', 'seat'],
    ['Kiev has asked its allies for more air defence.', 'Kiev', 'country:UA', 'capital'],
  ])('%s → %s is %s (%s)', (text, written, id, rule) => {
    expect(actorAt(text, written)?.id).toBe(id);
    expect(ruleAt(text, written)).toBe(rule);
  });

  it.each([
    // lower-case "us" is a pronoun, not the United States
    ['Let us be clear about what happened.', 'us'],
    // "Turkey" in lower case is a bird
    ['They ate turkey for dinner on Thursday.', 'turkey'],
    // "Korean" alone names neither Korea
    ['The Korean peninsula remains divided.', 'Korean'],
  ])('%s: no country at "%s"', (text, written) => {
    expect(actors(text).find((e) => e.type === 'country' && e.mentions.some((m) => m.text === written))).toBeUndefined();
  });

  it('keeps the city a capital names, beside the country it may stand for', () => {
    const text = 'The first system has been installed in Tehran.';
    const iran = actors(text).find((e) => e.id === 'country:IR');
    const city = actors(text).find((e) => e.id === 'place:tehran');
    expect(iran?.mentions[0]).toMatchObject({ text: 'Tehran', rule: 'capital', place: 'place:tehran' });
    expect(city?.type).toBe('place');
  });

  it('names the office behind a seat of government', () => {
    expect(actorAt('No10 said the prime minister had spoken to him.', 'No10')?.id).toBe('country:GB');
    expect(actors('No10 said the prime minister had spoken to him.').some((e) => e.id === 'org:downing-street')).toBe(true);
  });

  it.each([
    ['Seoul believes the North is preparing another launch.', true],
    ['Officials in the North of England opposed the plan.', false],
  ])('"the North" is North Korea only in a report about the Koreas: %s', (text, korea) => {
    expect(actorAt(text, 'the North')?.id === 'country:KP').toBe(korea);
  });

  it.each([
    ['The Iran-backed militia fired rockets at the base.', 'Iran', 'country:IR'],
    ['Talks on the Russia-Ukraine war resumed in Istanbul.', 'Ukraine', 'country:UA'],
  ])('reads the actor inside a hyphenated compound: %s', (text, written, id) => {
    expect(actorAt(text, written)?.id).toBe(id);
  });

  it('does not split a country whose name has a hyphen', () => {
    expect(actorAt('Troops from Guinea-Bissau joined the mission.', 'Guinea-Bissau')?.id).toBe('country:GW');
  });
});
