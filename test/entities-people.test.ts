import { describe, expect, it } from 'vitest';
import { actorAt, actors, ruleAt } from './entities-helpers.js';

const people = (text: string) => actors(text).filter((e) => e.type === 'person');

describe('people: titles and roles', () => {
  it.each([
    ['Rep. Yoo Yong-won said the troops had been trained for a month.', 'Yoo Yong-won', 'Rep.', null],
    ['NIS Director Kim Kyou-hyun briefed the committee.', 'Kim Kyou-hyun', 'NIS Director', 'org:nis'],
    ['State Department spokesman Matthew Miller told reporters the shipment had arrived.', 'Matthew Miller', 'State Department spokesman', 'org:us-state-department'],
    ['Deputy Pentagon Press Secretary Jane Doe declined to comment.', 'Jane Doe', 'Deputy Pentagon Press Secretary', 'org:pentagon'],
    ['Polish Prime Minister Donald Tusk said the border would stay closed.', 'Donald Tusk', 'Polish Prime Minister', 'country:PL'],
    ['Colonel Yuriy Ihnat said the drones were shot down.', 'Yuriy Ihnat', 'Colonel', null],
    ['Adm. John Aquilino warned of a buildup.', 'John Aquilino', 'Adm.', null],
    ['parliamentarian Ha Tae-keung said the briefing was short.', 'Ha Tae-keung', 'parliamentarian', null],
    ['US Secretary of State Marco Rubio arrived in Riyadh.', 'Marco Rubio', 'US Secretary of State', 'country:US'],
    ['Detective Inspector Mary Holt said two men had been arrested.', 'Mary Holt', 'Detective Inspector', null],
    ['Police spokesman Superintendent Ken Waweru said the unit had left.', 'Ken Waweru', 'Police spokesman Superintendent', null],
  ])('%s', (text, name, role, affiliation) => {
    const e = actorAt(text, name);
    expect(e?.type).toBe('person');
    expect(e?.role).toBe(role);
    expect(e?.affiliation ?? null).toBe(affiliation);
  });

  it.each([
    ['Andrei Kartapolov, a senior Russian lawmaker, said more men would be called up.', 'Andrei Kartapolov', 'a senior Russian lawmaker', 'country:RU'],
    ['Kim Young-hoon, director of the National Intelligence Service, declined to comment.', 'Kim Young-hoon', 'director of the National Intelligence Service', 'org:nis'],
    ['Ilya Yevlash, a spokesperson for the Ukrainian military’s Eastern Group of Forces, said so.', 'Ilya Yevlash', 'a spokesperson for the Ukrainian military’s Eastern Group of Forces', 'org:eastern-group-of-forces-ua'],
  ])('apposition after the name: %s', (text, name, role, affiliation) => {
    const e = actorAt(text, name);
    expect(e).toMatchObject({ type: 'person', role, affiliation });
  });

  it('reads a role that opens the clause before the name', () => {
    const e = actorAt('The U.N. Special Envoy for Yemen, Hans Grundberg, called for calm.', 'Hans Grundberg');
    expect(e).toMatchObject({ role: 'U.N. Special Envoy for Yemen', affiliation: 'org:un' });
  });

  it('does not take the subject of a post for its owner ("Envoy for Sudan")', () => {
    const e = actorAt('The U.S. Special Envoy for Sudan, Tom Perriello, met the general.', 'Tom Perriello');
    expect(e?.affiliation).toBe('country:US');
  });
});

describe('people: names without titles', () => {
  it.each([
    ['Yevgeny Prigozhin led the mutiny.', 'Yevgeny Prigozhin', 'name'],
    ['Dmitri Alperovitch said the strike was unusual.', 'Dmitri Alperovitch', 'given-name'],
    ['Moon Chung-in argued for talks with Pyongyang.', 'Moon Chung-in', 'family-name-first'],
    ['Olena Yurchenko, told Reuters the plant was hit.', 'Olena Yurchenko', 'given-name'],
    ['Hanna Maliar said the attack was repelled.', 'Hanna Maliar', 'speech'],
  ])('%s → %s (%s)', (text, name, rule) => {
    expect(actorAt(text, name)?.type).toBe('person');
    expect(ruleAt(text, name)).toBe(rule);
  });

  it.each([
    ['Following the talks, Russia and Iran signed a treaty.'],
    ['Initially, around a dozen tanks will be sent.'],
    ['Myanmar Junta Takes Delivery of Six Fighter Jets From Russia'],
    ['In July and August the front barely moved, Ukraine Support Tracker data show.'],
    ['The Chief Operating Officer resigned on Monday.'],
  ])('finds no person in: %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});

describe('people: later mentions', () => {
  it('resolves "Mr. Lee" and "Lee" to the full name', () => {
    const text = 'Rep. Lee Seong-kweun spoke after the briefing. Mr. Lee said the NIS expected more troops. Lee added that the timing was unclear.';
    const lee = actorAt(text, 'Lee Seong-kweun');
    expect(lee?.mentions.map((m) => [m.text, m.rule])).toEqual([['Lee Seong-kweun', 'title'], ['Mr. Lee', 'honorific'], ['Lee', 'surname']]);
  });

  it('keeps two Lees apart and gives "Lee" to the latest introduced', () => {
    const text = 'NIS Director Lee Jong-seok testified on Thursday. Rep. Lee Seong-kweun briefed reporters afterwards. Lee said the dispatch was likely in July.';
    const ents = people(text);
    expect(ents.map((e) => e.name).sort()).toEqual(['Lee Jong-seok', 'Lee Seong-kweun']);
    expect(actorAt(text, 'Lee')?.name).toBe('Lee Seong-kweun');
  });

  it('lets a title pick among namesakes', () => {
    const text = 'NIS Director Lee Jong-seok testified on Thursday. Rep. Lee Seong-kweun briefed reporters afterwards. Director Lee said the dispatch was likely in July.';
    expect(actors(text).find((e) => e.mentions.some((m) => m.text === 'Lee' && m.rule === 'title'))?.name).toBe('Lee Jong-seok');
  });

  it('resolves a surname in a headline to the person named below it', () => {
    const text = 'Shipments resume soon - Zhang\n\nForeign ministry spokesman Zhang Wei said the shipments would resume.';
    expect(actorAt(text, 'Zhang')?.name).toBe('Zhang Wei');
  });

  it('folds a lone given name into the full name given later', () => {
    const text = 'Colonel Oleh, a spokesman for the Ukrainian navy, said two boats were hit. "They were destroyed," Oleh Pohorilyi said.';
    const e = actorAt(text, 'Oleh Pohorilyi');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Oleh', 'Oleh Pohorilyi']);
  });

  it('does not resolve a capitalised word that names nobody introduced', () => {
    expect(actorAt('Sergei Ivanov arrived on Monday. Bond yields rose.', 'Bond')).toBeUndefined();
  });

  it('joins given names written before a surname the gazetteer knows', () => {
    expect(actorAt('Forces loyal to Gen. Abdel-Fattah Burhan retook the bridge.', 'Abdel-Fattah Burhan')?.id).toBe('person:abdel-fattah-al-burhan');
  });

  it('spells a person the same across spellings in the gazetteer', () => {
    expect(actorAt('President Volodymyr Zelenskyy thanked Sweden. Zelenskiy said more was needed.', 'Zelenskiy')?.id).toBe('person:volodymyr-zelensky');
  });
});
