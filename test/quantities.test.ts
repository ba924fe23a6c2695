import { describe, expect, it } from 'vitest';
import { makeDoc } from '../src/doc.js';
import { segment } from '../src/stages/segment.js';
import { entitiesStage } from '../src/stages/entities.js';
import { findQuantities } from '../src/stages/quantities.js';
import type { QuantityOut } from '../src/format.js';

function quantities(text: string): QuantityOut[] {
  const doc = makeDoc(text, { published: '2025-03-10' });
  Object.assign(doc, segment(doc), { times: [] });
  Object.assign(doc, entitiesStage.run(doc));
  const out = findQuantities(doc);
  for (const q of out) expect(text.slice(q.start, q.end)).toBe(q.text);
  return out;
}
const counts = (text: string) => quantities(text).filter((q) => q.kind === 'count' || q.kind === 'money');

type Want = [min: number | null, max: number | null, unit: string | null, approximate?: boolean, vague?: boolean];

describe('quantities: counted amounts', () => {
  it.each<[string, Want]>([
    ['Pyongyang has shipped 2,500 soldiers to the front.', [2500, 2500, 'soldiers']],
    ['The army received 40 armoured vehicles last week.', [40, 40, 'armoured vehicles']],
    ['Some 8,000 conscripts were mobilised.', [8000, 8000, 'conscripts', true]],
    ['Officials counted roughly 300 wounded civilians.', [300, 300, 'wounded civilians', true]],
    ['Nearly 70,000 people have fled the city.', [70000, 70000, 'people', true]],
    ['At least 45 fighters died in the assault.', [45, 45, 'fighters', true]],
    ['As many as 900 drones were delivered.', [900, 900, 'drones', true]],
    ['The ministry said 4,000-5,000 reservists would go.', [4000, 5000, 'reservists']],
    ['The agency estimated between 1,200 and 1,500 mercenaries.', [1200, 1500, 'mercenaries']],
    ['Kyiv says 7,000 to 9,000 troops are massing.', [7000, 9000, 'troops']],
    ['Germany pledged five thousand helmets.', [5000, 5000, 'helmets']],
    ['The regiment lost two hundred and fifty men.', [250, 250, 'men']],
    ['Around a dozen howitzers were sent.', [12, 12, 'howitzers', true]],
    ['The convoy carried 3K tonnes of fuel.', [3000, 3000, 'tonnes of fuel']],
    ['Officials reported that 1.5 million refugees crossed the border.', [1500000, 1500000, 'refugees']],
    ['Of the prisoners, 120 of their soldiers were freed.', [120, 120, 'soldiers']],
  ])('%s', (text, [min, max, unit, approximate = false, vague = false]) => {
    const [q] = counts(text);
    expect(q).toBeDefined();
    expect([q.min, q.max, q.unit, q.approximate, q.vague]).toEqual([min, max, unit, approximate, vague]);
  });

  it.each<[string, Want]>([
    ['Dozens of tanks were destroyed.', [24, 99, 'tanks', false, true]],
    ['Hundreds of shells hit the town.', [200, 999, 'shells', false, true]],
    ['Several thousand volunteers enlisted.', [3000, 9999, 'volunteers', false, true]],
    ['Tens of thousands of residents lost power.', [20000, 99999, 'residents', false, true]],
    ['The state sent several advisers to the capital.', [3, 9, 'advisers', false, true]],
    ['An unspecified number of rockets were fired.', [null, null, 'rockets', false, true]],
  ])('vague: %s', (text, [min, max, unit, approximate = false, vague = false]) => {
    const [q] = counts(text);
    expect([q.min, q.max, q.unit, q.approximate, q.vague]).toEqual([min, max, unit, approximate, vague]);
  });

  it.each<[string, number, string]>([
    ['Japan approved $3.2 billion in loans.', 3_200_000_000, 'USD'],
    ['The EU released €1.5bn for air defence.', 1_500_000_000, 'EUR'],
    ['Ottawa pledged C$500 million more.', 500_000_000, 'CAD'],
    ['Canberra sent A$100 million in aid.', 100_000_000, 'AUD'],
    ['Seoul set aside 400 billion won for the programme.', 400_000_000_000, 'KRW'],
    ['Norway added NOK 2 billion to the fund.', 2_000_000_000, 'NOK'],
    ['The package is worth 7.1 billion SEK.', 7_100_000_000, 'SEK'],
    ['London gave £250 million in grants.', 250_000_000, 'GBP'],
  ])('money: %s', (text, value, code) => {
    const [q] = counts(text);
    expect([q.min, q.max, q.unit, q.kind]).toEqual([value, value, code, 'money']);
  });

  it('keeps coordinated counts apart', () => {
    const qs = counts('The North will send 800 engineers and 2,200 guards to the border region.');
    expect(qs.map((q) => [q.min, q.unit])).toEqual([[800, 'engineers'], [2200, 'guards']]);
  });

  it('joins a bare coordinated noun to the unit', () => {
    const [q] = counts('Thousands of medics and drivers were called up.');
    expect(q.unit).toBe('medics and drivers');
  });

  it.each<[string, 'at-least' | 'at-most']>([
    ['More than 600 sailors were rescued.', 'at-least'],
    ['Over 2,000 families were evacuated.', 'at-least'],
    ['Up to 50 aircraft could be involved.', 'at-most'],
    ['Almost 400 homes were damaged.', 'at-most'],
    // a negated bound is the other bound
    ['No fewer than 50 soldiers were killed.', 'at-least'],
    ['Not more than 20 vessels sailed.', 'at-most'],
    ['Not less than 40 tanks were lost.', 'at-least'],
  ])('bound: %s', (text, bound) => {
    expect(counts(text)[0].bound).toBe(bound);
  });
});

