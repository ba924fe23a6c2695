// Certainty, polarity and status of an event, from the hedges, negations and tense around its
// trigger, each within its scope: a hedge or negation in another clause does not reach it
// ("While the two countries haven't disclosed …, officials reported that North Korea sent …").
import type { Certainty, Polarity, Status } from '../../format.js';
import { loadList } from '../../lexicons/load.js';
import type { Attribution } from './attribution.js';
import { holding } from './holding.js';
import { claimLexicon, type Hedge, type Negation } from './lexicon.js';
import type { PhraseMatch } from '../../lexicons/phrases.js';
import type { Range } from './np.js';
import { clauseAround, type Trigger } from './triggers.js';
import { statusFor } from './status.js';
import type { DocView } from './view.js';

export interface Modality {
  certainty: Certainty;
  polarity: Polarity;
  status: Status;
  cues: { start: number; end: number; text: string; kind: string }[];
}

const RANK: Record<Certainty, number> = { certain: 2, probable: 1, possible: 0 };
const GROUP_POS = new Set(['AUX', 'VERB', 'ADV', 'PART']);

/** The verb group around token i: auxiliaries, adverbs, "to" and verbs on both sides. */
function groupAround(v: DocView, i: number, lo: number, hi: number): Range {
  const { hedges } = claimLexicon();
  // "is likely to occur", "is projected to begin": hedge adjectives belong to the group
  const inGroup = (k: number) => GROUP_POS.has(v.tokens[k].pos) || v.tokens[k].lower === 'to' || Boolean(hedges.at(v.tokens, k, k + 1));
  let a = i;
  while (a - 1 >= lo && inGroup(a - 1)) a--;
  let b = i + 1;
  while (b < hi && inGroup(b)) b++;
  return { first: a, last: b };
}

/** The predicate after a nominal event in subject position: "the dispatch of … is projected to begin". */
function predicateAfter(v: DocView, t: Trigger): Range | null {
  for (let k = t.last; k < t.clause.last; k++) {
    const x = v.tokens[k];
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower))) return groupAround(v, k, k, t.clause.last);
    if (x.text === ';' || x.lower === 'that') return null;
  }
  return null;
}

/** Hedge and negation cues of a sentence, found once per sentence and document view. */
const cueCache = new WeakMap<DocView, Map<number, { hedges: PhraseMatch<Hedge>[]; negations: PhraseMatch<Negation>[] }>>();
function sentenceCues(v: DocView, si: number) {
  let byDoc = cueCache.get(v);
  if (!byDoc) cueCache.set(v, (byDoc = new Map()));
  let c = byDoc.get(si);
  if (!c) {
    const { hedges, negations } = claimLexicon();
    const s = v.sentences[si];
    c = { hedges: hedges.all(v.tokens, s.first, s.last), negations: negations.all(v.tokens, s.first, s.last) };
    byDoc.set(si, c);
  }
  return c;
}

export function modalityOf(v: DocView, t: Trigger, atts: Attribution[], anchor: number): Modality {
  const si = v.tokens[t.first].sentence;
  const found = sentenceCues(v, si);
  const cues: Modality['cues'] = [];
  let certainty: Certainty = 'certain';
  let polarity: Polarity = 'positive';
  const verbal = t.entry.pos === 'verb';
  const own = verbal ? groupAround(v, t.first, t.clause.first, t.clause.last) : predicateAfter(v, t);
  const inRange = (k: number, r: Range | null) => Boolean(r && k >= r.first && k < r.last);
  const lower = (c: Certainty, at: number, end: number, kind: string) => {
    if (RANK[c] < RANK[certainty]) certainty = c;
    cues.push({ ...v.span(at, end), kind });
  };
  for (const h of found.hedges) {
    const at = h.first;
    if (h.value.scope === 'count') {
      // "an estimated 4,000 troops": the count the claim is about opens with it
      if (at === anchor) lower(h.value.certainty, h.first, h.last, `hedge:${h.value.cue}`);
    } else if (h.value.scope === 'group') {
      // in the trigger's own verb group, in the predicate of a nominal event, or just before a nominal ("the likely deployment")
      const before = !verbal && at < t.first && at >= t.first - 3 && v.tokens.slice(at + 1, t.first).every((x) => x.pos === 'ADJ' || x.pos === 'DET');
      if (inRange(at, own) || (verbal && inRange(at, groupAround(v, t.group.first, t.clause.first, t.clause.last))) || before) lower(h.value.certainty, h.first, h.last, `hedge:${h.value.cue}`);
    } else if (at < t.first && at >= t.clause.first - 12) lower(h.value.certainty, h.first, h.last, `hedge:${h.value.cue}`);
  }
  // reporting cues that hedge what they report: "estimates", "believes", "its belief"
  for (const a of holding(atts, anchor)) {
    if (a.certainty && a.kind !== 'quote') lower(a.certainty, a.cue.first, a.cue.last, `cue:${a.cueText.toLowerCase()}`);
    if (a.negative) {
      polarity = 'negative';
      cues.push({ ...v.span(a.cue.first, a.cue.last), kind: `denial:${a.cueText.toLowerCase()}` });
    }
  }
  // "was not aware of Russia's transfer", "did not expect Moscow to receive": a negated verb governs it
  const governing = governingNegation(v, t);
  if (governing >= 0) {
    polarity = 'negative';
    cues.push({ ...v.span(governing, governing + 1), kind: 'negation:governing' });
  }
  for (const n of found.negations) {
    const at = n.first;
    let hit = false;
    if (n.value.scope === 'none') continue;
    if (n.value.scope === 'group') hit = inRange(at, own) || (verbal && at >= t.group.first && at < t.last);
    else if (n.value.scope === 'clause') hit = at < t.first && at >= t.clause.first && at >= t.first - 8;
    else hit = n.last === t.first || (n.last <= t.first && n.last >= t.first - 3);
    if (hit) {
      polarity = 'negative';
      cues.push({ ...v.span(n.first, n.last), kind: `negation:${n.value.cue}` });
    }
  }
  const hypothesis = hypothetical(v, t);
  if (hypothesis >= 0) lower('possible', hypothesis, hypothesis + 1, `hypothetical:${v.tokens[hypothesis].lower}`);
  return { certainty, polarity, status: statusFor(v, t, verbal ? null : own), cues };
}

