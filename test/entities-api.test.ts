import { describe, expect, it } from 'vitest';
import { makeDoc } from '../src/doc.js';
import { findEntities, indexMentions, mentionAt, resolveActorName } from '../src/stages/entities.js';
import { segment } from '../src/stages/segment.js';

const REPORT = [
  'Seoul says Pyongyang sent more troops',
  '',
  "South Korea's National Intelligence Service (NIS) said on Thursday that North Korea had sent about 3,000 more soldiers to Russia's Kursk region, according to Rep. Park Jin-woo.",
  'Mr. Park told reporters the NIS expected a further dispatch in the autumn. The Kremlin did not comment.',
].join('\n');

describe('findEntities', () => {
  const entities = findEntities(makeDoc(REPORT));

  it('gives every mention a span whose text is the document text there, and a rule', () => {
    for (const e of entities) {
      for (const m of e.mentions) {
        expect(REPORT.slice(m.start, m.end)).toBe(m.text);
        expect(m.rule).toBeTruthy();
      }
    }
  });

  it('lists each actor once, in order of first mention', () => {
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('country:KR');
    expect(ids.indexOf('country:KP')).toBeLessThan(ids.indexOf('country:RU'));
  });

  it('finds the report’s actors', () => {
    const byId = Object.fromEntries(entities.map((e) => [e.id, e]));
    expect(byId['org:nis'].mentions.map((m) => m.text)).toEqual(["South Korea's National Intelligence Service", 'NIS', 'NIS']);
    expect(byId['place:kursk'].mentions[0].text).toBe('Kursk region');
    expect(byId['person:park-jin-woo'].mentions.map((m) => m.text)).toEqual(['Park Jin-woo', 'Mr. Park']);
    expect(byId['country:RU'].mentions.map((m) => m.rule)).toEqual(['name', 'seat']);
  });

  it('segments a bare document itself, and agrees with a segmented one', () => {
    const doc = makeDoc(REPORT);
    expect(findEntities({ ...doc, ...segment(doc) })).toEqual(entities);
  });

  it('returns nothing, without throwing, for text with no actors or no words', () => {
    expect(findEntities(makeDoc('the price of bread rose again.'))).toEqual([]);
    expect(findEntities(makeDoc('  \n\n ...  '))).toEqual([]);
  });
});

describe('mentionAt', () => {
  const entities = findEntities(makeDoc(REPORT));

  it('finds the actor at an exact span, inside a span, or holding one', () => {
    const at = (s: string) => {
      const i = REPORT.indexOf(s);
      return mentionAt(entities, i, i + s.length)?.entity.id;
    };
    expect(at('Pyongyang')).toBe('country:KP');
    expect(at('Kursk')).toBe('place:kursk');
    expect(at('Mr. Park told')).toBe('person:park-jin-woo');
  });

  it('returns null where no actor is mentioned', () => {
    const i = REPORT.indexOf('told reporters');
    expect(mentionAt(entities, i, i + 4)).toBeNull();
  });

  it('lists every mention overlapping a span, in text order', () => {
    const i = REPORT.indexOf('North Korea had sent');
    const hits = indexMentions(entities).overlapping(i, REPORT.indexOf(', according'));
    expect(hits.map((h) => h.mention.text)).toEqual(['North Korea', 'Russia', 'Kursk region']);
  });
});

describe('resolveActorName', () => {
  it.each([
    ['Pyongyang', 'country:KP', 'North Korea'],
    ['the Kremlin', 'country:RU', 'Russia'],
    ['U.S.', 'country:US', 'United States'],
    ['South Korean intelligence', 'org:nis', 'National Intelligence Service'],
    ["Seoul's spy agency", 'org:nis', 'National Intelligence Service'],
    ["Russia's Defence Ministry", 'org:defence-ministry-ru', 'Ministry of Defence of Russia'],
    ['the Wagner Group', 'group:wagner', 'Wagner Group'],
    ['Zelenskyy', 'person:volodymyr-zelensky', 'Volodymyr Zelensky'],
    ['Kursk Oblast', 'place:kursk', 'Kursk'],
  ])('%s → %s', (phrase, id, name) => {
    expect(resolveActorName(phrase)).toMatchObject({ id, name });
  });

  it.each([['diplomatic and security sources'], ['us'], ['North Korean troops'], [''], ['   ']])('%j → null', (phrase) => {
    expect(resolveActorName(phrase)).toBeNull();
  });
});
