// Earlier figures (earlier.ts): a count after "up from", "compared with" … is an earlier value of the
// count just before it, a claim of the same event; none without a count before it, nor a figure of
// another unit. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-helpers.js';

const read = (text: string) => claimsOf(text).map((c) => `${c.event} ${c.agent?.name ?? '-'} → ${c.recipient?.name ?? '-'}: ${c.quantity?.text}${c.rules.includes('quantity:earlier-figure') ? ' (earlier)' : ''}`);

describe('earlier.ts: earlier values of a count', () => {
  it.each([
    ['The regional health office said the death toll had risen to 61, up from 45 on Monday.', ['casualties - → -: 61', 'casualties - → -: 45 (earlier)']],
    ['Poland delivered 40 tanks to Ukraine in May, compared with 30 in April.', ['transfer Poland → Ukraine: 40 tanks', 'transfer Poland → Ukraine: 30 (earlier)']],
    ["Norway's aid to Moldova rose to $90 million this year, down from $120 million last year.", ['transfer Norway → Moldova: $90 million', 'transfer Norway → Moldova: $120 million (earlier)']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('reads no earlier figure of another unit, nor one with no count before it', () => {
    expect(read('Poland delivered 40 tanks to Ukraine in May, compared with $30 million of aid in April.').filter((c) => c.endsWith('(earlier)'))).toEqual([]);
    expect(read('Prices were up from 30 in April, traders said.').filter((c) => c.endsWith('(earlier)'))).toEqual([]);
  });
});