let conditionals: Set<string> | null = null;
/**
 * A claim stated as a supposition, not a fact: inside an "if"/"unless" clause, or in the
 * consequence of a sentence one opens ("If completed, the deal would see Russia deliver 12
 * helicopters"), or an event named as the subject of "would"/"could" ("Supplying jets to Iran would
 * breach the embargo"). Returns the cue's token index, or -1. A reported "would" alone is a future
 * ("said it would send 500 troops"): it does not count.
 */
function hypothetical(v: DocView, t: Trigger): number {
  conditionals ??= new Set(loadList('conditional-cues.txt'));
  const s = v.sentences[v.tokens[t.first].sentence];
  for (let k = s.first; k < t.first; k++) {
    if (!conditionals.has(v.tokens[k].lower)) continue;
    // "if" opening the sentence governs all of it; later, only what follows it in its clause
    if (k === s.first || (k >= t.clause.first && v.tokens[k - 1]?.text === ',')) return k;
  }
  // a gerund opening its clause, the subject of a modal: "Supplying jets … would breach"
  if (t.entry.pos === 'verb' && /ing$/.test(v.tokens[t.first].lower) && t.group.first === t.first && t.first <= t.clause.first + 1) {
    for (let k = t.last; k < t.clause.last; k++) {
      const w = v.tokens[k].lower;
      if (w === 'would' || w === 'could' || w === 'might') return k;
      if (v.tokens[k].text === ',' || w === 'that') break;
    }
  }
  return -1;
}

/**
 * A negation just before the phrase that holds the trigger: "not aware of [Russia's transfer]",
 * "did not expect [Moscow] to receive". Returns the negation's token index, or -1.
 */
function governingNegation(v: DocView, t: Trigger): number {
  const s = v.sentences[v.tokens[t.first].sentence];
  let k = t.group.first - 1;
  if (t.entry.pos === 'verb' && v.tokens[t.group.first]?.lower !== 'to') return -1;
  // past the phrase before the trigger: a possessor, a subject of the infinitive
  let steps = 0;
  while (k >= s.first && steps < 8 && ['DET', 'PROPN', 'NOUN', 'ADJ', 'PART', 'PRON', 'ADP'].includes(v.tokens[k].pos) && !['not', "n't"].includes(v.tokens[k].lower)) {
    k--;
    steps++;
  }
  // then a verb or adjective whose own group holds the negation: "did not expect", "was not aware"
  for (let j = k; j >= Math.max(s.first, k - 3); j--) if (['not', "n't", 'never'].includes(v.tokens[j].lower)) return j;
  return -1;
}

/** Modality for a claim with no trigger: the verb group next to its count at `anchor` ("could eventually make"). */
export function bareModality(v: DocView, anchor: number, atts: Attribution[]): Modality {
  const si = v.tokens[anchor].sentence;
  const s = v.sentences[si];
  const verbal = (k: number) => v.tokens[k].pos === 'VERB' || v.tokens[k].pos === 'AUX';
  const pseudo = (k: number): Trigger => {
    // its verb group: leftwards over auxiliaries, adverbs and "to" ("has already taken in")
    let g = k;
    while (g - 1 >= s.first && (['AUX', 'ADV', 'PART'].includes(v.tokens[g - 1].pos) || v.tokens[g - 1].lower === 'to')) g--;
    return { first: k, last: k + 1, entry: { lemma: v.tokens[k].lower, pos: 'verb', event: 'other', peopleEvent: null, frame: 'act' }, group: { first: g, last: k + 1 }, passive: false, reduced: false, mainLater: false, clause: clauseAround(v, si, k) };
  };
  // the count as an object: the verb just before it ("took in over 12,000", "which has 12,000 soldiers")
  for (let k = anchor - 1; k >= s.first && k >= anchor - 3; k--) {
    if (verbal(k)) return modalityOf(v, pseudo(k), atts, anchor);
    if (!['ADP', 'ADV', 'DET', 'PART'].includes(v.tokens[k].pos)) break;
  }
  // the count as a subject: the verb after it ("could eventually make")
  for (let k = anchor; k < s.last; k++) if (verbal(k)) return modalityOf(v, pseudo(k), atts, anchor);
  // no verb of its own: a hedging cue that reports it still hedges it ("estimated the total at 7,000")
  const hedged = holding(atts, anchor).find((a) => a.certainty && a.kind !== 'quote');
  if (hedged?.certainty) return { certainty: hedged.certainty, polarity: 'positive', status: 'unknown', cues: [{ ...v.span(hedged.cue.first, hedged.cue.last), kind: `cue:${hedged.cueText.toLowerCase()}` }] };
  return { certainty: 'certain', polarity: 'positive', status: 'unknown', cues: [] };
}
