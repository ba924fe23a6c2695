// Sets (TIMEX3 SET): "every day", "each year", "every other week", "every Monday", "on Sundays",
// "twice a week", "15 drones a day", "per year", "updated daily".
import { prevWord } from '../context.js';
import { COUNT, DAY, MONTH_FULL, PARTS_OF_DAY, PART_OF_DAY, SEASON, SEASONS, UNIT, UNITS, WEEKDAY, WEEKDAYS, countValue, monthOf } from '../lexicon.js';
import { pad } from '../calendar.js';
import type { Parser } from '../types.js';
import { back, cand, groupEnd, lookBack, re } from './util.js';

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
  // the unit first and the article behind it: "a" is too common a word to start a pattern with
  pattern: re(`\\b(day|week|month|year|hour|night|decade)\\b(?<=\\b(a|an|per)\\s+\\w+)`),
  read(m, text) {
    const [, unit, article] = m;
    const start = m.index - (/\b(?:a|an|per)\s+$/i.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[0].length ?? 0);
    const freq = lookBack(text, start, FREQUENCY_BEFORE);
    // "a day" alone is a duration; it is a rate only after a count ("15 a year", "$2 a day",
    // "15 drones a day")
    if (article.toLowerCase() !== 'per' && !freq[0] && !COUNT_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return null;
    const value = setValue(unit, 1, false);
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
  pattern: re(`\\b(?:dai|nigh|week|biweek|fortnigh|month|quarter|annual|year|hour)ly\\b`),
  read(m, text) {
    const word = m[0].toLowerCase();
    const start = m.index;
    const end = m.index + m[0].length;
    if (word !== 'annually' && !ADVERB_NEXT.test(text.slice(end, end + 14))) return null;
    if (prevWord(text, start).word === 'the') return null;
    return cand(start, end, 'frequency-adverb', { kind: 'set', value: ADVERB_SET[word] });
  },
};

