// The mentions found so far, one per word: later rules see which words are taken. A rule may
// override earlier hits (an acronym defined in the text beats the gazetteer's reading of it), and
// weak hits (cities from the big list) give way to any other rule.
import type { Target } from './targets.js';
import type { Word } from './words.js';

export interface Hit {
  /** First and last word of the mention (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  target: Target;
  rule: string;
  /** A capital or seat of government: the city or office itself, besides the country it may stand for. */
  also?: Target;
  /** Gives way to any other rule. */
  weak?: boolean;
  /** For people: the role as written and the actor it names. */
  role?: string | null;
  affiliation?: string | null;
}

export class Layer {
  private at: (Hit | undefined)[];

  constructor(readonly text: string, readonly words: Word[]) {
    this.at = new Array(words.length);
  }

  hit(i: number): Hit | undefined {
    return i >= 0 && i < this.at.length ? this.at[i] : undefined;
  }

  /** No hit (or only weak ones, when `weakToo`) on words a..b. */
  free(a: number, b: number, weakToo = false): boolean {
    for (let k = a; k <= b; k++) {
      const h = this.at[k];
      if (h && !(weakToo && h.weak)) return false;
    }
    return true;
  }

  /** Places a hit. Without `override` it fails on words taken by strong hits; with it, every hit
   *  it overlaps is removed whole. */
  put(h: Hit, override = false): boolean {
    if (!override && !this.free(h.first, h.last, true)) return false;
    for (let k = h.first; k <= h.last; k++) {
      const old = this.at[k];
      if (old) this.remove(old);
    }
    for (let k = h.first; k <= h.last; k++) this.at[k] = h;
    return true;
  }

  remove(h: Hit): void {
    for (let k = h.first; k <= h.last; k++) if (this.at[k] === h) this.at[k] = undefined;
  }

  /** Every hit, in text order. */
  hits(): Hit[] {
    const out: Hit[] = [];
    let prev: Hit | undefined;
    for (const h of this.at) {
      if (h && h !== prev) out.push(h);
      prev = h;
    }
    return out;
  }

  /** The hit that ends at word `i`, if one does. */
  endingAt(i: number): Hit | undefined {
    const h = this.hit(i);
    return h && h.last === i ? h : undefined;
  }

  /** A hit spanning words a..b from their text. */
  span(a: number, b: number, target: Target, rule: string, extra: Partial<Hit> = {}): Hit {
    return { first: a, last: b, start: this.words[a].start, end: this.words[b].end, target, rule, ...extra };
  }
}
