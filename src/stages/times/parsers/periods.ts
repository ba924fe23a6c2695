// Parts of a year: "the first quarter of 2009", "third-quarter", "Q3 2024", "the second half of next
// year", "the first week of February".
import { isCapitalised } from '../context.js';
import { MONTH_FULL, ORDINAL, ORDINALS, monthOf } from '../lexicon.js';
import type { DateSpec, Parser } from '../types.js';
import { back, cand, lookBack, re, yearShift } from './util.js';

const THE = back(`\\bthe\\s+`);

const QUARTER_ORD: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

function ofYear(spec: DateSpec, year: string | undefined, rel: string | undefined): DateSpec {
  if (year) spec.year = +year;
  else if (rel) spec.rel = { unit: 'year', n: yearShift(rel.replace(/^the$/i, 'this')) };
  else spec.pick = 'tense';
  return spec;
}

/** "the first quarter of 2009", "the third quarter of this year", "third-quarter", "Q3 2024". */
export const quarter: Parser = {
  name: 'quarter',
  pattern: re(`\\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?:fiscal\\s+|financial\\s+)?quarter\\b(?:\\s+of\\s+(?:(\\d{4})\\b|(?:the\\s+)?(this|last|next|the)\\s+(?:fiscal\\s+|financial\\s+)?year\\b))?|\\bQ([1-4])(?:\\s+|-)?(\\d{4})?\\b`),
  read(m, text) {
    const end = m.index + m[0].length;
    if (m[4]) return cand(m.index, end, 'quarter', ofYear({ kind: 'date', quarter: +m[4] }, m[5], undefined));
    const start = lookBack(text, m.index, THE).index;
    const word = m[1].toLowerCase();
    // "the last quarter" with no year is the quarter before this one
    if (word === 'last' && !m[2] && !m[3]) return cand(start, end, 'quarter', { kind: 'date', rel: { unit: 'quarter', n: -1 } });
    return cand(start, end, 'quarter', ofYear({ kind: 'date', quarter: QUARTER_ORD[word] }, m[2], m[3]));
  },
};

const HALF_BEFORE = back(`\\b(first|second|1st|2nd|latter)\\s+`);

/** "the first half of 2024", "the second half of the year", "H1 2024". */
export const half: Parser = {
  name: 'half',
  pattern: re(`\\b(?:half\\s+of\\s+(?:(\\d{4})\\b|(?:the\\s+)?(this|last|next|the)\\s+(?:fiscal\\s+)?year\\b)|H([12])\\s*(\\d{4})\\b)`),
  read(m, text) {
    const end = m.index + m[0].length;
    if (m[3]) return cand(m.index, end, 'half', { kind: 'date', half: +m[3], year: +m[4] });
    const ord = lookBack(text, m.index, HALF_BEFORE, 16);
    if (!ord[0]) return null;
    const h = /^(first|1st)$/i.test(ord[1]) ? 1 : 2;
    return cand(lookBack(text, ord.index, THE).index, end, 'half', ofYear({ kind: 'date', half: h }, m[1], m[2]));
  },
};

const ORDINAL_BEFORE = back(`\\b(${ORDINAL}|1st|2nd|3rd|4th)\\s+`);

/** "the first week of February", "the last week of March 2009". */
export const weekOfMonth: Parser = {
  name: 'week-of-month',
  pattern: re(`\\bweek\\s+of\\s+(${MONTH_FULL})(?:,?\\s+(\\d{4})\\b|\\s+(last|this|next)\\s+year\\b)?`),
  read(m0, text) {
    const ord = lookBack(text, m0.index, ORDINAL_BEFORE, 24);
    if (!ord[0] || !isCapitalised(m0[1])) return null;
    const m = [ord[0] + m0[0], ord[1], m0[1], m0[2], m0[3]];
    const w = m[1].toLowerCase();
    const nth = ({ '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 } as Record<string, number>)[w] ?? ORDINALS.get(w) ?? 0;
    if (nth === 0 || nth > 5) return null;
    const spec: DateSpec = { kind: 'date', month: monthOf(m[2])!, weekOfMonth: nth };
    if (m[3]) spec.year = +m[3];
    else if (m[4]) spec.rel = { unit: 'year', n: yearShift(m[4]) };
    else spec.pick = 'tense';
    return cand(lookBack(text, ord.index, THE).index, m0.index + m0[0].length, 'week-of-month', spec);
  },
};
