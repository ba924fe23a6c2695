// Calendar names without a year, placed by the tense of their clause: weekdays ("on Thursday",
// "last Friday"), seasons ("last autumn", "autumn 2022"), holidays ("Christmas"), and named
// moments with a known date ("the start of the full-scale invasion").
import { loadList } from '../../../lexicons/load.js';
import { CUE_WORDS, isCapitalised, nextWord, prevWord } from '../context.js';
import { EVENT, EVENTS, HOLIDAY, HOLIDAYS, PART_OF_DAY, SEASON, SEASONS, WEEKDAY, WEEKDAYS, key, monthOf } from '../lexicon.js';
import type { DateSpec, Parser } from '../types.js';
import { back, cand, lookBack, modOf, pickOf, re, yearShift } from './util.js';

// Words that must not follow a weekday or season for it to be a time ("Sunday Times").
const followedByName = (text: string, end: number): boolean => {
  const w = nextWord(text, end).word;
  return /^[A-Z][a-z]/.test(w) && !monthOf(w) && !WEEKDAYS.has(w.toLowerCase());
};

const NAMED_DAYS = new Set(loadList('time-named-days.txt'));
const WEEKDAY_BEFORE = back(`(?:\\b(early|late)\\s+)?(?:\\b(last|this|next|past|coming)\\s+)?`);

/** "Thursday", "on Monday", "last Friday", "next Tuesday", "Saturday morning". */
export const weekday: Parser = {
  name: 'weekday',
  pattern: re(`\\b(${WEEKDAY})(?:\\s+(${PART_OF_DAY}))?\\b`),
  read(m, text) {
    const name = m[1];
    if (!isCapitalised(name)) return null;
    const pre = lookBack(text, m.index, WEEKDAY_BEFORE);
    const cue = Boolean(pre[0]) || CUE_WORDS.has(prevWord(text, m.index).word);
    // "Black Monday", "Good Friday", "the Sunday Times": names
    if (!cue && NAMED_DAYS.has(prevWord(text, m.index).word)) return null;
    // "the Sunday Times": a name even after "the"
    if (!m[2] && followedByName(text, m.index + m[0].length) && (!cue || prevWord(text, m.index).word === 'the')) return null;
    const spec: DateSpec = { kind: 'date', weekday: WEEKDAYS.get(name.toLowerCase())!, pick: pickOf(pre[2]) ?? 'tense' };
    return cand(pre.index, m.index + m[0].length, 'weekday', spec);
  },
};

const SEASON_BEFORE = back(`(?:\\b(early|late|mid)[\\s-]+)?(?:\\b(last|this|next|past|coming|the)\\s+)?`);
const SEASON_CUES = new Set(['in', 'during', 'since', 'by', 'until', 'till', 'through', 'throughout', 'over', 'before', 'after', 'from', 'this', 'last', 'next', 'the', 'that', 'every', 'each', 'early', 'late', 'mid', 'whole', 'entire']);

/** "last autumn", "this summer", "autumn 2022", "in the spring of 2023", "early winter". */
export const season: Parser = {
  name: 'season',
  pattern: re(`\\b(${SEASON})\\b(?:\\s*,?\\s+(?:of\\s+)?(?:(\\d{4})(?!\\d|,\\d)|(last|this|next)\\s+year\\b))?`),
  read(m, text) {
    const [, word, year, yearRel] = m;
    const pre = lookBack(text, m.index, SEASON_BEFORE);
    const [, modWord, relWord] = pre;
    const start = m.index;
    const end = m.index + m[0].length;
    const stated = Boolean(year || yearRel);
    const cue = Boolean(modWord) || Boolean(relWord) || SEASON_CUES.has(prevWord(text, start).word);
    if (!stated && !cue) return null;
    if (!stated) {
      const after = text.slice(end, end + 30);
      // "the fall of Bakhmut", "the fall in prices", "the spring offensive": not the season
      if (/^\s+(?:of|in)\s+(?!\d)/i.test(after)) return null;
      if (isCapitalised(word) && followedByName(text, end)) return null;
      if (/^(fall|spring)$/i.test(word) && !/^(?:last|this|next|past|coming|the)$/i.test(relWord ?? '') && !modWord && !SEASON_CUES.has(prevWord(text, start).word)) return null;
    }
    const spec: DateSpec = { kind: 'date', season: SEASONS.get(word.toLowerCase())!, mod: modOf(modWord) };
    if (year) spec.year = +year;
    else if (yearRel) spec.rel = { unit: 'year', n: yearShift(yearRel) };
    else spec.pick = pickOf(relWord) ?? 'tense';
    return cand(pre.index, end, 'season', spec);
  },
};

/** "Christmas", "New Year's Eve 2024". */
export const holiday: Parser = {
  name: 'holiday',
  pattern: re(`\\b(${HOLIDAY})(?:\\s+(\\d{4}))?\\b`),
  read(m, text) {
    // "Christmas Island": a name
    if (!isCapitalised(m[1]) || (!m[2] && followedByName(text, m.index + m[0].length))) return null;
    const h = HOLIDAYS.get(key(m[1]))!;
    const spec: DateSpec = { kind: 'date', month: h.month, day: h.day, ...(m[2] ? { year: +m[2] } : { pick: 'tense' as const }) };
    return cand(m.index, m.index + m[0].length, 'holiday', spec);
  },
};

/** Named moments with a known date (src/lexicons/time-events.tsv). */
export const namedEvent: Parser = {
  name: 'named-event',
  pattern: re(`\\b(${EVENT})\\b`),
  read(m) {
    const value = EVENTS.get(key(m[1]));
    return value ? cand(m.index, m.index + m[0].length, 'named-event', { kind: 'fixed', value }) : null;
  },
};
