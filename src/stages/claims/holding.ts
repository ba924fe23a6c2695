// Attributions near a token without a pass over the document's whole list (a pass per claim made
// extraction time grow with the square of a document's length). Each index is built once per list
// and rebuilt if the list grows; every answer keeps the list's order, so results do not change.
import type { Attribution } from './attribution.js';

const BLOCK = 32;

interface Index {
  n: number;
  /** by block of BLOCK tokens: the attributions whose content covers a token of it */
  content: Attribution[][];
  /** by sentence: the attributions whose cue is in it */
  sentence: Attribution[][];
  /** by block: the attributions whose cue, sources or content (ends included) reach a token of it */
  hull: Attribution[][];
  order: Map<Attribution, number>;
}

const indexes = new WeakMap<readonly Attribution[], Index>();

function indexOf(atts: readonly Attribution[]): Index {
  let ix = indexes.get(atts);
  if (ix && ix.n === atts.length) return ix;
  ix = { n: atts.length, content: [], sentence: [], hull: [], order: new Map() };
  for (const [k, a] of atts.entries()) {
    for (let b = Math.floor(a.content.first / BLOCK); b * BLOCK < a.content.last; b++) (ix.content[b] ??= []).push(a);
    (ix.sentence[a.sentence] ??= []).push(a);
    const ranges = [a.cue, a.content, ...a.sources];
    const lo = Math.min(...ranges.map((r) => r.first));
    const hi = Math.max(...ranges.map((r) => r.last));
    for (let b = Math.floor(lo / BLOCK); b <= Math.floor(hi / BLOCK); b++) (ix.hull[b] ??= []).push(a);
    ix.order.set(a, k);
  }
  indexes.set(atts, ix);
  return ix;
}

/** The attributions whose content holds token i, in list order. */
export function holding(atts: readonly Attribution[], i: number): Attribution[] {
  const block = indexOf(atts).content[Math.floor(i / BLOCK)];
  return block ? block.filter((a) => a.content.first <= i && i < a.content.last) : [];
}

/** The attributions of sentence si, in list order. */
export function inSentence(atts: readonly Attribution[], si: number): Attribution[] {
  return indexOf(atts).sentence[si] ?? [];
}

/** Every attribution whose cue, sources or content reaches a token of first..last (ends of the
 *  ranges included), and maybe a few more near them, in list order. */
export function near(atts: readonly Attribution[], first: number, last: number): Attribution[] {
  const ix = indexOf(atts);
  const found = new Set<Attribution>();
  for (let b = Math.floor(Math.max(0, first) / BLOCK); b <= Math.floor(last / BLOCK); b++) for (const a of ix.hull[b] ?? []) found.add(a);
  return [...found].sort((a, b) => ix.order.get(a)! - ix.order.get(b)!);
}
