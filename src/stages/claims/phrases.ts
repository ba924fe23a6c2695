// Phrases around a trigger that slots are read from: its subject (through coordinations, relative
// pronouns, gerunds and infinitives), its prepositional phrases, a relative clause's head, the
// phrase a gerund or infinitive shares its subject with.
import { actorIn } from './actors.js';
import { npEndingAt, npStartingAt, skipLeft, subjectBefore, type Range } from './np.js';
import type { Trigger } from './triggers.js';
import type { DocView } from './view.js';
import { isA } from './words.js';
import { loadList } from '../../lexicons/load.js';

export const sentenceOf = (v: DocView, i: number) => v.sentences[v.tokens[i].sentence];

/** The first phrase of [lo, hi) naming an actor (a subject-like position: not after a preposition). */
export function firstActorPhrase(v: DocView, lo: number, hi: number): Range | null {
  for (const m of v.mentionsIn(lo, hi)) {
    if (m.first > lo && v.tokens[m.first - 1].pos === 'ADP') continue;
    if (actorIn(v, { first: m.first, last: m.last })) return npEndingAt(v, m.last - 1, lo) ?? { first: m.first, last: m.last };
  }
  return null;
}

/** The phrase a relative pronoun at k refers to: the noun phrase just before it. */
export function relativeHead(v: DocView, k: number, lo: number): Range | null {
  let j = k - 1;
  if (j >= lo && v.tokens[j].text === ',') j--;
  return j >= lo ? npEndingAt(v, j, lo) : null;
}

/** "… and possibly transfer": where the verb group of the first verb of a coordination starts. */
function coordinatedGroupStart(v: DocView, before: number, lo: number, g: number): number {
  for (let k = before - 1; k >= lo; k--) {
    const x = v.tokens[k];
    if (x.pos !== 'VERB' && x.pos !== 'AUX') continue;
    let h = k;
    while (h - 1 >= lo && ['AUX', 'ADV', 'PART'].includes(v.tokens[h - 1].pos)) h--;
    return h;
  }
  return g;
}

/** The subject of a gerund after a preposition: "accuses Iran of supplying" → Iran; "by providing" → the clause's first actor. */
function gerundSubject(v: DocView, t: Trigger, before: number): Range | null {
  const s = sentenceOf(v, t.first);
  const prev = v.tokens[before];
  // … past a time: "accused the UAE on Sunday of supplying"
  let end = before - 1;
  if (v.time[end]) {
    while (end >= s.first && v.time[end]) end--;
    if (end >= s.first && v.tokens[end].pos === 'ADP') end--;
  }
  const np = prev.lower === 'of' && end >= s.first ? npEndingAt(v, end, s.first) : null;
  if (np && actorIn(v, np)) return np;
  return firstActorPhrase(v, t.clause.first, t.first) ?? firstActorPhrase(v, s.first, t.first);
}

/** The subject phrase of a trigger's verb group, through coordinations, relatives and gerunds. */
export function subjectOf(v: DocView, t: Trigger): Range | null {
  const s = sentenceOf(v, t.first);
  const lo = t.clause.first;
  let g = t.group.first;
  const before = skipLeft(v, g - 1, lo);
  const prev = v.tokens[before];
  if (before >= lo && isA('coordinator', prev.lower)) g = coordinatedGroupStart(v, before, lo, g);
  const gerund = /ing$/.test(v.tokens[t.first].lower) && t.group.first === t.first;
  if (gerund && before >= s.first && (prev.pos === 'ADP' || prev.pos === 'SCONJ')) return gerundSubject(v, t, before);
  // "…, supplying artillery shells": a free participle shares the sentence's subject
  if (gerund && before >= s.first && prev.text === ',') return firstActorPhrase(v, lo, t.first) ?? firstActorPhrase(v, s.first, t.first);
  // "working with international partners to deliver": an infinitive after a prepositional phrase
  if (v.tokens[g]?.lower === 'to' && before >= s.first) {
    const np = npEndingAt(v, before, s.first);
    if (np && np.first - 1 >= s.first && v.tokens[np.first - 1].pos === 'ADP') return firstActorPhrase(v, Math.max(s.first, lo), t.first) ?? firstActorPhrase(v, s.first, t.first);
  }
  const subj = subjectBefore(v, g, lo);
  const first = subj ? v.tokens[subj.first] : null;
  // "signed a contract on Friday to buy 180 tanks": an infinitive after a thing shares the clause's subject
  if (v.tokens[g]?.lower === 'to' && subj && !actorIn(v, subj) && !isA('relative', first!.lower)) {
    const clauseSubject = firstActorPhrase(v, lo, subj.first);
    if (clauseSubject) return clauseSubject;
  }
  // "…, whose forces have … suffered": the clause opens after "whose"
  if (subj && subj.first - 1 >= s.first && v.tokens[subj.first - 1].lower === 'whose') return relativeHead(v, subj.first - 1, s.first);
  if (subj && first && isA('relative', first.lower) && (subj.last - subj.first === 1 || first.lower === 'whose')) return relativeHead(v, subj.first, s.first);
  if (!subj) {
    const r = skipLeft(v, g - 1, s.first);
    if (r >= s.first && isA('relative', v.tokens[r].lower)) return relativeHead(v, r, s.first);
  }
  return subj;
}

