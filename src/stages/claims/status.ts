// Status of an event (planned / ongoing / done / unknown) from the verb group that carries it:
//   "will send", "plans to send", "decided to dispatch"   → planned
//   "is sending", "continues to send", "are stationed"    → ongoing
//   "sent", "has sent", "was sent"                        → done
// A gerund or a nominal event takes the tense of the verb that governs it: "Iran has contributed
// … by providing drones" (done), "paused a shipment" (done), "ordered the dispatch" (planned).
import type { Status } from '../../format.js';
import { loadList, loadTsv } from '../../lexicons/load.js';
import type { Range } from './np.js';
import { isPastForm, type Trigger } from './triggers.js';
import type { DocView } from './view.js';

let cues: Map<string, Status> | null = null;
const statusCue = (w: string) => (cues ??= new Map(loadTsv('status-cues.tsv').map((r) => [r.word, r.status as Status]))).get(w);

let promiseVerbs: Set<string> | null = null;
const PLANNED_MODIFIERS = new Set(['planned', 'proposed', 'upcoming', 'future', 'potential', 'next', 'expected', 'possible']);
const GROUP_POS = new Set(['AUX', 'VERB', 'ADV', 'PART']);

/**
 * The status a verb group [first, last) states, reading from its head leftwards. A governing verb's
 * own meaning counts too ("ordered the dispatch", "plans the deployment"): `headCounts`.
 */
function groupStatus(v: DocView, first: number, last: number, headline: boolean, headCounts = false): Status | null {
  const head = v.tokens[last - 1];
  if (headCounts && statusCue(head.lower) === 'planned') return 'planned';
  for (let k = last - 2; k >= first; k--) {
    const w = v.tokens[k].lower;
    let st = statusCue(w);
    if (w === 'to') {
      // "to have provided" is done (read already), "continues to send" ongoing, "plans to send" planned,
      // "are believed to be" is the state of the verb before it
      const before = v.tokens[k - 1]?.lower ?? '';
      const after = v.tokens[k + 1]?.lower ?? '';
      // "the first delivery is (now) to be handed over", "troops are to arrive": a plan
      let b = k - 1;
      while (b >= first && v.tokens[b].pos === 'ADV') b--;
      if (b >= first && ['is', 'are', 'am', 'was', 'were'].includes(v.tokens[b].lower)) return 'planned';
      if (after === 'be' || after === 'have') continue;
      st = statusCue(before) === 'ongoing' ? 'ongoing' : 'planned';
    }
    if (!st) continue;
    if ((w === 'is' || w === 'are' || w === 'am') && isPastForm(head)) return 'ongoing';
    if ((w === 'was' || w === 'were') && /ing$/.test(head.lower)) return 'done';
    return st;
  }
  if (isPastForm(head)) return 'done';
  if (/ing$/.test(head.lower)) return 'ongoing';
  // a headline's present tells of something done ("US shoots down 6 drones"); its infinitive of
  // something to come ("UK to send tanks")
  if (headline) return v.tokens[first - 1]?.lower === 'to' || v.tokens[last - 2]?.lower === 'to' ? 'planned' : 'done';
  return head.pos === 'VERB' || head.pos === 'AUX' ? 'ongoing' : null;
}

/** The verb group ending at token j (inclusive), going left over auxiliaries, adverbs and "to". */
function groupEndingAt(v: DocView, j: number, lo: number): Range {
  let a = j;
  while (a - 1 >= lo && (GROUP_POS.has(v.tokens[a - 1].pos) || v.tokens[a - 1].lower === 'to')) a--;
  return { first: a, last: j + 1 };
}

/** The finite verb governing position i: the nearest verb to its left in its sentence. */
function governingVerb(v: DocView, i: number, lo: number): number {
  for (let k = i - 1; k >= lo; k--) {
    const t = v.tokens[k];
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.lower)) return k;
    if (t.text === ';' || t.lower === 'that') return -1;
  }
  return -1;
}

export function statusFor(v: DocView, t: Trigger, predicate: Range | null): Status {
  const s = v.sentences[v.tokens[t.first].sentence];
  if (t.entry.pos === 'noun') {
    if (PLANNED_MODIFIERS.has(v.tokens[t.first - 1]?.lower ?? '')) return 'planned';
    // "the dispatch … is projected to begin", "the North Korean dispatch … occurred"
    if (predicate) return groupStatus(v, predicate.first, predicate.last, s.headline) ?? 'done';
    // "ordered the dispatch of", "paused a shipment", "announced its largest package"
    const gov = governingVerb(v, t.first, s.first);
    if (gov >= 0) {
      const g = groupEndingAt(v, gov, s.first);
      return groupStatus(v, g.first, g.last, s.headline, true) ?? 'done';
    }
    return 'done';
  }
  const gerund = /ing$/.test(v.tokens[t.first].lower) && t.group.first === t.first;
  if (gerund) {
    // "after suffering heavy losses": what came before the clause's own event
    if (['after', 'since', 'following'].includes(v.tokens[t.first - 1]?.lower ?? '')) return 'done';
    // "by providing", "…, supplying shells": the tense of the clause it hangs from
    const gov = governingVerb(v, t.first, s.first);
    if (gov >= 0) {
      const g = groupEndingAt(v, gov, s.first);
      return groupStatus(v, g.first, g.last, s.headline) ?? 'done';
    }
    return s.headline ? 'done' : 'ongoing';
  }
  // "has pledged 800 troops": what is promised is still to come
  if ((promiseVerbs ??= new Set(loadList('promise-verbs.txt'))).has(t.entry.lemma)) return 'planned';
  // a phrasal verb's tense is its verb's: "took in", "handed over", "shot down"
  const head = t.last - t.first > 1 ? t.first + 1 : t.last;
  // a verb the tagger read as a noun ("the Houthis use/NOUN Iranian-made missiles"): its present is ongoing
  return groupStatus(v, t.group.first, head, s.headline) ?? (t.group.first === t.first && !isPastForm(v.tokens[t.first]) ? 'ongoing' : 'unknown');
}
