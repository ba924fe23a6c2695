// The time word lists (src/lexicons/time-*), loaded once, and the regular-expression pieces built
// from them. Parsers compose these pieces; no word list lives in code.
import { loadList, loadTsv } from '../../lexicons/load.js';
import type { RefValue, Season } from './types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A regex alternation of phrases, longest first, spaces matching any run of white space and
 *  apostrophes matching both ' and ’. */
export function alternation(phrases: Iterable<string>): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /g, '\\s+').replace(/'/g, "['’]"))
    .join('|');
}

/** Lower-case, straight apostrophes and single spaces: the key under which phrases are stored. */
export const key = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();

const rows = (name: string) => loadTsv(name).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.toLowerCase()])));

export const MONTHS = new Map(rows('time-months.tsv').map((r) => [r.word, { month: +r.month, abbr: r.kind === 'abbr' }]));
export const WEEKDAYS = new Map(rows('time-weekdays.tsv').map((r) => [r.word, +r.weekday]));
export const SEASONS = new Map(rows('time-seasons.tsv').map((r) => [r.word, r.code.toUpperCase() as Season]));
export const PARTS_OF_DAY = new Map(rows('time-parts-of-day.tsv').map((r) => [r.word, r.code.toUpperCase()]));
export const ORDINALS = new Map(rows('time-ordinals.tsv').map((r) => [r.word, +r.value]));
export const HOLIDAYS = new Map(rows('time-holidays.tsv').map((r) => [r.phrase, { month: +r.month, day: +r.day }]));
export const EVENTS = new Map(rows('time-events.tsv').map((r) => [r.phrase, r.date]));
export const REFS = new Map(loadTsv('time-refs.tsv').map((r) => [key(r.phrase), r.value as RefValue]));
export const TENSE_CUES = new Map(rows('time-tense-cues.tsv').map((r) => [r.word, r.tense as 'past' | 'future']));
export const PAST_VERBS = new Set(loadList('time-past-verbs.txt'));

/** Number words: value, or null for a vague count ("several"). */
export const NUMBER_WORDS = new Map(rows('time-numbers.tsv').map((r) => [r.word, r.value === 'x' ? null : +r.value]));

export interface UnitInfo {
  unit: string;
  clock: boolean;
}
export const UNITS = new Map(rows('time-units.tsv').map((r): [string, UnitInfo] => [r.word, { unit: r.unit.toUpperCase(), clock: r.clock === 'yes' }]));

// ---- regex pieces (all used with the i flag; parsers check capitals where they matter) ----
const monthWords = [...MONTHS.entries()];
export const MONTH_FULL = alternation(monthWords.filter(([, v]) => !v.abbr).map(([w]) => w));
/** Any month name; abbreviations may carry a full stop ("Sept."). */
export const MONTH_ANY = `(?:${MONTH_FULL}|(?:${alternation(monthWords.filter(([, v]) => v.abbr).map(([w]) => w))})\\.?)`;
export const WEEKDAY = alternation(WEEKDAYS.keys());
export const SEASON = alternation(SEASONS.keys());
export const PART_OF_DAY = alternation(PARTS_OF_DAY.keys());
export const UNIT = alternation(UNITS.keys());
export const NUMBER_WORD = alternation(NUMBER_WORDS.keys());
export const ORDINAL = alternation(ORDINALS.keys());
export const APPROXIMATOR = alternation(loadList('time-approximators.txt'));
export const DURATION_HEAD = alternation(loadList('time-duration-heads.txt'));
export const HOLIDAY = alternation(HOLIDAYS.keys());
export const EVENT = alternation(EVENTS.keys());
export const REF = alternation(REFS.keys());

/** A day of the month: 1–31 with an optional ordinal suffix. */
export const DAY = '(?:0?[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
/** A count written in digits, as a word ("three", "twenty-five") or as "two and a half". */
export const COUNT = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${NUMBER_WORD})(?:-(?:${NUMBER_WORD}))?)(?:\\s+and\\s+a\\s+half)?`;

export const monthOf = (word: string): number | undefined => MONTHS.get(key(word).replace(/\.$/, ''))?.month;
export const isAbbrMonth = (word: string): boolean => MONTHS.get(key(word).replace(/\.$/, ''))?.abbr === true;

/** The value of a count phrase: 3 for "three", 25 for "twenty-five", 2.5 for "two and a half",
 *  null for a vague count, undefined when the phrase is not a count. */
export function countValue(phrase: string): number | null | undefined {
  let p = key(phrase);
  let half = 0;
  if (p.endsWith(' and a half')) {
    half = 0.5;
    p = p.slice(0, -' and a half'.length);
  }
  if (/^\d{1,3}(,\d{3})+$/.test(p)) return +p.replace(/,/g, '') + half;
  if (/^\d+(\.\d+)?$/.test(p)) return +p + half;
  if (NUMBER_WORDS.has(p)) {
    const v = NUMBER_WORDS.get(p)!;
    return v == null ? null : v + half;
  }
  const parts = p.split('-');
  if (parts.length === 2 && NUMBER_WORDS.get(parts[0]) != null && NUMBER_WORDS.get(parts[1]) != null) {
    return NUMBER_WORDS.get(parts[0])! + NUMBER_WORDS.get(parts[1])! + half;
  }
  return undefined;
}
