// Durations and sets: "three years", "approximately one month", "the next 12 months", "one-day",
// "three month-long", "several weeks", "for years", "12 to 18 months"; "every day", "annually",
// "twice a week", "per year".
import { loadList } from '../../../lexicons/load.js';
import { prevWord } from '../context.js';
import { APPROXIMATOR, COUNT, DAY, DURATION_HEAD, alternation, MONTH_FULL, PARTS_OF_DAY, PART_OF_DAY, SEASON, SEASONS, UNIT, UNITS, WEEKDAY, WEEKDAYS, countValue, monthOf } from '../lexicon.js';
import { pad } from '../calendar.js';
import type { DurationSpec, Parser } from '../types.js';
import { back, cand, groupEnd, groupStart, lookBack, re } from './util.js';

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
  pattern: re(`\\b(?:for|within|in|over|after|take|takes|took|taking|lasted|lasts|spend|spent|wait|waited)\\s+(?:the\\s+)?(${PLURAL_UNITS.join('|')})\\b(?!\\s+(?:of|ago|earlier|later|before|after|since|to\\s+come)\\b)`),
  read(m) {
    const info = UNITS.get(m[1].toLowerCase())!;
    const start = groupStart(m, 1);
    // "over the years" is written whole by the annotators; "for years" is the unit alone
    const from = /^over\s+the/i.test(m[0]) ? m.index : start;
    return cand(from, groupEnd(m, 1), 'bare-plural', { kind: 'duration', n: null, unit: info.unit, clock: info.clock });
  },
};

// ---- sets ------------------------------------------------------------------------------------

const SET_UNIT: Record<string, string> = { S: 'PT1S', M: 'P1M', H: 'PT1H', D: 'P1D', W: 'P1W', '2W': 'P2W', Q: 'P3M', Y: 'P1Y', '10Y': 'P10Y', '100Y': 'P100Y' };

function setValue(word: string, count: number | null | undefined, other: boolean): string | null {
  const w = word.toLowerCase();
  const wd = WEEKDAYS.get(w.replace(/s$/, ''));
  if (wd) return `XXXX-WXX-${wd}`;
  const mo = monthOf(w);
  if (mo) return `XXXX-${pad(mo)}`;
  const se = SEASONS.get(w);
  if (se) return `XXXX-${se}`;
  const part = PARTS_OF_DAY.get(w);
  if (part) return `XXXX-XX-XXT${part}`;
  const info = UNITS.get(w);
  if (!info) return null;
  const k = (count ?? 1) * (other ? 2 : 1);
  if (k === 1) return SET_UNIT[info.unit] ?? null;
  const m = /^(\d+)?([A-Z]+)$/.exec(info.unit)!;
  const n = k * (m[1] ? +m[1] : 1);
  return `P${info.clock ? 'T' : ''}${n}${m[2]}`;
}

/** "every day", "each year", "every other week", "every three months", "every Monday". */
export const everyUnit: Parser = {
  name: 'every',
  pattern: re(`\\b(?:every|each)\\s+(other\\s+)?(?:(${COUNT})\\s+)?(${UNIT}|${WEEKDAY}|${MONTH_FULL}|${SEASON}|${PART_OF_DAY})\\b(?:\\s+(${DAY})\\b(?![\\d,]))?`),
  read(m) {
    const count = m[2] ? countValue(m[2]) : undefined;
    if (count === null) return null;
    const mo = m[4] ? monthOf(m[3]) : undefined;
    // "every May 9": a day of the year
    const value = mo ? `XXXX-${pad(mo)}-${pad(parseInt(m[4], 10))}` : setValue(m[3], count, Boolean(m[1]));
    const end = mo ? m.index + m[0].length : groupEnd(m, 3);
    return value ? cand(m.index, end, 'every', { kind: 'set', value }) : null;
  },
};

/** "on Mondays": a weekday every week. */
export const pluralWeekday: Parser = {
  name: 'weekdays',
  pattern: re(`\\b(?:on\\s+)(${WEEKDAY})s\\b`),
  read(m) {
    const value = setValue(m[1], 1, false);
    return value ? cand(m.index + m[0].length - m[1].length - 1, m.index + m[0].length, 'weekdays', { kind: 'set', value }) : null;
  },
};

const COUNT_BEFORE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)s?)\W{0,2}(?:\s+[A-Za-z-]+){0,3}\s*$/i;
const FREQUENCY_BEFORE = back(`\\b(?:once|twice|thrice|(?:${COUNT})\\s+times)\\s+`);

/** "twice a week", "15 a year", "$500 a month", "per day". */
export const perUnit: Parser = {
  name: 'per-unit',
  pattern: re(`\\b(a|an|per)\\s+(day|week|month|year|hour|night|decade)\\b`),
  read(m, text) {
    const article = m[1].toLowerCase() !== 'per';
    const freq = lookBack(text, m.index, FREQUENCY_BEFORE);
    // "a day" alone is a duration; it is a rate only after a count ("15 a year", "$2 a day",
    // "15 drones a day")
    if (article && !freq[0] && !COUNT_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
    const value = setValue(m[2], 1, false);
    return value ? cand(freq.index, m.index + m[0].length, 'per-unit', { kind: 'set', value }) : null;
  },
};

const ADVERB_SET: Record<string, string> = { daily: 'P1D', nightly: 'P1D', weekly: 'P1W', biweekly: 'P2W', fortnightly: 'P2W', monthly: 'P1M', quarterly: 'P3M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H' };
// After an adverb of frequency comes the end of the clause or a preposition; after the adjective
// comes its noun ("the daily newspaper", "monthly report"), which is no time.
const ADVERB_NEXT = /^(?:$|[^\sA-Za-z]|\s+(?:and|or|but|in|on|at|for|to|from|since|until|by|with|throughout|during|over|across|through|basis|since|as|via)\b)/;

/** "updated daily", "$2 billion annually throughout": frequency adverbs. */
export const frequencyAdverb: Parser = {
  name: 'frequency-adverb',
  // the rare "ly" first, then the stem behind it: the engine skips to each "ly" quickly
  pattern: re(`(?<=\\b(dai|nigh|week|biweek|fortnigh|month|quarter|annual|year|hour))ly\\b`),
  read(m, text) {
    const word = `${m[1]}ly`.toLowerCase();
    const start = m.index - m[1].length;
    const end = m.index + m[0].length;
    if (word !== 'annually' && !ADVERB_NEXT.test(text.slice(end, end + 14))) return null;
    if (prevWord(text, start).word === 'the') return null;
    return cand(start, end, 'frequency-adverb', { kind: 'set', value: ADVERB_SET[word] });
  },
};

