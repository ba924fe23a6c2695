// The count readers of counts.ts (COUNT_READERS), one table: each reader run alone on the site of a
// count (countSite), with a sentence where its construction applies and one where it does not
// (undefined: not this construction; null: no claim). A cell reads "event agent → recipient (rule)".
// Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { COUNT_READERS, quantityDraft } from '../src/stages/claims/counts.js';
import { countSiteAt, draftText } from './claims-direct.js';

type Case = [reader: string, sign: '+' | '-', text: string, count: string, want: string | null | undefined];

const CASES: Case[] = [
  // the losses a count counts right after it
  ['countedLosses', '+', 'Car bombs left 30 dead in Baghdad.', '30', 'casualties Iraq → - (quantity:counted-losses)'],
  ['countedLosses', '-', 'Officials counted 30 trucks.', '30', undefined],
  // "who gave their lives", "lost their lives": the counted subject died
  ['livesLost', '+', 'The memorial lists 46 firefighters who gave their lives.', '46', 'casualties - → - (quantity:lives-lost)'],
  ['livesLost', '-', 'The memorial lists 46 firefighters who gave their time.', '46', undefined],
  ['countedSubject', '+', 'At least 100 Chadian soldiers have been killed.', '100', 'casualties Chad → - (quantity:subject)'],
  ['countedSubject', '-', 'At least 100 soldiers joined the protest.', '100', undefined],
  // who kills is no loss
  ['countedSubject', '-', 'Two gunmen opened fire on worshippers, killing 12 people.', 'Two', null],
  // a count, then a clause of its own whose subject is another count: not a coordinated subject
  ['countedSubject', '-', 'Officials said the toll had reached 61, and that 90 people were injured.', '61', undefined],
  // "the 42 drones Russia launched": the count is the object of the relative clause after it
  ['relativeObject', '+', 'The 42 drones Russia launched overnight were shot down.', '42', 'combat Russia → - (quantity:object-of-relative)'],
  ['relativeObject', '-', 'The 42 drones were launched overnight.', '42', undefined],
  ['afterTrigger', '+', 'The death toll rose to 45.', '45', 'casualties - → - (quantity:after-trigger)'],
  // a figure of nothing named counts the losses, not the attack named between
  ['afterTrigger', '+', "The death toll from Sunday's bombing rose to 61.", '61', 'casualties - → - (quantity:after-trigger)'],
  ['afterTrigger', '-', 'About 45 protesters gathered outside.', '45', undefined],
  ['countedEvent', '+', 'Israel paused one shipment of bombs.', 'one', 'transfer Israel → - (quantity:counted-event)'],
  ['countedEvent', '-', 'Israel paused 30 trucks.', '30', undefined],
  ['moneyForAid', '+', 'Norway announced a €700 million aid package for Moldova.', '700', 'transfer Norway → Moldova (quantity:money-for-aid)'],
  ['moneyForAid', '-', 'Norway spent €700 million on roads.', '700', undefined],
  // "we" is the giver, not a country named earlier in the sentence (the refiners resolve "we")
  ['moneyForAid', '+', 'Today, as Chad battles the floods, we have approved $40 million of aid for the region.', '40', 'transfer - → - (quantity:money-for-aid)'],
  // no trigger: money in an aid context, a casualty unit, forces where they are, forces held, people, a figure of an earlier count
  ['noTrigger', '+', 'Of the total, $300 million is humanitarian aid.', '300', 'transfer - → - (quantity:money-in-aid-context)'],
  // a free participle shares the sentence's subject
  ['noTrigger', '+', 'Japan is the biggest donor in Sudan, funding over $40 million this year.', '40', 'transfer Japan → - (quantity:money-in-aid-context)'],
  // the subject's own actor, not the place in its prepositional phrase
  ['noTrigger', '+', 'Japanese funding for clinics in Chad is $70 million this year.', '70', 'transfer Japan → - (quantity:money-in-aid-context)'],
  ['noTrigger', '+', 'The army reported 1,200 deaths.', '1,200', 'casualties - → - (quantity:casualty-unit)'],
  ['noTrigger', '+', 'Italy has more than 1,000 troops in Lebanon.', '1,000', 'deploy Italy → Lebanon (quantity:forces-stationed)'],
  // people counted for what they need, or as someone's, are no event
  ['noTrigger', '-', 'Some 9 million people in Chad need food aid this year.', '9 million', null],
  ['noTrigger', '-', 'The port city is home to nearly two million people.', 'two million', null],
  ['noTrigger', '-', 'She was shopping with her two children.', 'two', null],
  ['noTrigger', '+', 'Kyiv has 500,000 troops.', '500,000', 'other Ukraine → - (quantity:forces-held)'],
  ['noTrigger', '+', 'Nearly 3,000 refugees are in Chad.', '3,000', 'other - → - (quantity:people)'],
  ['noTrigger', '+', 'Around 100 instructors arrived in January. A further 200 are expected.', '200', 'other - → - (quantity:figure-of-earlier)'],
  ['noTrigger', '-', 'The bridge cost $300 million.', '300', null],
  // people named before ("the three …") are no figure the report gives
  ['noTrigger', '-', 'The three national security advisers met.', 'three', null],
  ['noTrigger', '-', 'About 45 protesters gathered outside.', '45', null],
];

const reader = (name: string) => {
  const r = COUNT_READERS.find((x) => x.name === name);
  if (!r) throw new Error(`no count reader ${name}`);
  return r;
};

describe('counts.ts, count reader by count reader', () => {
  it.each(CASES)('%s %s %s', (name, _sign, text, count, want) => {
    const { v, site } = countSiteAt(text, count);
    expect(draftText(v, reader(name)(site))).toBe(want);
  });

  it('has a case where each reader applies and one where it does not', () => {
    const lacking = COUNT_READERS.map((r) => r.name).filter((n) => !(['+', '-'] as const).every((s) => CASES.some((c) => c[0] === n && c[1] === s)));
    expect(lacking).toEqual([]);
  });

  it('tries the readers in order: the first that applies decides', () => {
    expect(COUNT_READERS.map((r) => r.name)).toEqual(['countedLosses', 'livesLost', 'countedSubject', 'relativeObject', 'afterTrigger', 'countedEvent', 'moneyForAid', 'noTrigger']);
    // the subject of "killed" comes before the catch-all, which would read forces counted as deployed
    const { v, site } = countSiteAt('At least 100 Chadian soldiers have been killed.', '100');
    expect(draftText(v, reader('noTrigger')(site))).toBe('deploy Chad → - (quantity:forces)');
    expect(draftText(v, quantityDraft(v, site.q, site.inClause, site.argsOf, v.tokens[site.qf].sentence))).toBe('casualties Chad → - (quantity:subject)');
  });

  it('reads no count of things that do not move', () => {
    expect(() => countSiteAt('Kenya sent two letters to Uganda.', 'two')).toThrow(/counts nothing that moves/);
  });
});
