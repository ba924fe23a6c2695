// From one extraction to the records the ledger keeps: every claim with its bucket, actor keys,
// theme classes, story and claim set, computed once at ingest so that grouping reads plain
// columns. Reviewers' corrections are applied here, to these records, never to the extraction.
import type { ActorRef, ClaimOut, EntityOut, Extraction } from '../format.js';
import { actorKey, NO_ACTOR } from './actors.js';
import { applyFields, correctedFields, inForce, resolveAnchor, type Correction } from './review.js';
import { storiesOf } from './stories.js';
import { themeClasses, themeTokens, unitClassOf } from './themes.js';
import { assignUnits } from './units.js';
import type { LedgerClaim, LedgerQuantity } from './types.js';

export function bucketOf(event: string, agentKey: string, recipientKey: string): string {
  return `${event}|${agentKey}|${recipientKey}`;
}

function quantityOf(c: ClaimOut): LedgerQuantity | null {
  const q = c.quantity;
  if (!q) return null;
  return {
    min: q.min ?? null,
    max: q.max ?? null,
    approximate: !!q.approximate,
    vague: !!q.vague,
    bound: q.bound ?? null,
    unit: q.unit ?? null,
    start: q.start,
    end: q.end,
    text: q.text,
  };
}

/** The country an actor or place belongs to, as a key (country:PS for Gaza), from the entity layer. */
export function countryOf(ref: ActorRef | null, entities: readonly EntityOut[]): string | null {
  if (!ref?.id) return null;
  if (ref.id.startsWith('country:')) return ref.id;
  const e = entities.find((x) => x.id === ref.id);
  return e?.country ? `country:${e.country}` : null;
}

/**
 * Who received what was moved: the recipient, else — for goods or people moved with no recipient
 * named — the country of the place they went to, when it is not the sender's ("nine aid trucks
 * entered Gaza" is received by Palestine, as "five trucks were transferred into Gaza" is).
 */
function recipientKeyOf(c: LedgerClaim, entities: readonly EntityOut[]): string {
  const key = actorKey(c.recipient);
  if (key !== NO_ACTOR || (c.event !== 'transfer' && c.event !== 'deploy')) return key;
  const where = countryOf(c.location, entities);
  return where && where !== countryOf(c.agent, entities) && where !== actorKey(c.agent) ? where : NO_ACTOR;
}

/** Recomputes what the ledger derives from a claim's fields (after extraction or a correction). */
function derive(c: LedgerClaim, entities: readonly EntityOut[]): void {
  c.agentKey = actorKey(c.agent);
  c.recipientKey = recipientKeyOf(c, entities);
  c.bucket = bucketOf(c.event, c.agentKey, c.recipientKey);
  const themeIn = { event: c.event, theme: c.theme, unit: c.quantity?.unit ?? null, trigger: c.trigger?.text ?? null };
  c.themeClasses = themeClasses(themeIn);
  c.themeTokens = themeTokens(themeIn);
  c.unitClass = c.quantity ? unitClassOf(c.themeClasses, c.quantity.unit ?? c.theme) : null;
  if (c.location && !c.locationCountry) c.locationCountry = countryOf(c.location, entities);
}

export function ledgerClaim(c: ClaimOut, ordinal: number, entities: readonly EntityOut[] = []): LedgerClaim {
  const out: LedgerClaim = {
    claimId: c.id,
    ordinal,
    event: c.event,
    bucket: '',
    agent: c.agent ?? null,
    agentKey: NO_ACTOR,
    recipient: c.recipient ?? null,
    recipientKey: NO_ACTOR,
    location: c.location ?? null,
    locationCountry: countryOf(c.location ?? null, entities),
    theme: c.theme ?? null,
    themeClasses: [],
    themeTokens: [],
    unitClass: null,
    quantity: quantityOf(c),
    time: c.time ?? null,
    evidence: { start: c.evidence.start, end: c.evidence.end, text: c.evidence.text },
    trigger: c.trigger ? { start: c.trigger.start, end: c.trigger.end, text: c.trigger.text } : null,
    sources: c.sources ?? [],
    certainty: c.certainty,
    polarity: c.polarity ?? 'positive',
    status: c.status ?? 'unknown',
    rules: c.rules ?? [],
    unitNo: ordinal,
    unitRole: 'single',
    story: null,
    cause: null,
    rejected: false,
    review: [],
    corrected: [],
  };
  derive(out, entities);
  return out;
}

/**
 * Who caused a casualty claim's losses, where the report says: its recipient if the extractor
 * named one, else the agent of a combat claim in the same sentence ("The Rapid Support Forces
 * shelled El Fasher on Sunday, killing at least 30 civilians") that is not the side suffering them.
 */