describe('quantities: numbers that are not counts', () => {
  it.each<[string, QuantityOut['kind']]>([
    ['The war began in 2022 and has not ended.', 'year'],
    ['Turnout rose 12% in the capital.', 'percent'],
    ['Prices rose 3 percent last month.', 'percent'],
    ['They were trained for three weeks.', 'duration'],
    ['A 19-year-old conscript was captured.', 'age'],
    ['The army fired 155 mm shells.', 'measure'],
    ['The strike hit 40 kilometers from the border.', 'measure'],
    ['They dropped a 500-pound bomb.', 'measure'],
    ['The Su-35 jets were spotted.', 'other'],
    ['Britain sent Challenger 2 tanks.', 'other'],
  ])('%s', (text, kind) => {
    const qs = quantities(text);
    // a designator glued into one token ("Su-35") yields no number at all, which is as good
    if (kind !== 'other' || qs.length) expect(qs[0].kind).toBe(kind);
    expect(counts(text)).toHaveLength(0);
  });

  it('reads a four-digit count before a noun, and a hyphenated weight as a measure', () => {
    const qs = quantities('The shipment held 1500 1000-pound bombs.');
    expect(qs.map((q) => [q.min, q.kind])).toEqual([[1500, 'count'], [1000, 'measure']]);
    expect(qs[0].unit).toBe('1000-pound bombs');
  });

  it('keeps a model number inside the unit, not as a count of its own', () => {
    const qs = quantities('Sweden pledged 10 Leopard 2 tanks, and France sent 6 Mirage 2000 jets.').filter((q) => q.kind === 'count');
    expect(qs.map((q) => [q.min, q.unit])).toEqual([[10, 'Leopard 2 tanks'], [6, 'Mirage 2000 jets']]);
  });

  it('does not read a modal "may" or a plain word as a number', () => {
    expect(quantities('The troops may arrive soon and some will stay.')).toHaveLength(0);
  });
});

describe('quantities: an age after a name is not a count', () => {
  it.each<[string, string]>([
    ['Marcus Hill, 23, was shot and killed Saturday night on West Third Street, police said.', '23'],
    ['Officers shot and killed Dwayne Carter, 31, after a chase on Route 4.', '31'],
    ['The victim, 17, died at the scene.', '17'],
    ['A woman, 34, and her son, 9, were hurt in the crash.', '9'],
    ['Police named the dead man as Tomasz Nowak (46) from Leeds.', '46'],
    ['Police said Jordan Lee, 19, and Ana Ruiz, 22, were wounded.', '22'],
    ['The gunman was identified as Ray Dunn, 58.', '58'],
  ])('%s', (text, age) => {
    const q = quantities(text).find((x) => x.text === age);
    expect(q?.kind).toBe('age');
    expect(counts(text).filter((x) => x.min === Number(age))).toEqual([]);
  });

  it.each<[string, number]>([
    ['In Kidal, 23 soldiers were killed on Monday.', 23],
    ['Fighting killed 14 people in Goma, 23 in Bukavu and 9 in Uvira.', 23],
    ['Of those wounded, 12 were children.', 12],
    ['Across the region, 40 were detained, officials said.', 40],
  ])('still counts: %s', (text, n) => {
    expect(counts(text).some((q) => q.min === n)).toBe(true);
  });
});

