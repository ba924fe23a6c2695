// A trie of lexicon phrases keyed by lower-cased words, built once at load: matching a document
// costs one hash lookup per word. Keys carry the punctuation before a word ("Washington, D.C." →
// "washington", ", d.c.") and a possessive inside a phrase ("Seoul's spy agency" → "seoul's").
import { scanWords, type Word } from './words.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  value: T;
  /** Index of the last word matched. */
  last: number;
}

const key = (w: Word, first: boolean): string => (first || !w.gap ? '' : w.gap + ' ') + w.lower;

export class PhraseTrie<T> {
  private root: Node<T> = { next: new Map(), values: [] };
  /** First words of phrases, without a possessive. */
  private starts = new Set<string>();
  size = 0;

  /** Adds `phrase` (scanned into words like a document) and returns its words. */
  add(phrase: string, value: T): Word[] {
    const words = scanWords(phrase);
    if (!words.length) return words;
    let node = this.root;
    this.starts.add(words[0].lower);
    words.forEach((w, i) => {
      const k = key(w, i === 0) + (w.poss && i < words.length - 1 ? "'s" : '');
      let next = node.next.get(k);
      if (!next) node.next.set(k, (next = { next: new Map(), values: [] }));
      node = next;
    });
    node.values.push(value);
    this.size++;
    return words;
  }

  /** Does some phrase start with the word `lower`? */
  hasStart(lower: string): boolean {
    return this.starts.has(lower);
  }

  /** Is `lower` a one-word phrase of the trie? */
  hasWord(lower: string): boolean {
    return (this.root.next.get(lower)?.values.length ?? 0) > 0;
  }

  /** The longest phrase starting at words[i] that `accept` takes (the first accepted value wins
   *  among phrases of equal length, so earlier lexicon rows have priority). */
  match(words: Word[], i: number, accept: (value: T, first: number, last: number) => boolean): TrieMatch<T> | null {
    let node: Node<T> | undefined = this.root;
    let best: TrieMatch<T> | null = null;
    for (let j = i; j < words.length && node; j++) {
      const w = words[j];
      if (j > i && w.gap === '\n') break;
      const k = key(w, j === i);
      const bare: Node<T> | undefined = node.next.get(k);
      if (bare) for (const v of bare.values) if (accept(v, i, j)) { best = { value: v, last: j }; break; }
      // a possessive ends a phrase ("Russia's") unless the phrase goes on past it ("Seoul's spy agency")
      node = w.poss ? node.next.get(k + "'s") : bare;
    }
    return best;
  }
}
