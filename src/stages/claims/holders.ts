// "The consignment contains mortar rounds", "It contains CV90 vehicles" (after a package), "a
// contingent which comprises 600 engineers": what a package, shipment or contingent holds is what
// moves (content-holders.txt); its giver is an actor named in the holder's phrase ("Norway's
// package"), else the sender before. Any other subject ("the report includes …", "the arsenal
// includes …") holds nothing that moves.
import { loadList } from '../../lexicons/load.js';
import { npEndingAt, type Range } from './np.js';
import { sentenceOf } from './phrases.js';
import type { Trigger } from './triggers.js';
import type { DocView } from './view.js';

let holders: Set<string> | null = null;
const isHolder = (w: string) => (holders ??= new Set(loadList('content-holders.txt'))).has(w);

/** The holder of a verb of containing: its phrase (null for "it" standing for one named before), or null when it holds nothing that moves. */
export function holderOf(v: DocView, t: Trigger, subject: Range | null): { holder: Range | null } | null {
  let subj = subject;
  if (t.passive || !subj || /ing$/.test(v.tokens[t.first].lower)) return null;
  const s = sentenceOf(v, t.first);
  // "a package for Moldova that includes …": the holder before the phrase the relative follows
  if (!isHolder(v.tokens[subj.last - 1].lower) && subj.first >= 2 && v.tokens[subj.first - 1].pos === 'ADP') {
    const holder = npEndingAt(v, subj.first - 2, s.first);
    if (holder && isHolder(v.tokens[holder.last - 1].lower)) subj = holder;
  }
  const head = v.tokens[subj.last - 1].lower;
  if (subj.last - subj.first === 1 && ['it', 'this'].includes(head)) {
    // "It includes …" stands for a package named in the sentence before
    const prev = v.sentences[v.tokens[t.first].sentence - 1];
    if (subj.first !== s.first || !prev || !v.tokens.slice(prev.first, prev.last).some((x) => isHolder(x.lower))) return null;
    return { holder: null };
  }
  return isHolder(head) ? { holder: subj } : null;
}
