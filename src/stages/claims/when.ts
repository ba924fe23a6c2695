// When a claim happened: the time nearest its anchor inside what holds it (its sentence, or the
// content of the source that reports it), never the dateline, never past a second predicate.
import type { TimeOut } from '../../format.js';
import type { Range } from './np.js';
import type { DocView } from './view.js';

/** "KYIV, March 3 (Reuters) - …", "Kyiv [Ukraine], February 1 (ANI): …": where the dateline ends. */
function datelineEnd(v: DocView, first: number, last: number): number {
  for (let k = first + 1; k < Math.min(last, first + 14); k++) {
    if (v.tokens[k - 1].text === ')' && /^[-—–:]$/.test(v.tokens[k].text)) return k + 1;
  }
  return first;
}

/** The time nearest the anchor within what holds the claim, not past a predicate after `head` (the trigger). */
export function nearestTime(v: DocView, holding: Range, anchor: number, head = anchor): TimeOut | null {
  let best: TimeOut | null = null;
  let dist = Infinity;
  // a dateline dates the report, not the event
  const s = v.sentences[v.tokens[anchor].sentence];
  const from = Math.max(holding.first, datelineEnd(v, s.first, s.last));
  for (let k = from; k < holding.last; k++) {
    const t = v.time[k];
    if (!t || t === best || t.type === 'SET') continue;
    // a duration is when only as a window ahead: "over the next 12 months"
    if (t.type === 'DURATION' && !/\bnext\b/i.test(t.text)) continue;
    const d = Math.abs(k - anchor);
    if (d < dist && !(k > head && coordinatedPredicateBetween(v, head, k))) {
      best = t;
      dist = d;
    }
  }
  return best;
}

/** "has received dozens so far and will continue to receive more in the future": a time after a
 *  second predicate joined by "and" / "but" is that predicate's. */
function coordinatedPredicateBetween(v: DocView, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (!['and', 'but'].includes(v.tokens[k].lower)) continue;
    let j = k + 1;
    while (j < b && v.tokens[j].pos === 'ADV') j++;
    if (j < b && (v.tokens[j].pos === 'AUX' || v.tokens[j].pos === 'VERB') && !/ing$/.test(v.tokens[j].lower)) return true;
  }
  return false;
}
