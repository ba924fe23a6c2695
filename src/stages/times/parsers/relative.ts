// Times counted from the publication date: "today", "last night", "last week", "earlier this
// year", "the end of the year", "18 months ago", "over the weekend".
import { atSentenceStart, isCapitalised } from '../context.js';
import { APPROXIMATOR, COUNT, PARTS_OF_DAY, PART_OF_DAY, UNIT, UNITS, countValue, key } from '../lexicon.js';
import type { DateSpec, Parser, RelUnit, Spec } from '../types.js';
import { back, cand, lookBack, modOf, re } from './util.js';

const DAY_SHIFT: Record<string, number> = { 'the day before yesterday': -2, yesterday: -1, today: 0, tonight: 0, tomorrow: 1, 'the day after tomorrow': 2 };

const DEICTIC_BEFORE = back(`(?:\\b(?:earlier|later)\\s+)?(?:\\b(the\\s+day\\s+(?:before|after))\\s+)?`);

/** "today", "yesterday", "tomorrow", "tonight", "earlier today", "yesterday morning". */
export const deictic: Parser = {
  name: 'deictic-day',
  pattern: re(`\\b(yesterday|today|tomorrow|tonight)(?:\\s+(${PART_OF_DAY}))?\\b`),
  read(m, text) {
    // "USA Today", "Russia Today", "the Today programme": a capital inside a sentence makes a name
    if (isCapitalised(m[1]) && !atSentenceStart(text, m.index)) return null;
    const pre = lookBack(text, m.index, DEICTIC_BEFORE);
    const word = pre[1] ? key(`${pre[1]} ${m[1]}`) : key(m[1]);
    const spec: DateSpec = { kind: 'date', rel: { unit: 'day', n: DAY_SHIFT[word] ?? 0 } };
    // the gold files write "Saturday morning" as the day: a part of the day only for "tonight"
    if (word === 'tonight') spec.part = 'NI';
    return cand(pre.index, m.index + m[0].length, 'deictic-day', spec);
  },
};

/** "this morning", "last night", "this evening": a part of today or yesterday. */
export const partOfDay: Parser = {
  name: 'part-of-day',
  pattern: re(`\\b(this|last)\\s+(${PART_OF_DAY})\\b`),
  read(m) {
    const n = m[1].toLowerCase() === 'last' ? -1 : 0;
    const part = PARTS_OF_DAY.get(m[2].toLowerCase())!;
    if (n === -1 && part !== 'NI') return null; // "last morning" is not English for a time
    return cand(m.index, m.index + m[0].length, 'part-of-day', { kind: 'date', rel: { unit: 'day', n }, part });
  },
};

const REL_SHIFT: Record<string, number> = { this: 0, 'the current': 0, last: -1, 'the last': -1, 'the previous': -1, 'this past': -1, next: 1, 'the coming': 1 };

const PERIOD_BEFORE = back(`(?:\\b(earlier|later|early|late|mid)[\\s-]+)?(?:(?:\\bthe\\s+)?\\b(start|beginning|end|middle)\\s+of\\s+)?`);

/** "last week", "this month", "next year", "earlier this week", "late last year", "the end of next month". */
export const relativePeriod: Parser = {
  name: 'relative-period',
  pattern: re(`\\b(this|last|next|the\\s+last|the\\s+previous|the\\s+coming|the\\s+current|this\\s+past)\\s+(week|weekend|month|year|quarter|decade|fiscal\\s+year|financial\\s+year)\\b`),
  read(m0, text) {
    const pre = lookBack(text, m0.index, PERIOD_BEFORE);
    const m = [pre[0] + m0[0], pre[1], pre[2], m0[1], m0[2]];
    const rel = key(m[3]);
    let unit = key(m[4]).replace(/^(fiscal|financial) /, '') as RelUnit;
    const end = m0.index + m0[0].length;
    const start = pre.index;
    // "the last decade" is the ten years up to now, a duration (TempEval writes P10Y)
    if (unit === 'decade' && rel.startsWith('the ')) return cand(start, end, 'relative-period', { kind: 'duration', n: 10, unit: 'Y', clock: false });
    const mod = modOf(m[2] ?? (m[1] && !/^(earlier|later)$/i.test(m[1]) ? m[1] : undefined));
    return cand(start, end, 'relative-period', { kind: 'date', rel: { unit, n: REL_SHIFT[rel] ?? 0 }, mod });
  },
};

const THE = back(`\\bthe\\s+`);

/** "the end of the year", "the start of the month": which year depends on the tense ("peaked by
 *  the end of the year" in March is last year's end). */
export const periodEdge: Parser = {
  name: 'period-edge',
  pattern: re(`\\b(start|beginning|end|middle)\\s+of\\s+(?:the\\s+)?(year|month|week)\\b(?!\\s+(?:of|\\d))|\\b(year)[-\\s]end\\b|\\b(year)['’]s\\s+end\\b`),
  read(m, text) {
    const unit = (m[2] ?? 'year').toLowerCase() as RelUnit;
    const mod = m[1] ? modOf(m[1]) : 'END';
    return cand(lookBack(text, m.index, THE).index, m.index + m[0].length, 'period-edge', { kind: 'date', rel: { unit, n: 0 }, mod, pick: 'tense' });
  },
};

const AGO_BEFORE = back(`(?:\\b(?:${APPROXIMATOR})\\s+)?(?:\\b(${COUNT})\\s+)?\\b(${UNIT})\\s+`);

/** "18 months ago", "a week ago", "two years ago"; "years ago" is PAST_REF. */
export const ago: Parser = {
  name: 'ago',
  pattern: re(`\\bago\\b`),
  read(m0, text) {
    const m = lookBack(text, m0.index, AGO_BEFORE);
    if (!m[0]) return null;
    const end = m0.index + m0[0].length;
    const n = m[1] ? countValue(m[1]) : null;
    const info = UNITS.get(m[2].toLowerCase())!;
    if (n == null) return cand(m.index, end, 'ago', { kind: 'ref', value: 'PAST_REF' });
    return cand(m.index, end, 'ago', agoSpec(n, info.unit, info.clock));
  },
};

function agoSpec(n: number, unit: string, clock: boolean): Spec {
  const shift = (u: RelUnit, k: number): DateSpec => ({ kind: 'date', rel: { unit: u, n: -Math.round(k) } });
  if (clock) return shift('day', 0);
  switch (unit) {
    case 'D': return shift('day', n);
    case 'W': return shift('day', 7 * n); // the gold files write "a week ago" as the day
    case '2W': return shift('day', 14 * n);
    case 'M': return shift('month', n);
    case 'Q': return shift('month', 3 * n);
    case '10Y': return shift('year', 10 * n);
    case '100Y': return shift('year', 100 * n);
    default: return Number.isInteger(n) ? shift('year', n) : shift('month', 12 * n);
  }
}

/** "the weekend", "over the weekend": the last weekend, or the coming one in a future clause. */
export const theWeekend: Parser = {
  name: 'the-weekend',
  pattern: re(`\\bthe\\s+weekend\\b`),
  read(m) {
    if (/Weekend/.test(m[0])) return null; // "The Weekend", a name
    return cand(m.index, m.index + m[0].length, 'the-weekend', { kind: 'date', rel: { unit: 'weekend', n: 0 }, pick: 'tense' });
  },
};
