// The page's pure helpers, run in node: cutting the text at every span boundary (overlapping and
// nested claims), figures as the page writes them, and the chart's ticks.
import { describe, expect, it } from 'vitest';
// @ts-expect-error the page's modules are plain JS, served as written (no build step, no types)
import { marksOf, pieces } from '../src/web/lib/highlight.js';
// @ts-expect-error plain JS module
import { formatRange, sourceChain, timeText } from '../src/web/lib/format.js';
// @ts-expect-error plain JS module
import { niceTicks } from '../src/web/lib/chart.js';

type Piece = { start: number; end: number; kinds: Set<string>; claims: string[]; entity: string | null };

const TEXT = 'Kim decided to dispatch 1,000 sappers and 5,000 military construction workers to Russia.';
const span = (s: string, from = 0) => {
  const start = TEXT.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const claim = (id: string, evidence: string, extra: Record<string, unknown> = {}) => ({
  id, evidence: span(evidence), trigger: null, quantity: null, time: null, sources: [], ...extra,
});
const extraction = (claims: unknown[], entities: unknown[] = []) => ({ document: { text: TEXT }, claims, entities });

describe('pieces', () => {
  it('gives a nested claim its own pieces, innermost first', () => {
    const x = extraction([
      claim('c3', 'Kim decided to dispatch 1,000 sappers', { quantity: span('1,000 sappers') }),
      claim('c4', 'Kim decided to dispatch 1,000 sappers and 5,000 military construction workers', { trigger: span('dispatch'), quantity: span('5,000 military construction workers') }),
    ]);
    const ps: Piece[] = pieces(TEXT, marksOf(x));
    const at = (s: string) => ps.find((p) => TEXT.slice(p.start, p.end) === s);
    expect(at('1,000 sappers')?.claims).toEqual(['c3', 'c4']);
    expect([...at('1,000 sappers')!.kinds].sort()).toEqual(['ev', 'qty']);
    expect(at(' and ')?.claims).toEqual(['c4']);
    expect(at('dispatch')?.kinds.has('trig')).toBe(true);
    expect(ps.map((p) => TEXT.slice(p.start, p.end)).join('')).toBe(TEXT);
  });

  it.each([
    ['a span past the end of the text', { start: 80, end: 200, text: '' }],
    ['an empty span', { start: 10, end: 10, text: '' }],
  ])('leaves out %s', (_what, bad) => {
    const x = extraction([{ ...claim('c1', 'Kim'), evidence: bad }]);
    expect(marksOf(x)).toEqual([]);
    expect(pieces(TEXT, marksOf(x))).toEqual([{ start: 0, end: TEXT.length, kinds: new Set(), claims: [], parts: new Map(), entity: null }]);
  });

  it('marks entity mentions outside any claim', () => {
    const x = extraction([], [{ id: 'country:RU', mentions: [span('Russia')] }]);
    const p = pieces(TEXT, marksOf(x)).find((q: Piece) => q.entity);
    expect(p).toMatchObject({ entity: 'country:RU', claims: [] });
    expect(TEXT.slice(p.start, p.end)).toBe('Russia');
  });
});

describe('how the page writes figures, sources and times', () => {
  it.each([
    [{ min: 10000, max: 12000, approximate: true }, '~10,000–12,000'],
    [{ min: 6000, max: 6000, approximate: false }, '6,000'],
    [{ min: 3000, max: null, approximate: false }, '≥3,000'],
    [{ min: null, max: 500, approximate: false }, '≤500'],
    [{ min: null, max: null, approximate: false }, ''],
    [null, ''],
  ])('formatRange(%j) = %s', (q, s) => expect(formatRange(q)).toBe(s));

  it.each([
    [[{ name: 'National Intelligence Service' }, { name: 'Lee Seong Kweun' }], 'National Intelligence Service → Lee Seong Kweun'],
    [['TASS', 'Reuters'], 'TASS → Reuters'],
    [[], ''],
  ])('sourceChain(%j)', (chain, s) => expect(sourceChain(chain)).toBe(s));

  it.each([
    [{ text: 'last autumn', value: '2024-FA', from: '2024-09-01', to: '2024-11-30' }, 'last autumn (2024-FA; 2024-09-01 – 2024-11-30)'],
    [{ text: 'one month', value: 'P1M', from: null, to: null }, 'one month (P1M)'],
    [null, ''],
  ])('timeText(%j)', (t, s) => expect(timeText(t)).toBe(s));
});

describe('niceTicks', () => {
  it.each([
    [12000, [0, 5000, 10000, 15000]],
    [6000, [0, 2000, 4000, 6000]],
    [7, [0, 5, 10]],
    [0, [0, 1]],
  ])('up to %i', (max, ticks) => expect(niceTicks(max, 3)).toEqual(ticks));
});