let purpose: Set<string> | null = null;
/** "… to support Russia's war efforts": verbs whose object receives what moves (purpose-verbs.txt) */
const isPurposeVerb = (w: string) => (purpose ??= new Set(loadList('purpose-verbs.txt'))).has(w);

export type PPs = Map<string, Range[]>;
const push = (m: PPs, k: string, r: Range) => m.set(k, [...(m.get(k) ?? []), r]);

/** Prepositional phrases after position i in the clause: to/for/into/in/from/by/with X, and "to support X". */
export function readPPs(v: DocView, i: number, hi: number, isSource: (k: number) => boolean): PPs {
  const out: PPs = new Map();
  for (let k = i; k < hi; k++) {
    const t = v.tokens[k];
    if (t.text === ';' || ['that', 'which', 'who', 'while', 'although', 'but'].includes(t.lower)) break;
    // "for use in the war in Ukraine", "for use against Ukraine": where the goods will be used, not who gets them
    if (t.lower === 'for' && v.tokens[k + 1]?.lower === 'use') {
      k += 1;
      while (['in', 'against', 'on', 'by'].includes(v.tokens[k + 1]?.lower ?? '')) k = (npStartingAt(v, k + 2, hi)?.last ?? k + 2) - 1;
      continue;
    }
    if (t.lower === 'to' && isPurposeVerb(v.tokens[k + 1]?.lower ?? '')) {
      const np = npStartingAt(v, k + 2, hi);
      if (np) push(out, 'purpose', np);
      continue;
    }
    // "… part of an autumn package for Moldova, not the one the parliament just passed": another verb's phrases
    if ((t.pos === 'VERB' || t.pos === 'AUX') && v.tokens[k - 1]?.lower !== 'to') break;
    if (t.pos !== 'ADP' && t.lower !== 'to') continue;
    const np = npStartingAt(v, k + 1, hi);
    // "formally confirmed by Japan": a source, not an argument
    if (np && !isSource(np.first)) push(out, t.lower, np);
  }
  return out;
}

/** "rockets that Caracas is said to have sold to Havana" → "rockets". */
export function relativeObject(v: DocView, t: Trigger): Range | null {
  const s = sentenceOf(v, t.first);
  for (let k = t.group.first - 1; k > s.first && k > t.group.first - 6; k--) {
    if (['that', 'which'].includes(v.tokens[k].lower)) return npEndingAt(v, k - 1, s.first);
  }
  return null;
}

/** The subject of "X was part of" (or "X were among") just before position `at`, if any. */
export function partOf(v: DocView, at: number, lo: number): Range | null {
  let k = at - 1;
  // back over the noun phrase: "an autumn aid package", "Norway's latest package"
  while (k >= lo && at - k < 8 && v.tokens[k].lower !== 'of' && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(v.tokens[k].pos) || v.time[k] || v.mention[k])) k--;
  if (k < lo + 2 || v.tokens[k].lower !== 'of' || v.tokens[k - 1].lower !== 'part') return null;
  let c = k - 2;
  while (c >= lo && v.tokens[c].pos === 'ADV') c--;
  if (c < lo || !isA('be', v.tokens[c].lower)) return null;
  return subjectBefore(v, c + 1, lo);
}

/** "to operate the new helicopters": the infinitive phrase, up to the clause's next break. */
export function infinitiveEnd(v: DocView, to: number, hi: number): number {
  let k = to + 1;
  while (k < hi && v.tokens[k].text !== ',' && v.tokens[k].text !== ';' && !['and', 'but', 'while'].includes(v.tokens[k].lower)) k++;
  return k;
}

/** Tokens where a phrase of items can start: a determiner, adjective, noun, number or count (not a name). */
export const startsPhrase = (v: DocView, i: number) => {
  const t = v.tokens[i];
  return Boolean(t && (['DET', 'ADJ', 'NOUN', 'NUM'].includes(t.pos) || v.quantity[i]) && !v.mention[i]);
};
