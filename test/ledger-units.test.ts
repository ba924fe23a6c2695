import { describe, expect, it } from 'vitest';
import { ledgerClaims } from '../src/ledger/claims.js';
import { setQuantity } from '../src/ledger/units.js';
import { extraction, KP, RU, type ClaimSpec } from './fixtures/ledger-reports.js';

function sets(text: string, claims: ClaimSpec[]) {
  const lc = ledgerClaims(extraction({ id: 't', outlet: null, published: '2025-06-20', text, claims }));
  return { claims: lc, total: (unitNo: number) => setQuantity(lc.filter((c) => c.unitNo === unitNo)) };
}

const deploy = (evidence: string, text: string, min: number, unit: string, extra: Partial<ClaimSpec> = {}): ClaimSpec => ({
  evidence, event: 'deploy', agent: KP, recipient: RU, status: 'planned', quantity: { text, min, max: min, unit }, ...extra,
});

describe('claim sets', () => {
  it('sums coordinated counts of people in one sentence', () => {
    const s = 'Pyongyang will send 1,000 sappers and 5,000 military builders to the Kursk region.';
    const { claims, total } = sets(s, [deploy(s, '1,000 sappers', 1000, 'sappers'), deploy(s, '5,000 military builders', 5000, 'military builders')]);
    expect(claims.map((c) => [c.unitNo, c.unitRole])).toEqual([[0, 'part'], [0, 'part']]);
    expect(total(0)).toMatchObject({ min: 6000, max: 6000, unit: 'sappers + military builders' });
  });

  it('takes a stated total instead of adding it to its parts', () => {
    const s = 'Pyongyang will send 6,000 personnel, 1,000 sappers and 5,000 builders.';
    const { claims, total } = sets(s, [deploy(s, '6,000 personnel', 6000, 'personnel'), deploy(s, '1,000 sappers', 1000, 'sappers'), deploy(s, '5,000 builders', 5000, 'builders')]);
    expect(claims.map((c) => c.unitRole)).toEqual(['total', 'part', 'part']);
    expect(total(0)).toMatchObject({ min: 6000, max: 6000 });
  });

  it('reads "including" as a part inside the first count', () => {
    const s = 'About 6,000 North Korean personnel, including 1,000 deminers, are expected in Kursk.';
    const { total } = sets(s, [deploy(s, '6,000 North Korean personnel', 6000, 'personnel'), deploy(s, '1,000 deminers', 1000, 'deminers')]);
    expect(total(0)).toMatchObject({ min: 6000, max: 6000 });
  });

  it.each([
    ['the same unit twice (two figures, not two parts)', 'North Korea sent 10,000 troops last autumn and 3,000 troops this winter.', '10,000 troops', 'troops', '3,000 troops', 'troops'],
    ['goods of different classes', 'North Korea sent 9,000 shells and 50 tanks to Russia.', '9,000 shells', 'shells', '50 tanks', 'tanks'],
  ])('keeps apart %s', (_why, s, q1, u1, q2, u2) => {
    const n = (q: string) => +q.split(' ')[0].replace(/,/g, '');
    const { claims } = sets(s, [deploy(s, q1, n(q1), u1), deploy(s, q2, n(q2), u2)]);
    expect(new Set(claims.map((c) => c.unitNo)).size).toBe(2);
  });

  it('keeps apart counts of different sentences', () => {
    const a = 'North Korea will send 1,000 sappers.';
    const b = 'It will also send 5,000 builders.';
    const { claims } = sets(`${a} ${b}`, [deploy(a, '1,000 sappers', 1000, 'sappers'), deploy(b, '5,000 builders', 5000, 'builders')]);
    expect(claims.map((c) => c.unitRole)).toEqual(['single', 'single']);
  });
});
