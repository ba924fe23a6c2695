// Resolution on hand-built specs: no text, no segmentation, only the calendar (spaCy's habit of
// building a component's input by hand). A fixed tense stands in for the clause's verbs.
import { describe, expect, it } from 'vitest';
import { isoWeek, isoWeekday, parseIsoDate } from '../src/stages/times/calendar.js';
import { resolve } from '../src/stages/times/resolve.js';
import type { Tense } from '../src/stages/times/tense.js';
import type { Spec } from '../src/stages/times/types.js';

const at = (published: string | null, tense: Tense = null) => ({ pub: published ? parseIsoDate(published) : null, tense: () => tense });
const value = (spec: Spec, published: string | null, tense: Tense = null) => resolve(spec, at(published, tense))?.value ?? null;

describe('calendar', () => {
  it.each([
    ['2024-12-19', 2024, 51],
    ['2025-01-01', 2025, 1],
    ['2021-01-03', 2020, 53],
    ['2013-03-22', 2013, 12],
  ])('ISO week of %s is %i-W%i', (d, y, w) => {
    expect(isoWeek(parseIsoDate(d)!)).toEqual({ y, w });
  });

  it.each([['2025-06-26', 4], ['2025-06-29', 7], ['2025-06-30', 1]])('weekday of %s is %i', (d, wd) => {
    expect(isoWeekday(parseIsoDate(d)!)).toBe(wd);
  });

  it.each(['2025-02-29', '2025-13-01', 'June 26'])('rejects the non-date %s', (s) => {
    expect(parseIsoDate(s)).toBeNull();
  });
});

describe('resolve: a month without a year', () => {
  const july: Spec = { kind: 'date', month: 7, pick: 'tense' };
  it.each([
    ['future tense, before July', '2025-06-26', 'future', '2025-07'],
    ['past tense, before July', '2025-03-01', 'past', '2024-07'],
    ['past tense, in July', '2025-07-15', 'past', '2025-07'],
    ['future tense, after July', '2025-09-01', 'future', '2026-07'],
    ['no tense: the nearest July', '2025-06-26', null, '2025-07'],
    ['no tense: the nearest July, looking back', '2025-11-20', null, '2025-07'],
  ] as [string, string, Tense, string][])('%s', (_why, pub, tense, want) => {
    expect(value(july, pub, tense)).toBe(want);
  });

  it.each([
    ['last', '2025-07-10', '2024-07'],
    ['next', '2025-07-10', '2026-07'],
    ['this', '2025-02-10', '2025-07'],
  ] as const)('"%s July" published %s', (pick, pub, want) => {
    expect(value({ kind: 'date', month: 7, pick }, pub)).toBe(want);
  });

  it('keeps the month with X for the year when there is no publication date', () => {
    expect(value(july, null)).toBe('XXXX-07');
  });
});

describe('resolve: weekdays', () => {
  const thursday: Spec = { kind: 'date', weekday: 4, pick: 'tense' };
  it.each([
    ['published on a Thursday, no tense', '2025-06-26', null, '2025-06-26'],
    ['published on a Saturday, past', '2025-06-28', 'past', '2025-06-26'],
    ['published on a Monday, future', '2025-06-30', 'future', '2025-07-03'],
    ['published on a Thursday, future', '2025-06-26', 'future', '2025-06-26'],
  ] as [string, string, Tense, string][])('%s', (_why, pub, tense, want) => {
    expect(value(thursday, pub, tense)).toBe(want);
  });

  it.each([
    ['last', '2025-06-26', '2025-06-19'],
    ['next', '2025-06-26', '2025-07-03'],
    ['this', '2025-06-28', '2025-06-26'],
  ] as const)('"%s Thursday" published %s', (pick, pub, want) => {
    expect(value({ kind: 'date', weekday: 4, pick }, pub)).toBe(want);
  });
});

describe('resolve: seasons with their calendar interval', () => {
  it.each([
    ['last autumn', { kind: 'date', season: 'FA', pick: 'last' }, '2025-06-26', '2024-FA', '2024-09-01', '2024-11-30'],
    ['last autumn, published in autumn', { kind: 'date', season: 'FA', pick: 'last' }, '2024-10-15', '2023-FA', '2023-09-01', '2023-11-30'],
    ['next winter', { kind: 'date', season: 'WI', pick: 'next' }, '2025-06-26', '2025-WI', '2025-12-01', '2026-02-28'],
    ['this summer', { kind: 'date', season: 'SU', pick: 'this' }, '2025-03-01', '2025-SU', '2025-06-01', '2025-08-31'],
    ['autumn 2022', { kind: 'date', season: 'FA', year: 2022 }, '2023-10-22', '2022-FA', '2022-09-01', '2022-11-30'],
  ] as [string, Spec, string, string, string, string][])('%s', (_why, spec, pub, want, from, to) => {
    expect(resolve(spec, at(pub))).toMatchObject({ value: want, from, to, type: 'DATE' });
  });
});

