// Properties every times layer must have, whatever the text: spans that index the text, sorted and
// disjoint, a rule on each; no throw on odd input; a year stated once holds for a whole list.
import { describe, expect, it } from 'vitest';
import { makeDoc } from '../src/doc.js';
import { segment } from '../src/stages/segment.js';
import { findTimes, parseCandidates } from '../src/stages/times.js';

function times(text: string, published: string | null = '2025-06-26') {
  const doc = makeDoc(text, { published });
  Object.assign(doc, segment(doc));
  return findTimes(doc);
}

const REPORT = [
  'SEOUL, June 26 (Yonhap) -- North Korea is expected to send about 6,000 more workers to Russia as early as July or August,',
  "the spy agency told lawmakers on Thursday. Some 11,000 troops were sent last autumn, and 3,000 more earlier this year.",
  'The first group stayed for approximately one month, and the next rotation could come within weeks, officials said at 2:30 p.m.',
  'Since the start of the full-scale invasion in February 2022, aid has been delivered every week; in recent months it slowed.',
].join(' ');

describe('times: spans and order', () => {
  const out = times(REPORT);

  it('finds the times of a report', () => {
    expect(out.map((t) => t.value)).toEqual([
      '2025-06-26', '2025-07', '2025-08', '2025-06-26', '2024-FA', '2025', 'P1M', 'PXW', '2025-06-26T14:30', '2022-02-24', '2022-02', 'P1W', 'PAST_REF',
    ]);
  });

  it('gives spans that index the text', () => {
    for (const t of out) expect(REPORT.slice(t.start, t.end)).toBe(t.text);
  });

  it('sorts by start and never overlaps', () => {
    for (let i = 1; i < out.length; i++) expect(out[i].start).toBeGreaterThanOrEqual(out[i - 1].end);
  });

  it('names the rule of every time and gives DATE values their calendar interval', () => {
    for (const t of out) expect(t.rule).toMatch(/^[a-z0-9-]+$/);
    const autumn = out.find((t) => t.value === '2024-FA')!;
    expect([autumn.type, autumn.from, autumn.to]).toEqual(['DATE', '2024-09-01', '2024-11-30']);
  });

  it('keeps overlapping matches apart before the refiner settles them', () => {
    const raw = parseCandidates('It happened on June 26, 2025.');
    expect(raw.map((c) => c.rule)).toEqual(expect.arrayContaining(['month-day', 'month', 'year']));
  });
});

describe('times: a year written once holds for the whole list', () => {
  it.each([
    ['In January and February 2024, donors gave more.', [['January', '2024-01'], ['February 2024', '2024-02']]],
    ['Fighting raged between June and August last year.', [['June', '2024-06'], ['August last year', '2024-08']]],
    ['Aid rose in March, April and May 2023.', [['March', '2023-03'], ['April', '2023-04'], ['May 2023', '2023-05']]],
  ])('%s', (sentence, want) => {
    expect(times(sentence).map((t) => [t.text, t.value])).toEqual(want);
  });

  it('does not lend a year across other words', () => {
    expect(times('Troops arrived in March, before the 2023 talks.').map((t) => t.value)).toEqual(['2025-03', '2023']);
  });
});

describe('times: odd input', () => {
  it.each([
    ['an empty line', '\n\n'],
    ['digits only', '2025 2026 20270 1,000,000 12:61 31/31/2031'],
    ['punctuation', '—––-/\\:;,.!?'],
    ['non-Latin scripts', '북한은 7월에 병력을 보낼 것이다. Россия 2024 году.'],
    ['a very long word', 'x'.repeat(10_000)],
  ])('does not throw on %s', (_why, text) => {
    expect(() => times(text)).not.toThrow();
  });

  it('works without segmentation or a publication date', () => {
    const doc = makeDoc('Troops arrived in July 2024 and left last year.');
    expect(findTimes(doc).map((t) => t.value)).toEqual(['2024-07', 'XXXX']);
  });

  it('says what it expected when the publication date is malformed', () => {
    expect(() => findTimes(makeDoc('Troops arrived on Monday.', { published: '26/06/2025' }))).toThrow(/expected an ISO date such as "2025-06-26", found "26\/06\/2025"/);
  });

  it('handles CRLF line ends', () => {
    const text = 'Headline\r\nTroops arrived on Monday.\r\n';
    const t = times(text)[0];
    expect(text.slice(t.start, t.end)).toBe('Monday');
  });
});
