// Months: "July", "last July", "October last year", "March 2025", "mid-January", "the end of June",
// "August of ’23"; "May" the modal, "March" the verb and "April Ryan" stay out.
import { COUNTED_AFTER, CUE_WORDS, atSentenceStart, capitalisedWordBefore, isCapitalised, nextWord, prevWord } from '../context.js';
import { MONTH_ANY, isAbbrMonth, monthOf } from '../lexicon.js';
import type { DateSpec, Parser } from '../types.js';
import { back, cand, fullYear, groupEnd, lookBack, modOf, pickOf, re, yearShift } from './util.js';

const MOD = `early|mid|late|the\\s+(?:start|beginning|end|middle)\\s+of`;
const MONTH_BEFORE = back(`(?:\\b(${MOD})[\\s-]+)?(?:\\b(last|this|next)\\s+)?`);

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
