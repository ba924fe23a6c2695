// Dates the text writes on the calendar: "June 26, 2025", "26 June", "Sept. 2", "2025-06-26",
// "7/8/07", "the 26th of June". Without a year, the clause's tense places them (resolve.ts).
import { isValidDate } from '../calendar.js';
import { DAY, MONTH_ANY, WEEKDAY, WEEKDAYS, monthOf } from '../lexicon.js';
import { isCapitalised } from '../context.js';
import type { Candidate, DateSpec, Parser } from '../types.js';
import { back, cand, fullYear, groupEnd, groupStart, lookBack, re, yearShift } from './util.js';

const dayNumber = (s: string): number => parseInt(s, 10);

function daySpec(month: number, day: number, year: string | undefined, weekday: string | undefined, yearRel?: string): DateSpec | null {
  const y = year ? +year : undefined;
  if (!isValidDate(y ?? 2024, month, day)) return null; // 2024 is a leap year: "29 February" stands
  const spec: DateSpec = { kind: 'date', month, day, ...(y ? { year: y } : yearRel ? { rel: { unit: 'year', n: yearShift(yearRel) } } : { pick: 'tense' }) };
  if (weekday) spec.weekday = WEEKDAYS.get(weekday.toLowerCase());
  return spec;
}

const WEEKDAY_COMMA = back(`\\b(${WEEKDAY}),\\s*`);
const WEEKDAY_THE = back(`\\b(?:(${WEEKDAY}),?\\s+)?(?:\\bthe\\s+)?`);

// "June 11-12", "June 11 and 12": the second day is a time of its own (gold files list both).
const DAY_RANGE = new RegExp(`^\\s*(?:-|–|—|to|through|and|or|until)\\s*(${DAY})(?![-\\d])(?:,?\\s+(\\d{4})(?!\\d))?`, 'i');

function secondDay(text: string, end: number, month: number, first: number, year: string | undefined, rule: string): Candidate | null {
  const m = DAY_RANGE.exec(text.slice(end, end + 40));
  if (!m) return null;
  const day = dayNumber(m[1]);
  if (day <= first) return null;
  const after = text.slice(end + m[0].length, end + m[0].length + 3);
  if (/^\s+[a-z]/.test(after) || /^,\d/.test(after)) return null; // "May 5 and 20 soldiers"
  const start = end + m[0].length - m[0].replace(/^\s*(?:-|–|—|to|through|and|or|until)\s*/i, '').length;
  const spec = daySpec(month, day, m[2] ?? year, undefined);
  return spec ? cand(start, start + m[1].length, rule, spec) : null;
}

/** "June 26, 2025", "Thursday, June 26", "Sept. 2", "June 1st". A weekday joins the date only
 *  with a comma: "until Friday September 18, 2008" is a headline run into its dateline. */
export const monthDay: Parser = {
  name: 'month-day',
  pattern: re(`\\b(${MONTH_ANY})\\s+(${DAY})(?!\\d|,\\d{3}|\\.\\d|:\\d)(?:(?:,\\s*|\\s+)(\\d{4})(?!\\d|,\\d)|\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)?`),
  read(m, text) {
    if (!isCapitalised(m[1])) return null;
    const month = monthOf(m[1])!;
    const day = dayNumber(m[2]);
    const wd = lookBack(text, m.index, WEEKDAY_COMMA);
    const spec = daySpec(month, day, m[3], wd[1], m[4]);
    if (!spec) return null;
    const first = cand(wd.index, m.index + m[0].length, 'month-day', spec);
    const second = secondDay(text, first.end, month, day, m[3], 'month-day');
    return second ? [first, second] : first;
  },
};

/** "26 June", "4 July 2022", "the 26th of June", "11-12 June". */
export const dayMonth: Parser = {
  name: 'day-month',
  pattern: re(`\\b(${DAY})(?:\\s*(?:-|–|to|and|or)\\s*(${DAY}))?\\s+(?:of\\s+)?(${MONTH_ANY})(?:,?\\s+(\\d{4})(?!\\d|,\\d)|\\s+(?:of\\s+)?(last|this|next)\\s+year\\b)?(?![\\w-])`),
  read(m, text) {
    if (!isCapitalised(m[3]) || /[\d,.$€£]/.test(text[m.index - 1] ?? ' ')) return null;
    const month = monthOf(m[3])!;
    const day = dayNumber(m[1]);
    const pre = lookBack(text, m.index, WEEKDAY_THE);
    const spec = daySpec(month, day, m[4], pre[1], m[5]);
    if (!spec) return null;
    if (!m[2]) return cand(pre.index, m.index + m[0].length, 'day-month', spec);
    // "11-12 June": two dates, the first one written without its month
    const second = daySpec(month, dayNumber(m[2]), m[4], undefined);
    if (!second || dayNumber(m[2]) <= day) return null;
    return [
      cand(groupStart(m, 1), groupEnd(m, 1), 'day-month', spec),
      cand(groupStart(m, 2), m.index + m[0].length, 'day-month', second),
    ];
  },
};

/** ISO 8601 dates: "2025-06-26". */
export const isoDate: Parser = {
  name: 'iso-date',
  pattern: re(`(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])`),
  read(m) {
    const [y, mo, d] = [+m[1], +m[2], +m[3]];
    if (!isValidDate(y, mo, d)) return null;
    return cand(m.index, m.index + m[0].length, 'iso-date', { kind: 'date', year: y, month: mo, day: d });
  },
};

/** Numeric dates: "7/8/07" and "03/22/2013" (US order unless the first number exceeds 12),
 *  "26.06.2025" (day first). */
export const numericDate: Parser = {
  name: 'numeric-date',
  pattern: re(`(?<![\\d/.,])(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/]|\\.\\d)`),
  read(m) {
    let [a, b] = [+m[1], +m[3]];
    const y = m[4].length === 2 ? fullYear(+m[4]) : +m[4];
    // slashes are American (month first) in the English-language wires; dots are European
    if (m[2] === '.' || a > 12) [a, b] = [b, a];
    if (!isValidDate(y, a, b)) return null;
    return cand(m.index, m.index + m[0].length, 'numeric-date', { kind: 'date', year: y, month: a, day: b });
  },
};
