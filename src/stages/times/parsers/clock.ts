// Clock times: "1:24 PM", "8 p.m.", "15:00 GMT Saturday", "0800 GMT", "midnight", "noon".
import { capitalisedWordBefore, isCapitalised, nextWord } from '../context.js';
import { WEEKDAY, WEEKDAYS, key } from '../lexicon.js';
import type { DateSpec, Parser } from '../types.js';
import { cand, re } from './util.js';

const ZONE = `(?:\\s*(?:GMT|UTC|Z|local\\s+time|[ECMP][SD]T|BST|CET|CEST|EET|EEST|MSK|KST|JST)\\b(?:\\s*[+-]\\s*\\d{1,2}\\b)?)`;
/** "15:00 GMT", "16:08 UTC": TIMEX3 writes universal time with a Z; a stated offset is left out. */
const isUtc = (s: string): boolean => /\b(GMT|UTC|Z)\b(?!\s*[+-])/.test(s);
// A day named right after the clock belongs to it: "15:00 GMT Saturday", "16:00 UTC today".
const DAY_AFTER = `(?:,?\\s+(?:on\\s+)?(${WEEKDAY}|today|tomorrow|yesterday|tonight))?`;

function dayAfter(word: string | undefined): DateSpec | undefined {
  if (!word) return undefined;
  const w = key(word);
  const wd = WEEKDAYS.get(w);
  if (wd) return { kind: 'date', weekday: wd, pick: 'tense' };
  const n = ({ yesterday: -1, today: 0, tonight: 0, tomorrow: 1 } as Record<string, number>)[w] ?? 0;
  return { kind: 'date', rel: { unit: 'day', n } };
}

/** "1:24 PM", "8 p.m.", "9.30pm", "11 a.m. Monday". */
export const clock12: Parser = {
  name: 'clock-12h',
  pattern: re(`(?<![\\d:.,])\\b(1[0-2]|0?[1-9])(?:[:.]([0-5]\\d))?\\s*([ap])\\.?\\s?m\\b\\.?${ZONE}?${DAY_AFTER}`),
  read(m) {
    let hour = +m[1] % 12;
    if (m[3].toLowerCase() === 'p') hour += 12;
    return cand(m.index, m.index + m[0].length, 'clock-12h', { kind: 'clock', hour, minute: m[2] ? +m[2] : 0, date: dayAfter(m[4]), utc: isUtc(m[0]) });
  },
};

/** "13:24", "15:00 GMT Saturday", "0800 GMT", "1500 hours". */
export const clock24: Parser = {
  name: 'clock-24h',
  pattern: re(`(?<![\\d:.,])\\b(?:([01]?\\d|2[0-3]):([0-5]\\d)(?![\\d:]|\\.\\d)(${ZONE}|\\s*h(?:rs|ours)?\\b)?|([01]\\d|2[0-3])([0-5]\\d)(${ZONE}|\\s+hours\\b|\\s+hrs\\b))${DAY_AFTER}`),
  read(m) {
    const hour = +(m[1] ?? m[4]);
    const minute = +(m[2] ?? m[5]);
    return cand(m.index, m.index + m[0].length, 'clock-24h', { kind: 'clock', hour, minute, date: dayAfter(m[7]), utc: isUtc(m[0]) });
  },
};

/** "midnight", "noon", "midday". */
export const namedHour: Parser = {
  name: 'named-hour',
  pattern: re(`\\b(midnight|noon|midday)\\b${DAY_AFTER}`),
  read(m, text) {
    // "Operation Midnight Hammer", "Midnight Express": names
    const end = m.index + m[0].length;
    if (isCapitalised(m[1]) && (capitalisedWordBefore(text, m.index) || /^[A-Z]/.test(nextWord(text, m.index + m[1].length).word))) return null;
    const hour = /^midnight$/i.test(m[1]) ? 0 : 12;
    return cand(m.index, end, 'named-hour', { kind: 'clock', hour, minute: 0, date: dayAfter(m[2]) });
  },
};
