import { describe, expect, it } from 'vitest';
import { detectWire, normaliseSource, originalSource, wireAgency } from '../src/ledger/sources.js';

describe('original sources', () => {
  it.each([
    ['NIS', 'National Intelligence Service'],
    ['the National Intelligence Service', 'National Intelligence Service'],
    ["South Korea's National Intelligence Service", 'National Intelligence Service'],
    ['National Intelligence Service (NIS)', 'National Intelligence Service'],
    ["South Korea’s NIS", 'National Intelligence Service'],
    ['The Pentagon', 'Pentagon'],
    ['TASS', 'TASS'],
    ['the Associated Press', 'AP'],
  ])('%s counts as %s', (name, canonical) => {
    expect(normaliseSource(name).name).toBe(canonical);
  });

  it('does not strip a possessive that changes who speaks', () => {
    expect(normaliseSource("Ukraine's defence ministry").key).not.toBe(normaliseSource("Russia's defence ministry").key);
    expect(normaliseSource("Russia's defence ministry").name).toBe('Russian Defence Ministry');
  });

  it('keeps unknown sources apart by their folded names', () => {
    expect(normaliseSource('U.S. officials').key).toBe(normaliseSource('US officials').key);
    expect(normaliseSource('U.S. officials').key).not.toBe(normaliseSource('Ukrainian officials').key);
  });

  it('gives a claim in the outlet\'s own voice to the outlet, or to the wire it carries', () => {
    expect(originalSource({ sources: [] }, { outlet: 'Metro Post', wire: null, key: 'd1' }).name).toBe('Metro Post');
    expect(originalSource({ sources: [] }, { outlet: 'Harbour Daily (AP)', wire: 'AP', key: 'd1' }).name).toBe('AP');
    expect(originalSource({ sources: [{ name: 'TASS', id: null }] }, { outlet: 'Harbour Daily (AP)', wire: 'AP', key: 'd1' })).toMatchObject({ name: 'TASS', via: 'chain' });
  });
});

describe('wire copy', () => {
  it.each([
    ['RTHK (AP)', 'Officials said on Monday …', 'AP'],
    ['NDTV (AFP)', '…', 'AFP'],
    ['Reuters', '…', 'Reuters'],
    ['Valley Times', 'SEOUL, South Korea (AP) — North Korea fired …', 'AP'],
    ['Valley Times', 'KYIV, June 3 (Reuters) - Ukraine said …', 'Reuters'],
    ['Metro Post', 'North Korea has sent (according to AP reporting) more shells.', null],
    ['Metro Post', 'Apple (AAPL) shares rose — again.', null],
    [null, 'Officials said on Monday …', null],
  ])('outlet %s, text %s → %s', (outlet, text, wire) => {
    expect(detectWire(outlet, text)).toBe(wire);
  });

  it('reads agency names whole, not inside other words', () => {
    expect(wireAgency('Associated Press')).toBe('AP');
    expect(wireAgency('ap')).toBe(null);
  });
});
