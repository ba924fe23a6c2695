// Looking around a match in the raw text: the word before, the word after, capitals. Parsers use
// these to tell "in May" from "May be" and "since August" from "August Wilson".
import { loadList } from '../../lexicons/load.js';

export const CUE_WORDS = new Set(loadList('time-cue-words.txt'));
export const NOT_YEAR_BEFORE = new Set(loadList('time-not-year-before.txt'));

// Plural nouns after a number make it a count ("2000 troops"); "analysis", "class", "bus" are not plurals.
export const COUNTED_AFTER = /^\s+(?:[a-z]+[^siu\W]s|people|personnel|men|women|children|staff|police)\b/;

const WORD_CHAR = /[A-Za-z0-9.'’-]/;

/** The word that ends right before `i` (skipping spaces), lower-cased, and where it starts. */
export function prevWord(text: string, i: number): { word: string; start: number; raw: string } {
  let j = i;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
  const end = j;
  while (j > 0 && WORD_CHAR.test(text[j - 1])) j--;
  const raw = text.slice(j, end);
  return { word: raw.toLowerCase().replace(/^[-'’]+|[-'’]+$/g, ''), start: j, raw };
}

/** The word that starts right after `i` (skipping spaces), as written, and where it ends. */
export function nextWord(text: string, i: number): { word: string; end: number } {
  let j = i;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  const start = j;
  while (j < text.length && /[A-Za-z0-9'’-]/.test(text[j])) j++;
  return { word: text.slice(start, j), end: j };
}

export const isCapitalised = (s: string): boolean => /^[A-Z]/.test(s);

/** True when `i` opens a sentence, a line, a quotation or a bracket. */
export function atSentenceStart(text: string, i: number): boolean {
  let j = i;
  while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
  if (j === 0) return true;
  return /[.!?\n\r"“‘(\[:—–-]/.test(text[j - 1]);
}

/** A capitalised word that is not the first of its sentence: part of a name ("Black Monday"). */
export function capitalisedWordBefore(text: string, i: number): boolean {
  const p = prevWord(text, i);
  if (!p.raw || !isCapitalised(p.raw)) return false;
  if (CUE_WORDS.has(p.word)) return false;
  return !atSentenceStart(text, p.start);
}
