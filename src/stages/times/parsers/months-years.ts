// Months, years, decades, centuries, quarters and halves: "July", "last July", "October last year",
// "March 2025", "mid-January", "2015", "2009-2010", "early 2025", "the 1990s", "this century",
// "the first quarter of 2009", "the first week of February".
import { CUE_WORDS, NOT_YEAR_BEFORE, atSentenceStart, capitalisedWordBefore, isCapitalised, nextWord, prevWord } from '../context.js';
import { APPROXIMATOR, MONTH_ANY, MONTH_FULL, ORDINAL, ORDINALS, isAbbrMonth, monthOf } from '../lexicon.js';
import type { DateSpec, Parser } from '../types.js';
import { back, cand, fullYear, groupEnd, groupStart, lookBack, modOf, pickOf, re, yearShift } from './util.js';

const MOD = `early|mid|late|the\\s+(?:start|beginning|end|middle)\\s+of`;
const MONTH_BEFORE = back(`(?:\\b(${MOD})[\\s-]+)?(?:\\b(last|this|next)\\s+)?`);
const YEAR_BEFORE = back(`\\b(${MOD}|end|start)[\\s-]+`);

// What may follow "May" the month: "in May last year", "in May, troops …"; not "May be".
const AFTER_MAY = /^(?:$|[^A-Za-z]|(?:and|or|but|when|as|to|through|until|last|this|next|of|in|at|on|for|with|after|before|while|the|that|amid|despite|saw|was|were)\b)/;
// "March" opening a sentence before a preposition is the verb or the noun ("March on Washington").
const MARCH_VERB_NEXT = /^(?:on|to|through|against|toward|towards|into|for|in|with|from)$/i;

/** A month name alone may be a name or a verb; say whether the words around make it a month. */
function monthInContext(text: string, start: number, end: number, word: string): boolean {
  const before = prevWord(text, start);
  const cue = CUE_WORDS.has(before.word);
  const after = text.slice(end, end + 20).replace(/^\s+/, '');
  if (/^may$/i.test(word)) return cue && AFTER_MAY.test(after);
  if (/^march$/i.test(word) && atSentenceStart(text, start) && MARCH_VERB_NEXT.test(nextWord(text, end).word)) return false;
  if (cue) return true;
  // "April Ryan said", "Ms. June Lee": a capitalised word around a month without a cue is a name
  if (/^[A-Z][a-z]/.test(after) && !monthOf(nextWord(text, end).word)) return false;
  return !capitalisedWordBefore(text, start);
}

/** "July", "last July", "in July 2025", "October last year", "mid-January", "the end of June". */
export const month: Parser = {
  name: 'month',
  pattern: re(`\\b(${MONTH_ANY})(?:(?:\\s*,\\s*|\\s+)(?:of\\s+)?(?:(\\d{4}|['’]\\d{2})(?!\\d|,\\d)|(last|this|next)\\s+year\\b))?(?![\\w])`),
  read(m, text) {
    const [, name, year, yearRel] = m;
    if (!isCapitalised(name)) return null;
    const pre = lookBack(text, m.index, MONTH_BEFORE);
    const [, modWord, relWord] = pre;
    const mo = monthOf(name)!;
    let end = m.index + m[0].length;
    let y: string | undefined = year;
    // "In July 2000 troops arrived": a four-digit count, not a year
    if (y && COUNTED_AFTER.test(text.slice(end, end + 30))) {
      y = undefined;
      end = groupEnd(m, 1);
    }
    if (isAbbrMonth(name) && !y) return null;
    const stated = Boolean(modWord || relWord || y || yearRel);
    if (!stated && !monthInContext(text, m.index, groupEnd(m, 1), name)) return null;
    const spec: DateSpec = { kind: 'date', month: mo, mod: modOf(modWord) };
    // "August of ’23"
    if (y) spec.year = y.length === 4 ? +y : fullYear(+y.slice(1));
    else if (yearRel) spec.rel = { unit: 'year', n: yearShift(yearRel) };
    else spec.pick = pickOf(relWord) ?? 'tense';
    return cand(pre.index, end, 'month', spec);
  },
};

const QUANTITY_BEFORE = new RegExp(`(?:^|\\s)(?:${APPROXIMATOR}|an?\\s+estimated|a\\s+total\\s+of|total|number\\s+of)\\s*$`, 'i');
// Plural nouns after a number make it a count ("2000 troops"); "analysis", "class", "bus" are not plurals.
const COUNTED_AFTER = /^\s+(?:[a-z]+[^siu\W]s|people|personnel|men|women|children|staff|police)\b/;

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

/** "the first half of 2024", "the second half of the year", "H1 2024". */
export const half: Parser = {
  name: 'half',
  pattern: re(`\\b(first|second|1st|2nd|latter)\\s+half\\s+of\\s+(?:(\\d{4})\\b|(?:the\\s+)?(this|last|next|the)\\s+(?:fiscal\\s+)?year\\b)|\\bH([12])\\s*(\\d{4})\\b`),
  read(m, text) {
    const end = m.index + m[0].length;
    if (m[4]) return cand(m.index, end, 'half', { kind: 'date', half: +m[4], year: +m[5] });
    const h = /^(first|1st)$/i.test(m[1]) ? 1 : 2;
    return cand(lookBack(text, m.index, THE).index, end, 'half', ofYear({ kind: 'date', half: h }, m[2], m[3]));
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

