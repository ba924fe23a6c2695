// Where a claim happened, and what a destination says about who receives: a place its arguments name
// ("to Russia's Kursk region"), else one in its clause ("in the Red Sea"), else — for losses,
// fighting, visits — the country it happened in; "to its eastern border" is home ground, no one's.
import type { ActorRef, EventType } from '../../format.js';
import { loadList } from '../../lexicons/load.js';
import { actorsIn, type ActorHit } from './actors.js';
import type { Draft } from './drafts.js';
import { clauseAround, type Trigger } from './triggers.js';
import type { DocView } from './view.js';
import { isA } from './words.js';

const MOVES = new Set<EventType>(['deploy', 'transfer', 'recruit', 'agreement']);
let placeWords: Set<string> | null = null;

/** A place named as where something is ("to Russia's Kursk region", "in the Red Sea", "visited
 *  Pyongyang") — not an argument, a possessor ("Pyongyang's troops"), an adjective ("European
 *  countries") or a capital standing for its government ("Tehran supplied Moscow"). */
function isLocative(v: DocView, h: ActorHit, argMentions: (number | undefined)[]): boolean {
  const m = h.mention;
  // "Russia's Kursk region": the place named after the country
  if (h.place && m.rule !== 'capital' && h.place.id !== m.entity.id) return true;
  if (argMentions.includes(m.first) || m.rule === 'demonym') return false;
  if (/^['’]s?$/.test(v.tokens[m.last]?.lower ?? '')) return false;
  if (m.entity.type === 'place' && m.rule !== 'capital') return true;
  if (m.rule !== 'capital') return false;
  placeWords ??= new Set(loadList('place-prepositions.txt'));
  const before = v.tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  return placeWords.has(v.tokens[before]?.lower ?? '');
}

/** "to train in eastern Russia", "fighting in southern Ukraine": a part of a country, even one that is an argument. */
function partOfCountry(v: DocView, from: number, last: number): ActorRef | null {
  for (const h of actorsIn(v, { first: from, last }, true)) {
    const m = h.mention;
    const compass = v.tokens[m.first - 1];
    if (m.entity.type === 'country' && m.rule !== 'demonym' && compass && isA('compass', compass.lower) && v.tokens[m.first - 2]?.pos === 'ADP') return { id: null, name: `${compass.lower} ${v.text(m.first, m.last)}` };
  }
  return null;
}

/** A country after "in", "to", "across" … in the clause; "across the country": the report's own. */
function countryInClause(v: DocView, from: number, last: number, event: EventType, dominant: ActorRef | null): [ActorRef, string] | null {
  for (let k = from; k < last; k++) {
    const w = v.tokens[k].lower;
    // "from" places only people on the move ("fled from Ukraine"); "with help from the United States" is no place
    if (!['in', 'to', 'across', 'inside'].includes(w) && !(w === 'from' && event === 'other')) continue;
    if (v.tokens[k + 1]?.lower === 'the' && v.tokens[k + 2]?.lower === 'country' && dominant) return [dominant, 'location:the-country'];
    const m = v.mention[k + 1] ?? (v.tokens[k + 1]?.pos === 'DET' ? v.mention[k + 2] : undefined);
    if (m && m.entity.type === 'country' && m.rule !== 'demonym') return [{ id: m.entity.id, name: m.entity.name }, 'location:country-in-clause'];
  }
  return null;
}

/** Where it happened, with the rule that found it. */
export function locationFor(v: DocView, d: Draft, t: Trigger | null, event: EventType, dominant: ActorRef | null): [ActorRef, string] | null {
  if (d.args.location) return [d.args.location, 'location:argument'];
  const s = v.sentences[v.tokens[d.anchor].sentence];
  const clause = t ? t.clause : clauseAround(v, v.tokens[d.anchor].sentence, d.anchor);
  const from = t ? t.first : d.anchor;
  const argMentions = [d.args.agent, d.args.recipient].map((h) => h?.mention.first);
  const places = (first: number, last: number) => actorsIn(v, { first, last }, true).filter((h) => h.place && isLocative(v, h, argMentions));
  const after = places(from, Math.min(clause.last, s.last))[0] ?? places(Math.max(clause.first, s.first), from)[0];
  if (after?.place) return [after.place, 'location:place-in-clause'];
  const part = partOfCountry(v, from, Math.min(clause.last, s.last));
  if (part) return [part, 'location:part-of-country'];
  return MOVES.has(event) ? null : countryInClause(v, from, clause.last, event, dominant);
}

const BESIDE = new Set(['from', 'near', 'along', 'against', 'with', 'across', 'around', 'beyond', 'opposite']);
/** The preposition heading the phrase of token k (back to `lo`) says where from or what beside. */
export function besideOrFrom(v: DocView, k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && j >= k - 5; j--) {
    const t = v.tokens[j];
    if (t.pos === 'ADP' || t.lower === 'to') return BESIDE.has(t.lower);
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** "to its eastern border", "into their own bases": a destination its owner's pronoun marks as
 *  home; "to any party in the conflict", "to either side": a destination that is no one in particular. */
export function ownDestination(v: DocView, t: Trigger): 'own' | 'any' | null {
  for (let k = t.last; k < t.clause.last - 1; k++) {
    if (!['to', 'into', 'along', 'on'].includes(v.tokens[k].lower)) continue;
    const next = v.tokens[k + 1].lower;
    if (isA('possessive-self', next)) return 'own';
    if (v.tokens[k].lower === 'to' && ['any', 'either', 'all'].includes(next)) return 'any';
  }
  return null;
}