describe('quantities: shared heads', () => {
  it('keeps coordinated modifiers with their head', () => {
    const [q] = counts('They fired 12 ballistic and cruise missiles.');
    expect([q.min, q.unit]).toEqual([12, 'ballistic and cruise missiles']);
  });
  it.each([
    ['Some 6,000 Polish and Lithuanian troops took part in the drill.', 'Polish and Lithuanian troops'],
    ['Kyiv received 14 Leopard and Challenger tanks.', 'Leopard and Challenger tanks'],
  ])('keeps coordinated names used as modifiers: %s', (text, unit) => {
    expect(counts(text)[0].unit).toBe(unit);
  });
  it('does not join two countries into a unit', () => {
    expect(counts('The UN counted 300 Russia and Ukraine.')[0]?.unit ?? null).not.toBe('Russia and Ukraine');
  });
});

describe('quantities: fractions of a scale', () => {
  it.each<[string, number]>([
    ['Russia has suffered more than half a million casualties.', 500_000],
    ['The fund holds half a billion dollars.', 500_000_000],
  ])('%s', (text, value) => {
    expect(quantities(text).find((q) => q.kind === 'count' || q.kind === 'money')!.min).toBe(value);
  });
});

describe('quantities: "over" as a particle', () => {
  it.each<[string, boolean]>([
    ['Russia handed over 95 prisoners on Friday.', false],
    ['The strike killed over 95 people.', true],
  ])('%s', (text, approximate) => {
    expect(counts(text)[0].approximate).toBe(approximate);
  });
});

describe('elided units', () => {
  const unitOf = (text: string, written: string) => counts(text).find((q) => q.text.includes(written));
  it.each<[string, string, string | null]>([
    // the count before it, in the same sentence or the one before
    ['At least 200 marines were killed and about 700 were wounded.', '700', 'marines'],
    ['Some 4,000 engineers arrived in May. Another 1,500 are expected in June.', '1,500', 'engineers'],
    // people named just before it
    ['Most of the evacuees went to Tbilisi and over 20,000 travelled on to Batumi.', '20,000', 'evacuees'],
    // not a count that names its own thing, nor one far from any
    ['About 300 drones were shot down. The ministry met on Monday. Officials said 40 were recovered.', '40', null],
    ['The committee voted 12 to 3.', '12', null],
  ])('%s', (text, written, unit) => {
    const q = unitOf(text, written);
    expect(q?.unit ?? null).toBe(unit);
    if (unit) expect(q?.rule).toMatch(/unit-elided$/);
  });
  it.each<[string, string, string]>([
    ['The ministry put the number of Belarusian instructors in Mali at about 150.', '150', 'Belarusian instructors'],
    ['The number of wounded is thought to be close to 2,000.', '2,000', 'wounded'],
  ])('reads what "the number of" counts: %s', (text, written, unit) => {
    const q = unitOf(text, written);
    expect([q?.unit, q?.rule.endsWith(':unit-number-of')]).toEqual([unit, true]);
  });
  it.each<[string, string, string | null]>([
    ['The death toll from the strike stood at 45 on Monday.', '45', 'death toll'],
    ['Total losses are believed to be in the range of 90,000-110,000.', '90,000', 'Total losses'],
    // a name, or a speaker, is not what is counted
    ['Kharkiv was 3,000 strong.', '3,000', null],
    ['Officials estimated 5,000.', '5,000', null],
  ])('reads the subject a count equals: %s', (text, written, unit) => {
    expect(unitOf(text, written)?.unit ?? null).toBe(unit);
  });
  it('points the unit span where the unit is written', () => {
    const text = 'At least 200 marines were killed and about 700 were wounded.';
    const q = unitOf(text, '700')!;
    expect(text.slice(q.unitSpan!.start, q.unitSpan!.end)).toBe('marines');
  });
});
