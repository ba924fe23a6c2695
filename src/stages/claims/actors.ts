// Turning a phrase into an actor of an event. Events are between states and armed groups: a
// ministry, a leader or a capital stands for its country ("Pyongyang", "Kim decided"), a group
// stands for itself ("Wagner", "the Houthis"), a place gives its country as actor and itself as
// location.
import type { ActorRef, EntityOut } from '../../format.js';
import { lexicon as entityLexicon } from '../entities/lexicon.js';
import { orgKind } from './lexicon.js';
import { loadTsv } from '../../lexicons/load.js';
import type { Range } from './np.js';
import type { DocView, MentionAt } from './view.js';
import { isA } from './words.js';

export interface ActorHit {
  actor: ActorRef;
  /** a place that names no actor (a sea, an area): a location only */
  placeOnly?: boolean;
  /** the place named, when the phrase names one ("Russia's Kursk region" → Kursk) */
  place: ActorRef | null;
  mention: MentionAt;
}

const ref = (e: EntityOut): ActorRef => ({ id: e.id, name: e.name });

/** The country an entity stands for, as an actor. */
export function countryOf(v: DocView, e: EntityOut): ActorRef | null {
  if (e.type === 'country') return ref(e);
  const cc = e.country ?? (e.affiliation?.startsWith('country:') ? e.affiliation.slice(8) : null) ?? (e.affiliation ? v.entities.get(e.affiliation)?.country ?? null : null);
  if (!cc) return null;
  const c = v.entities.get(`country:${cc}`);
  return c ? ref(c) : { id: `country:${cc}`, name: countryName(cc) };
}

let kinds: Map<string, string> | null = null;
const placeKind = (id: string) => (kinds ??= new Map(loadTsv('places.tsv').map((r) => [r.id, r.kind]))).get(id) ?? null;

/** The gazetteer's name of a country (its common name, as everywhere else in Dossier). */
export function countryName(cc: string): string {
  return entityLexicon().countries.get(cc)?.name ?? cc;
}

/** The actor an entity mention stands for in an event role. */
export function actorOfMention(v: DocView, m: MentionAt): ActorHit | null {
  const e = m.entity;
  // a news outlet reports events, it does not take part in them ("KYIV (Reuters) - Iran has …")
  if (orgKind(e.id) === 'outlet') return null;
  if (e.type === 'group') return { actor: ref(e), place: null, mention: m };
  if (e.type === 'place') {
    // a continent acts as itself ("European countries allocated …"); a sea or an area does not
    const c = countryOf(v, e);
    if (!c && placeKind(e.id) !== 'continent') return { actor: ref(e), place: ref(e), mention: m, placeOnly: true };
    return { actor: c ?? ref(e), place: ref(e), mention: m };
  }
  const c = countryOf(v, e);
  const place = m.place ? v.entities.get(m.place) : undefined;
  if (c) return { actor: c, place: place ? ref(place) : null, mention: m };
  // an organisation with no country (the UN, NATO) acts as itself
  return e.type === 'organisation' ? { actor: ref(e), place: null, mention: m } : null;
}

/**
 * The actors named in a phrase, in order. A possessor or a modifier comes before the head
 * ("Russia's Kursk region" → Russia with place Kursk).
 */
export function actorsIn(v: DocView, r: Range, placesToo = false): ActorHit[] {
  const out: ActorHit[] = [];
  for (const m of v.mentionsIn(r.first, r.last)) {
    const hit = actorOfMention(v, m);
    if (!hit || (hit.placeOnly && !placesToo)) continue;
    const prev = out[out.length - 1];
    // "Russia's Kursk region": the place belongs with the country just before it
    const adjacent = prev && hit.mention.first - prev.mention.last <= 1;
    if (prev && adjacent && hit.place && prev.actor.id === hit.actor.id && !prev.place) {
      prev.place = hit.place;
      continue;
    }
    // a place named apart from its country is a hit of its own when places are asked for
    const seen = out.some((o) => o.actor.id === hit.actor.id && o.actor.name === hit.actor.name);
    if (!seen || (placesToo && hit.place && !out.some((o) => o.place?.id === hit.place!.id))) out.push(hit);
  }
  return out;
}

/** The first actor of a phrase, or null. */
export function actorIn(v: DocView, r: Range | null): ActorHit | null {
  return r ? actorsIn(v, r)[0] ?? null : null;
}

/**
 * "Jamaica has sent 24 soldiers, Guatemala some 150 troops": a side named right before a count,
 * after a comma or "and", is the subject of a clause that leaves out the verb it shares with the
 * one before (gapping). The side for the count at token qf, or null.
 */
export function gappedSubject(v: DocView, qf: number): ActorHit | null {
  const m = v.mention[qf - 1];
  if (!m || m.last !== qf) return null;
  const before = v.tokens[m.first - 1]?.lower;
  if (before !== ',' && before !== 'and') return null;
  const hit = actorOfMention(v, m);
  return hit && !hit.placeOnly && m.entity.type !== 'place' ? hit : null;
}

/** Is the mention at [first, last) a gapped subject (a count, or "a"/"an", right after it: "and Greece a naval team")? */
export const isGappedSubject = (v: DocView, first: number, last: number): boolean => {
  const q = v.quantity[last];
  const counted = q && (q.kind === 'count' || q.kind === 'money') && v.tokenRange(q.start, q.end)[0] === last;
  return Boolean((counted || ['a', 'an'].includes(v.tokens[last]?.lower ?? '')) && gappedSubject(v, last)?.mention.first === first);
};

/**
 * The first actor named right after one of `preps` in [from, hi), past a determiner and a compass
 * word ("in northern Mali", "from Iran", "to the Houthis") that `accept` takes, or null.
 */
export function actorAfterPrep(v: DocView, from: number, hi: number, preps: readonly string[], accept: (h: ActorHit) => boolean): ActorHit | null {
  for (let j = from; j < hi - 1; j++) {
    if (!preps.includes(v.tokens[j].lower)) continue;
    let at = v.tokens[j + 1].pos === 'DET' ? j + 2 : j + 1;
    if (isA('compass', v.tokens[at]?.lower) && v.mention[at]?.first !== at) at++;
    const m = v.mention[at];
    const hit = m && m.first === at ? actorIn(v, { first: m.first, last: m.last }) : null;
    if (hit && accept(hit)) return hit;
  }
  return null;
}
