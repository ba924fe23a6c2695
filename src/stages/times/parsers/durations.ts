// Durations: "three years", "approximately one month", "the next 12 months", "one-day",
// "three month-long", "several weeks", "for years", "12 to 18 months".
import { loadList } from '../../../lexicons/load.js';
import { APPROXIMATOR, COUNT, DURATION_HEAD, alternation, UNIT, UNITS, countValue } from '../lexicon.js';
import type { DurationSpec, Parser } from '../types.js';
import { back, cand, groupEnd, lookBack, re } from './util.js';

/** TIMEX3 duration spec from a count and a unit word; null when they do not make a duration. */
function durationOf(n: number | null, unitWord: string, countWord: string | undefined): DurationSpec | null {
  const info = UNITS.get(unitWord.toLowerCase());
  if (!info) return null;
  const article = countWord != null && /^an?$/i.test(countWord.trim());
  // "a second time", "a quarter of the troops", "a min": not durations
  if (article && (info.unit === 'S' || info.unit === 'Q')) return null;
  if (/^(?:min|mins|sec|secs|hr|hrs|yr|yrs)$/i.test(unitWord) && !/^\d/.test(countWord ?? '')) return null;
  return { kind: 'duration', n, unit: info.unit, clock: info.clock };
}

// What ends an age or a measure, not a duration: "a 22-year-old son", "6 months and older".
const NOT_DURATION_AFTER = /^(?:s?(?:-|\s+)old\b|\s+(?:and|or)\s+(?:older|younger|over|under|above)\b|\s+of\s+age\b|-olds?\b)/i;
// "three quarters of the aid": a fraction
const FRACTION = /^quarters?$/i;

// "five trading days", "six straight days", "two consecutive quarters"
const UNIT_ADJECTIVE = alternation(loadList('time-duration-adjectives.txt'));
// The required core of a duration: a count and a unit ("three years", "one-day", "12-hour").
const DURATION_CORE = `(${COUNT})(?:\\s+(?:${UNIT_ADJECTIVE}))?(?:\\s+|-)(${UNIT})(\\s+and\\s+a\\s+half)?(?:(?:\\s+|-)long)?`;
// Words before it that belong to the span: "approximately", "the past", "over the next".
// ("over the next 12 months": "over" is the preposition there, not an approximator)
const DURATION_BEFORE = back(`(?:\\b(${APPROXIMATOR})\\s+(?!the\\b))?(?:\\b(${DURATION_HEAD})\\s+)?(?:\\b(?:${APPROXIMATOR})\\s+)?`);
// "12 to 18 months", "between 60 and 90 days": the first number is a duration of its own.
const RANGE_BEFORE = back(`(?<![\\d.,])\\b(${COUNT})\\s*(?:-|–|to|and|or)\\s*`);

/** "three years", "approximately one month", "the past three weeks", "one-day", "27-year";
 *  and the first number of "12 to 18 months". */
export const duration: Parser = {
  name: 'duration',
  pattern: re(`(?<![\\d.,])\\b${DURATION_CORE}\\b`),
  read(m, text) {
    const end = m.index + m[0].length;
    if (NOT_DURATION_AFTER.test(text.slice(end, end + 16))) return null;
    if (FRACTION.test(m[2]) && /^\s+of\b/i.test(text.slice(end, end + 6))) return null;
    let n = countValue(m[1]);
    if (n === undefined) return null;
    if (n != null && m[3]) n += 0.5;
    const spec = durationOf(n, m[2], m[1]);
    // "1,000 days" of war is a duration; "250,000 years" is not a span news reports measure
    if (!spec || (n != null && n > 10_000)) return null;
    const range = lookBack(text, m.index, RANGE_BEFORE);
    const a = range[1] ? countValue(range[1]) : undefined;
    if (a != null && n != null && a < n && !/^an?$/i.test(range[1])) {
      const first = durationOf(a, m[2], range[1]);
      return first ? [cand(range.index, range.index + range[1].length, 'duration', first), cand(m.index, end, 'duration', spec)] : cand(m.index, end, 'duration', spec);
    }
    const pre = lookBack(text, m.index, DURATION_BEFORE);
    // "the three-day talks": the article belongs to the noun, not to the adjective
    const start = pre[2] && /^the$/i.test(pre[2]) && !pre[1] && text[groupEnd(m, 1)] === '-' ? m.index : pre.index;
    return cand(start, end, 'duration', spec);
  },
};

const UNIT_LONG_BEFORE = back(`\\b(${UNIT})`);

/** "month-long", "year-long": one unit. */
export const unitLong: Parser = {
  name: 'unit-long',
  pattern: re(`-long\\b`),
  read(m0, text) {
    const m = lookBack(text, m0.index, UNIT_LONG_BEFORE, 16);
    if (!m[0] || /[\w-]/.test(text[m.index - 1] ?? ' ')) return null;
    const info = UNITS.get(m[1].toLowerCase())!;
    const plural = /s$/i.test(m[1]);
    return cand(m.index, m0.index + m0[0].length, 'unit-long', { kind: 'duration', n: plural ? null : 1, unit: info.unit, clock: info.clock });
  },
};

/** "the past year", "the next month": one unit without a number. */
export const pastNextUnit: Parser = {
  name: 'past-next-unit',
  pattern: re(`\\b(?:the|this)\\s+(past|next)\\s+(${UNIT})\\b`),
  read(m) {
    // "the next day" points at a day, it does not measure one
    if (m[1].toLowerCase() === 'next' && /^(day|morning)$/i.test(m[2])) return null;
    const info = UNITS.get(m[2].toLowerCase())!;
    if (/s$/i.test(m[2])) return null;
    return cand(m.index, m.index + m[0].length, 'past-next-unit', { kind: 'duration', n: 1, unit: info.unit, clock: info.clock });
  },
};

const PLURAL_UNITS = [...UNITS.keys()].filter((u) => /s$/.test(u) && !/^(mins|secs|hrs|yrs)$/.test(u));

/** "for years", "within hours", "in weeks", "over the years": an unstated number of units. */
export const barePlural: Parser = {
  name: 'bare-plural',
  // the unit first, the preposition behind it: "in" and "for" are too common to start with
  pattern: re(`\\b(${PLURAL_UNITS.join('|')})\\b(?<=\\b(?:for|within|in|over|after|take|takes|took|taking|lasted|lasts|spend|spent|wait|waited)\\s+(?:the\\s+)?\\w+)(?!\\s+(?:of|ago|earlier|later|before|after|since|to\\s+come)\\b)`),
  read(m, text) {
    const info = UNITS.get(m[1].toLowerCase())!;
    // "over the years" is written whole by the annotators; "for years" is the unit alone
    const over = /\bover\s+the\s+$/i.exec(text.slice(Math.max(0, m.index - 12), m.index));
    return cand(over ? m.index - over[0].length : m.index, m.index + m[0].length, 'bare-plural', { kind: 'duration', n: null, unit: info.unit, clock: info.clock });
  },
};
