// Reading the number itself: digits ("1,000", "2.5", "10,000-12,000"), words ("eighteen hundred",
// "one million", "a dozen") and scale words ("$2.5 billion", "€1bn", "6K").
import type { Token } from '../../doc.js';
import { quantityLexicon } from './lexicon.js';

export interface NumberCore {
  /** token range [first, last) of the number, scale word included */
  first: number;
  last: number;
  value: number;
  /** upper end when one token holds a range: "10,000-12,000" */
  valueMax: number | null;
  written: 'digits' | 'words';
  /** a scale word was applied ("million", "bn", "K") */
  scaled: boolean;
  /** the multiplier that scale word stands for (1 without one) */
  scale: number;
  /** digits as written carried a thousands separator or decimal point */
  formatted: boolean;
}

const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGIT_RANGE = /^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)[-–—]((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)$/;
/** Abbreviated scales must touch the digits ("6K", "€1bn"); a spaced "10 m" is ten metres. */
const GLUED_ONLY = new Set(['k', 'm', 'b', 'bn', 'mn', 'mln', 'tn']);

export const parseDigits = (s: string): number => Number(s.replace(/,/g, ''));

export function isDigitsToken(t: Token): boolean {
  return DIGITS.test(t.text) || DIGIT_RANGE.test(t.text);
}

/** Reads a number starting at token i (not past `end`), or returns null. */
export function readNumber(tokens: Token[], i: number, end: number, moneyContext = false): NumberCore | null {
  const t = tokens[i];
  if (!t) return null;
  let core: NumberCore | null = null;
  const range = DIGIT_RANGE.exec(t.text);
  if (range) {
    core = { first: i, last: i + 1, value: parseDigits(range[1]), valueMax: parseDigits(range[2]), written: 'digits', scaled: false, scale: 1, formatted: /[,.]/.test(t.text) };
  } else if (DIGITS.test(t.text)) {
    core = { first: i, last: i + 1, value: parseDigits(t.text), valueMax: null, written: 'digits', scaled: false, scale: 1, formatted: /[,.]/.test(t.text) };
  } else {
    return readWords(tokens, i, end);
  }
  return applyScale(tokens, core, end, moneyContext);
}

/** "1.3 million", "6K", "€1bn": multiplies the core by a scale word that follows it. */
function applyScale(tokens: Token[], core: NumberCore, end: number, moneyContext: boolean): NumberCore {
  const { numberWords } = quantityLexicon();
  const next = tokens[core.last];
  if (!next || core.last >= end) return core;
  const w = numberWords.get(next.lower);
  if (!w || (w.kind !== 'scale' && w.kind !== 'hundred')) return core;
  const glued = next.start === tokens[core.last - 1].end;
  if (GLUED_ONLY.has(next.lower)) {
    if (!glued) return core;
    // "10m" may be metres: a glued lower-case m or b counts as a scale only for money or as "M"
    if ((next.text === 'm' || next.text === 'b') && !moneyContext) return core;
  }
  return {
    ...core,
    last: core.last + 1,
    value: core.value * w.value,
    valueMax: core.valueMax == null ? null : core.valueMax * w.value,
    scaled: true,
    scale: w.value,
  };
}

/** Number words: "five thousand", "eighteen hundred", "two hundred and fifty", "a million", "a dozen". */
function readWords(tokens: Token[], i: number, end: number): NumberCore | null {
  const { numberWords } = quantityLexicon();
  let j = i;
  let current = 0;
  // "half a million": a half of the scale after it
  if (tokens[i].lower === 'half' && tokens[i + 1]?.lower === 'a') {
    const w = numberWords.get(tokens[i + 2]?.lower ?? '');
    if (w && (w.kind === 'scale' || w.kind === 'hundred' || w.kind === 'dozen') && !GLUED_ONLY.has(tokens[i + 2].lower)) {
      return { first: i, last: i + 3, value: w.value / 2, valueMax: null, written: 'words', scaled: true, scale: w.value, formatted: false };
    }
    return null;
  }
  // "a million", "a dozen", "a hundred": the article stands for one
  if (tokens[i].lower === 'a') {
    const w = numberWords.get(tokens[i + 1]?.lower ?? '');
    if (!w || !(w.kind === 'scale' || w.kind === 'dozen' || w.kind === 'hundred') || GLUED_ONLY.has(tokens[i + 1].lower)) return null;
    j = i + 1;
    current = 1;
  }
  let total = 0;
  let seen = 0;
  let last = j;
  while (j < end) {
    const tok = tokens[j];
    const w = numberWords.get(tok.lower);
    if (w && !GLUED_ONLY.has(tok.lower)) {
      if (w.kind === 'digit' || w.kind === 'teen' || w.kind === 'tens') current += w.value;
      else if (w.kind === 'hundred') current = (current || 1) * 100;
      else if (w.kind === 'dozen') current = (current || 1) * 12;
      else {
        total += (current || 1) * w.value;
        current = 0;
      }
      seen++;
      last = j + 1;
      j++;
      continue;
    }
    // "twenty-five", "two hundred and fifty"
    const after = tokens[j + 1];
    if (seen && (tok.text === '-' || tok.lower === 'and') && after && numberWords.has(after.lower) && numberWords.get(after.lower)!.kind !== 'scale') {
      j++;
      continue;
    }
    break;
  }
  if (!seen) return null;
  return { first: i, last, value: total + current, valueMax: null, written: 'words', scaled: false, scale: 1, formatted: false };
}
