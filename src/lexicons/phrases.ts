// A phrase matcher over tokens: lower-cased word sequences keyed by their first word, so a
// lookup costs one hash probe per token. The longest phrase wins.
import type { Token } from '../doc.js';

export interface PhraseMatch<T> {
  first: number;
  /** token index after the phrase */
  last: number;
  value: T;
}

export class PhraseMatcher<T> {
  private byFirst = new Map<string, { words: string[]; value: T }[]>();

  add(phrase: string, value: T): this {
    const words = splitPhrase(phrase);
    if (!words.length) return this;
    const list = this.byFirst.get(words[0]) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0], list);
    return this;
  }

  /** The longest phrase starting at token i and ending before `end`. */
  at(tokens: readonly Token[], i: number, end = tokens.length): PhraseMatch<T> | null {
    const list = this.byFirst.get(tokens[i]?.lower ?? '');
    if (!list) return null;
    for (const p of list) {
      if (i + p.words.length > end) continue;
      let ok = true;
      for (let k = 1; k < p.words.length; k++) {
        if (tokens[i + k].lower !== p.words[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { first: i, last: i + p.words.length, value: p.value };
    }
    return null;
  }

  /** Every non-overlapping match in [from, end), left to right. */
  all(tokens: readonly Token[], from: number, end: number): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = from; i < end; ) {
      const m = this.at(tokens, i, end);
      if (m) {
        out.push(m);
        i = m.last;
      } else i++;
    }
    return out;
  }
}

/** Splits a phrase the way the tokenizer splits text: "n't" and "'s" stand alone. */
export function splitPhrase(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/n't\b/g, " n't")
    .replace(/'s\b/g, " 's")
    .split(/\s+/)
    .filter(Boolean);
}