export function causeOf(x: Extraction, c: ClaimOut): ActorRef | null {
  if (c.event !== 'casualties') return null;
  if (c.recipient) return c.recipient;
  const text = x.document.text;
  const sameSentence = (a: { start: number; end: number }, b: { start: number; end: number }) => {
    const [first, second] = a.start <= b.start ? [a, b] : [b, a];
    return second.start <= first.end || !/[.!?]["”’)]?\s|\n/.test(text.slice(first.end, second.start));
  };
  const sufferer = actorKey(c.agent);
  const combat = x.claims.find((o) => o.event === 'combat' && o.agent && actorKey(o.agent) !== sufferer && o.polarity !== 'negative' && sameSentence(o.evidence, c.evidence));
  return combat?.agent ?? null;
}

/** The place a report is about: its most mentioned place (a city, a region) in a known country. */
export function placeOfReport(entities: readonly EntityOut[]): ActorRef | null {
  let best: EntityOut | null = null;
  for (const e of entities) {
    if (e.type !== 'place' || !e.country || !e.mentions.length) continue;
    if (!best || e.mentions.length > best.mentions.length || (e.mentions.length === best.mentions.length && e.mentions[0].start < best.mentions[0].start)) best = e;
  }
  return best ? { id: best.id, name: best.name } : null;
}

/** Events that happen at a place: with no place of their own, they happened where the report is. */
const PLACED = new Set(['casualties', 'combat']);

/** What reviewers' corrections do to one document: its claims as corrected, and whether it is deleted. */
export interface Reviewed {
  claims: LedgerClaim[];
  deleted: boolean;
  /** Corrections (in force) whose claim could not be found in this extraction. */
  unmatched: number[];
}

/**
 * The ledger's records for every claim of a document, with the corrections that touch it applied
 * (in the order they were made) and claim sets assigned over the claims not rejected.
 */
export function reviewedClaims(x: Extraction, corrections: readonly Correction[] = []): Reviewed {
  const key = x.document.id;
  const stories = storiesOf(x);
  const here = placeOfReport(x.entities);
  const claims = x.claims.map((c, i) => {
    const l = ledgerClaim(c, i, x.entities);
    l.story = stories[i];
    l.cause = causeOf(x, c);
    // "three people were killed at a house party" in a Toledo report happened in Toledo — unless
    // its side is of another country ("Russia launched 188 drones" in a report from Ternopil)
    const side = countryOf(l.agent, x.entities) ?? (l.agent ? actorKey(l.agent) : null);
    if (!l.location && here && PLACED.has(l.event) && (!l.agent || side === countryOf(here, x.entities))) {
      l.location = here;
      l.locationCountry = countryOf(here, x.entities);
      l.rules = [...l.rules, 'ledger:location-of-the-report'];
    }
    return l;
  });
  const raw = claims.map((c) => ({ ...c }));
  const byRaw = new Map(raw.map((r, i) => [r, claims[i]]));
  let deleted = false;
  const unmatched: number[] = [];
  const merged = new Map<LedgerClaim, string>();
  const split = new Map<LedgerClaim, number>();
  for (const k of inForce(corrections)) {
    if (k.kind === 'delete-document') {
      if (k.documents.includes(key)) deleted = true;
      continue;
    }
    const mine = k.claims.filter((a) => a.document === key);
    if (!mine.length) continue;
    for (const a of mine) {
      const found = resolveAnchor(a, raw);
      const c = found ? byRaw.get(found)! : null;
      if (!c) {
        if (!unmatched.includes(k.id)) unmatched.push(k.id);
        continue;
      }
      if (!c.review.includes(k.id)) c.review.push(k.id);
      if (k.kind === 'reject') c.rejected = true;
      if (k.kind === 'correct' && k.fields) {
        applyFields(c, k.fields);
        derive(c, x.entities);
        for (const f of correctedFields(k.fields)) if (!c.corrected.includes(f)) c.corrected.push(f);
      }
      if (k.kind === 'merge' && k.bucket) merged.set(c, k.bucket);
      if (k.kind === 'split') split.set(c, k.id);
    }
  }
  // a merged claim joins the first event's bucket, so that one regroup sees both events
  for (const [c, bucket] of merged) c.bucket = bucket;
  if (deleted) for (const c of claims) c.rejected = true;
  // claims split off an event never share a claim set with those left in it
  const live = claims.filter((c) => !c.rejected);
  let next = 0;
  for (const tag of [...new Set(live.map((c) => split.get(c) ?? 0))]) next = assignUnits(live.filter((c) => (split.get(c) ?? 0) === tag), next);
  return { claims, deleted, unmatched };
}

/** The ledger's records for every claim of a document, with claim sets assigned. */
export function ledgerClaims(x: Extraction): LedgerClaim[] {
  return reviewedClaims(x).claims;
}