describe('resolve: relative periods', () => {
  it.each([
    ['last year', { kind: 'date', rel: { unit: 'year', n: -1 } }, '2025-06-26', '2024'],
    ['earlier this week', { kind: 'date', rel: { unit: 'week', n: 0 } }, '2024-12-19', '2024-W51'],
    ['last week across a new year', { kind: 'date', rel: { unit: 'week', n: -1 } }, '2025-01-02', '2024-W52'],
    ['this month', { kind: 'date', rel: { unit: 'month', n: 0 } }, '2024-04-24', '2024-04'],
    ['last month in January', { kind: 'date', rel: { unit: 'month', n: -1 } }, '2025-01-10', '2024-12'],
    ['the last quarter', { kind: 'date', rel: { unit: 'quarter', n: -1 } }, '2025-01-10', '2024-Q4'],
    ['this century', { kind: 'date', rel: { unit: 'century', n: 0 } }, '2022-03-03', '20'],
    ['October last year', { kind: 'date', month: 10, rel: { unit: 'year', n: -1 } }, '2025-07-03', '2024-10'],
    ['yesterday', { kind: 'date', rel: { unit: 'day', n: -1 } }, '2025-03-01', '2025-02-28'],
    ['18 months ago', { kind: 'date', rel: { unit: 'month', n: -18 } }, '2023-08-18', '2022-02'],
  ] as [string, Spec, string, string][])('%s', (_why, spec, pub, want) => {
    expect(value(spec, pub)).toBe(want);
  });

  it('reads "the end of the year" in a past clause early in a year as last year', () => {
    const spec: Spec = { kind: 'date', rel: { unit: 'year', n: 0 }, mod: 'END', pick: 'tense' };
    expect(value(spec, '2025-02-10', 'past')).toBe('2024');
    expect(value(spec, '2025-02-10', 'future')).toBe('2025');
  });

  it('says which parts were stated and which were taken from the publication date', () => {
    expect(resolve({ kind: 'date', month: 7, pick: 'tense' }, at('2025-06-26'))).toMatchObject({ known: ['month'], implied: ['year'] });
    expect(resolve({ kind: 'date', year: 2024, month: 7, day: 4 }, at('2025-06-26'))).toMatchObject({ known: ['year', 'month', 'day'], implied: [] });
  });
});

describe('resolve: durations, clock times, references, sets', () => {
  it.each([
    [{ kind: 'duration', n: 1, unit: 'M', clock: false }, 'P1M'],
    [{ kind: 'duration', n: 3, unit: 'Y', clock: false }, 'P3Y'],
    [{ kind: 'duration', n: null, unit: 'W', clock: false }, 'PXW'],
    [{ kind: 'duration', n: 24, unit: 'H', clock: true }, 'PT24H'],
    [{ kind: 'duration', n: 2.5, unit: 'Y', clock: false }, 'P2.5Y'],
    [{ kind: 'duration', n: 2, unit: '10Y', clock: false }, 'P20Y'],
    [{ kind: 'duration', n: null, unit: '10Y', clock: false }, 'PXDE'],
    [{ kind: 'ref', value: 'FUTURE_REF' }, 'FUTURE_REF'],
    [{ kind: 'set', value: 'P1W' }, 'P1W'],
    [{ kind: 'clock', hour: 13, minute: 24 }, '2024-02-22T13:24'],
    [{ kind: 'clock', hour: 15, minute: 0, utc: true, date: { kind: 'date', weekday: 6, pick: 'next' } }, '2024-02-24T15:00Z'],
  ] as [Spec, string][])('%j → %s', (spec, want) => {
    expect(value(spec, '2024-02-22')).toBe(want);
  });

  it('takes "at the time" from the last date named, or PAST_REF without one', () => {
    const previous = resolve({ kind: 'date', year: 2018 }, at('2022-07-04'));
    expect(resolve({ kind: 'anaphor' }, { ...at('2022-07-04'), previous })?.value).toBe('2018');
    expect(value({ kind: 'anaphor' }, '2022-07-04')).toBe('PAST_REF');
  });
});
