// A token-indexed view of a document for the claim layer: which entity mention, time and
// quantity covers each token, and small helpers to read noun phrases around a position.
import type { Doc, Sentence, Token } from '../../doc.js';
import type { EntityOut, QuantityOut, TimeOut } from '../../format.js';

export interface MentionAt {
  first: number;
  last: number;
  entity: EntityOut;
  rule: string;
  /** the place a capital mention also names */
  place?: string;
}

export class DocView {
  readonly tokens: Token[];
  readonly sentences: Sentence[];
  readonly mention: (MentionAt | undefined)[];
  readonly time: (TimeOut | undefined)[];
  readonly quantity: (QuantityOut | undefined)[];
  readonly entities: Map<string, EntityOut>;
  private readonly starts: number[];

  constructor(readonly doc: Doc) {
    this.tokens = doc.tokens ?? [];
    this.sentences = doc.sentences ?? [];
    this.starts = this.tokens.map((t) => t.start);
    this.mention = new Array(this.tokens.length);
    this.time = new Array(this.tokens.length);
    this.quantity = new Array(this.tokens.length);
    this.entities = new Map((doc.entities ?? []).map((e) => [e.id, e]));
    for (const e of doc.entities ?? []) {
      for (const m of e.mentions) {
        const [first, last] = this.tokenRange(m.start, m.end);
        if (first >= last) continue;
        const at: MentionAt = { first, last, entity: e, rule: m.rule ?? 'name', place: m.place };
        for (let i = first; i < last; i++) if (!this.mention[i] || this.mention[i]!.last - this.mention[i]!.first < last - first) this.mention[i] = at;
      }
    }
    for (const t of doc.times ?? []) {
      const [first, last] = this.tokenRange(t.start, t.end);
      for (let i = first; i < last; i++) this.time[i] = t;
    }
    // nested quantities ("two of six new jets"): each token belongs to the innermost one
    for (const q of doc.quantities ?? []) {
      const [first, last] = this.tokenRange(q.start, q.end);
      for (let i = first; i < last; i++) {
        const had = this.quantity[i];
        if (!had || had.end - had.start > q.end - q.start) this.quantity[i] = q;
      }
    }
  }

  /** The token index range [first, last) of the tokens overlapping [start, end). */
  tokenRange(start: number, end: number): [number, number] {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last < this.tokens.length && this.tokens[last].start < end) last++;
    return [lo, last];
  }

  text(first: number, last: number): string {
    if (last <= first) return '';
    return this.doc.text.slice(this.tokens[first].start, this.tokens[last - 1].end);
  }

  span(first: number, last: number): { start: number; end: number; text: string } {
    const start = this.tokens[first].start;
    const end = this.tokens[Math.max(first, last - 1)].end;
    return { start, end, text: this.doc.text.slice(start, end) };
  }

  /** Mentions (whole) inside [first, last), left to right. */
  mentionsIn(first: number, last: number): MentionAt[] {
    const out: MentionAt[] = [];
    for (let i = first; i < last; i++) {
      const m = this.mention[i];
      if (m && m.first >= first && m.last <= last && out[out.length - 1] !== m) out.push(m);
    }
    return out;
  }
}

export const isWordy = (t: Token) => /[\p{L}\p{N}]/u.test(t.text);
export const isCap = (t: Token) => /^\p{Lu}/u.test(t.text);
