// An earlier value of a count, given beside it: "the death toll rose to 61, up from 45 on Monday",
// "19 homicides so far this year, compared with 14 at the same point last year". The earlier figure
// counts the same thing as the count just before it in the sentence: it is a claim of that event,
// between the same sides, at the time it is given for (earlier-figure-cues.txt).
import type { QuantityOut } from '../../format.js';
import { PhraseMatcher } from '../../lexicons/phrases.js';
import { loadList } from '../../lexicons/load.js';
import type { Draft } from './drafts.js';
import type { DocView } from './view.js';

let cues: PhraseMatcher<true> | null = null;
const cueMatcher = () => {
  if (!cues) {
    cues = new PhraseMatcher<true>();
    for (const p of loadList('earlier-figure-cues.txt')) cues.add(p, true);
  }
  return cues;
};

/** Does a cue end right before token qf? */
function cueBefore(v: DocView, qf: number): boolean {
  for (let k = Math.max(0, qf - 6); k < qf; k++) {
    const m = cueMatcher().at(v.tokens, k, qf);
    if (m && m.last === qf) return true;
  }
  return false;
}

/** A draft for the earlier figure after a cue, copying the draft of the count before it; else null. */
export function earlierFigureDraft(v: DocView, q: QuantityOut, drafts: Draft[]): Draft | null {
  const [qf, ql] = v.tokenRange(q.start, q.end);
  if (!cueBefore(v, qf)) return null;
  const si = v.tokens[qf].sentence;
  const before = drafts.filter((d) => d.quantity?.min != null && d.anchor < qf && v.tokens[d.anchor].sentence === si).sort((a, b) => b.anchor - a.anchor)[0];
  // "up from 45" repeats the unit before it; money is money in the same currency ("up from $600 million")
  const same = q.kind === 'money' ? before?.quantity?.kind === 'money' && before.quantity.unit === q.unit : !q.unit && before?.quantity?.kind === 'count';
  if (!before || !same) return null;
  const item = { ...before.items[0], first: qf, last: ql, head: ql - 1, separate: false };
  const rules = before.rules.filter((r) => !r.startsWith('quantity:'));
  return { ...before, items: [item], quantity: q, anchor: qf, rules: [...rules, 'quantity:earlier-figure', `quantity:${q.rule}`] };
}
