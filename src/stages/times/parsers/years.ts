// Years, decades and centuries: "2015", "in 2018", "early 2025", "mid-2011", "2009-2010",
// "1957-58", "'82", "fiscal 2024", "the 1990s", "this century"; not counts ("2000 troops",
// "2000-pound bombs") nor names ("Resolution 2087", "the 1718 Committee").
import { COUNTED_AFTER, CUE_WORDS, NOT_YEAR_BEFORE, prevWord } from '../context.js';
import { APPROXIMATOR, ORDINAL, ORDINALS } from '../lexicon.js';
import type { Parser } from '../types.js';
import { back, cand, fullYear, groupEnd, groupStart, lookBack, modOf, re } from './util.js';

const MOD = `early|mid|late|the\\s+(?:start|beginning|end|middle)\\s+of`;
const YEAR_BEFORE = back(`\\b(${MOD}|end|start)[\\s-]+`);

const QUANTITY_BEFORE = new RegExp(`(?:^|\\s)(?:${APPROXIMATOR}|an?\\s+estimated|a\\s+total\\s+of|total|number\\s+of)\\s*$`, 'i');

const OLD_YEAR_CUES = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'to', 'of', 'before', 'after', 'during', 'between', 'and', 'circa', 'c.', 'around', 'year']);

/** A four-digit number is a year unless the words around make it a count or a name. */
function yearInContext(text: string, start: number, end: number, y: number, hasMod: boolean): boolean {
  const before = text[start - 1] ?? ' ';
  if (!hasMod && /[\w$€£#.,\-/]/.test(before)) {
    // "2009-2010": the second year of a range is read by the first; "mid-2011" has a modifier
    return false;
  }
  const after = text.slice(end, end + 24);
  if (/^(?:-[a-z]|%|[.,]\d|\s*(?:per\s*cent|percent)\b|:\d|\s+\d)/i.test(after)) return false; // 2000-pound, 2000 500-pound
  const pw = prevWord(text, start);
  if (NOT_YEAR_BEFORE.has(pw.word)) return false;
  // before 1900 only a preposition makes a year ("in 1812", not "the 1718 Committee" nor
  // "a total of 1500 troops")
  if (y < 1900) return hasMod || (OLD_YEAR_CUES.has(pw.word) && !COUNTED_AFTER.test(after) && !QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 24), start)));
  if (hasMod || CUE_WORDS.has(pw.word) && pw.word !== 'of' && pw.word !== 'and' && pw.word !== 'or') return true;
  // "some 2000 soldiers", "2000 troops": a count
  if (QUANTITY_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return false;
  if (COUNTED_AFTER.test(after) && !/^\s+(?:was|has|does|saw|marks|remains|elections)\b/.test(after)) return false;
  return true;
}

/** Second year of a range: "2009-2010" → 2010, "1957-58" → 1958, "1999-00" → 2000; "2023-11"
 *  (a month) is no range. */
function rangeEnd(first: number, written: string): number | null {
  let y = written.length === 4 ? +written : Math.floor(first / 100) * 100 + +written;
  if (written.length === 2 && y <= first) y += 100;
  return y > first && y <= first + (written.length === 2 ? 20 : 100) ? y : null;
}

/** "2015", "in 2018", "early 2025", "mid-2011", "the end of 2024", "2009-2010", "1957-58". */
export const year: Parser = {
  name: 'year',
  pattern: re(`\\b(1\\d{3}|20\\d{2})(?:\\s*(?:-|–|/)\\s*(\\d{4}|\\d{2}))?(?![\\w%]|[.,]\\d|-[a-z\\d])`),
  read(m, text) {
    const y = +m[1];
    const pre = lookBack(text, m.index, YEAR_BEFORE);
    if (!yearInContext(text, m.index, m.index + 4, y, Boolean(pre[1]))) return null;
    const first = cand(pre.index, m.index + 4, 'year', { kind: 'date', year: y, mod: modOf(pre[1]) });
    if (!m[2]) return first;
    const y2 = rangeEnd(y, m[2]);
    if (y2 == null) return m[2].length === 2 ? null : first;
    return [first, cand(groupStart(m, 2), groupEnd(m, 2), 'year', { kind: 'date', year: y2 })];
  },
};

/** "'82", "since '08": a two-digit year after a cue word. */
export const shortYear: Parser = {
  name: 'short-year',
  pattern: re(`['’](\\d{2})(?![\\w'’%])`),
  read(m, text) {
    if (!/[\s(]/.test(text[m.index - 1] ?? '') || !CUE_WORDS.has(prevWord(text, m.index).word)) return null;
    return cand(m.index, m.index + m[0].length, 'short-year', { kind: 'date', year: fullYear(+m[1]) });
  },
};

/** "fiscal 2024", "FY2024", "fiscal year 2013": the fiscal year written as a year. */
export const fiscalYear: Parser = {
  name: 'fiscal-year',
  pattern: re(`\\b(?:fiscal\\s+(?:year\\s+)?|FY\\s?)(\\d{4}|\\d{2})\\b`),
  read(m) {
    const y = m[1].length === 2 ? fullYear(+m[1]) : +m[1];
    return cand(m.index, m.index + m[0].length, 'fiscal-year', { kind: 'date', year: y });
  },
};

const DECADE_BEFORE = back(`\\bthe\\s+(?:(early|mid|late)[\\s-]+)?|\\b\\d0s\\s+(?:and|or|to|through)\\s+|\\b(early|mid|late)[\\s-]+`);

/** "the 1990s", "the mid-1980s", "the '80s", "the 70s", "the 70s and 80s". */
export const decade: Parser = {
  name: 'decade',
  pattern: re(`(?:\\b(\\d{3})0s|['’]?\\b(\\d)0s)\\b`),
  read(m, text) {
    const pre = lookBack(text, m.index, DECADE_BEFORE);
    // "in their 20s" is an age: a two-digit decade needs "the", an apostrophe or a decade before
    if (m[2] && !/^['’]/.test(m[0]) && !pre[0]) return null;
    const d = m[1] ? +m[1] : 190 + +m[2];
    return cand(pre.index, m.index + m[0].length, 'decade', { kind: 'date', decade: d, mod: modOf(pre[1] ?? pre[2]) });
  },
};

const CENTURY_BEFORE = back(`(?:\\b(early|mid|late)[\\s-]+)?(?:\\bthe\\s+)?(?:\\b(\\d{1,2})(?:st|nd|rd|th)|\\b(this|last|next|the\\s+current|the\\s+previous|the\\s+last)|\\b(${ORDINAL}))[\\s-]+`);

/** "the 20th century", "the twenty-first century", "this century", "last century". */
export const century: Parser = {
  name: 'century',
  pattern: re(`\\bcentury\\b`),
  read(m0, text) {
    const m = lookBack(text, m0.index, CENTURY_BEFORE);
    if (!m[0]) return null;
    m[0] += m0[0];
    const mod = modOf(m[1]);
    if (m[3]) {
      const w = m[3].toLowerCase().replace(/\s+/g, ' ');
      const n = w === 'next' ? 1 : w === 'last' || w === 'the previous' || w === 'the last' ? -1 : 0;
      return cand(m.index, m.index + m[0].length, 'century', { kind: 'date', rel: { unit: 'century', n }, mod });
    }
    const ord = m[2] ? +m[2] : ORDINALS.get(m[4].toLowerCase()) ?? 0;
    if (ord < 1 || ord > 22) return null;
    return cand(m.index, m.index + m[0].length, 'century', { kind: 'date', century: ord - 1, mod });
  },
};
