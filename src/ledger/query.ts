// Reading the ledger: events, one event's provenance, estimate series, search and actor lookup.
// These are what the CLI and the HTTP server call; lists are paginated with limit/offset.
import type { EventType } from '../format.js';
import type { EventFilter, Page, Paged, SearchHit, Store } from '../store/store.js';
import { actorAlias, NO_ACTOR } from './actors.js';
import { isCalendarDate } from './dates.js';
import { gazetteerIds } from './gazetteer.js';
import { buildUnits } from './group.js';
import { originalSource } from './sources.js';
import { classMatches, classOfUnitWord, unitClassOf } from './themes.js';
import type { EstimateOut, LedgerEvent } from './types.js';

export const EVENT_TYPES: readonly EventType[] = ['deploy', 'transfer', 'casualties', 'combat', 'recruit', 'agreement', 'meeting', 'other'];

export class QueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueryError';
  }
}

/** A gazetteer look-up (name or alias → entity ids); the entity layer's by default. */
export type ActorLookup = (name: string) => string[];
let gazetteer: ActorLookup = gazetteerIds;
export function useActorLookup(fn: ActorLookup | null): void {
  gazetteer = fn ?? (() => []);
}

/**
 * Actor keys for what a user typed: an id ("country:KP"), a name or an alias the stored
 * documents use or the entity layer knows ("North Korea", "DPRK", "Pyongyang"), or "none" for
 * claims without that actor.
 */
export async function resolveActor(store: Store, text: string): Promise<string[]> {
  const t = text.trim();
  if (!t) throw new QueryError('actor: expected a name, alias or id such as "North Korea", "DPRK" or "country:KP", found nothing');
  if (/^(?:none|-)$/i.test(t)) return [NO_ACTOR];
  if (/^[a-z]+:\S/.test(t)) return [t];
  const alias = actorAlias(t);
  const keys = new Set(await store.actorKeys(alias));
  for (const id of gazetteer(t)) keys.add(id);
  keys.add(`name:${alias}`);
  return [...keys];
}

export function checkEventType(e: string | undefined): EventType | undefined {
  if (e == null) return undefined;
  if (!(EVENT_TYPES as readonly string[]).includes(e)) throw new QueryError(`event: expected one of ${EVENT_TYPES.join(', ')}, found "${e}"`);
  return e as EventType;
}

export function checkDate(name: string, d: string | undefined): string | undefined {
  if (d == null) return undefined;
  if (!isCalendarDate(d)) throw new QueryError(`${name}: expected an ISO date such as 2025-06-26, found "${d}"`);
  return d;
}

export interface EventQuery extends Page {
  agent?: string;
  recipient?: string;
  event?: string;
  since?: string;
  until?: string;
  disagreement?: boolean;
}

export async function listEvents(store: Store, q: EventQuery = {}): Promise<Paged<LedgerEvent>> {
  const filter: EventFilter = {
    event: checkEventType(q.event),
    since: checkDate('since', q.since),
    until: checkDate('until', q.until),
    disagreement: q.disagreement,
  };
  if (q.agent) filter.agentKeys = await resolveActor(store, q.agent);
  if (q.recipient) filter.recipientKeys = await resolveActor(store, q.recipient);
  return store.listEvents(filter, { limit: q.limit, offset: q.offset });
}

export async function getEvent(store: Store, id: string): Promise<LedgerEvent | null> {
  const e = await store.getEvent(id);
  if (!e) return null;
  // provenance reads in date order
  e.reports.sort((a, b) => (a.published ?? '\uffff').localeCompare(b.published ?? '\uffff') || a.document.localeCompare(b.document));
  return e;
}

export interface Measure {
  agent: string;
  event: string;
  recipient?: string | null;
  /** A unit word such as troops, casualties, killed, shells, USD. */
  unit?: string | null;
}

/**
 * The estimates of one measure over publication date: one point per claim set of each report
 * (a report's "1,000 sappers and 5,000 workers" is one estimate of 6,000), with its original source.
 */
export async function estimateSeries(store: Store, m: Measure): Promise<EstimateOut[]> {
  const event = checkEventType(m.event);
  if (!event) throw new QueryError('event: expected one of ' + EVENT_TYPES.join(', '));
  const agentKeys = await resolveActor(store, m.agent);
  const recipientKeys = m.recipient ? await resolveActor(store, m.recipient) : null;
  let wanted: string | null = null;
  if (m.unit) {
    wanted = classOfUnitWord(m.unit);
    if (!wanted) wanted = `word:${m.unit.toLowerCase()}`;
  }
  const rows = await store.measureClaims({ event, agentKeys, recipientKeys });
  const units = buildUnits(rows).filter((u) => {
    if (u.polarity !== 'positive' || !u.quantity || u.quantity.min == null) return false;
    if (!wanted) return true;
    if (wanted.startsWith('word:')) return u.claims.some((c) => (c.quantity?.unit ?? c.theme ?? '').toLowerCase().includes(wanted!.slice(5)));
    return classMatches(u.theme.classes, wanted);
  });
  return units.map((u) => {
    const first = u.claims[0];
    const timed = u.claims.find((c) => c.time);
    return {
      published: u.doc.published,
      document: u.doc.key,
      outlet: u.doc.outlet,
      original_source: originalSource(first, first.doc).name,
      min: u.quantity!.min,
      max: u.quantity!.max,
      approximate: u.quantity!.approximate,
      vague: u.quantity!.vague,
      unit: u.quantity!.unit,
      unit_class: unitClassOf(u.theme.classes, u.quantity!.unit) ?? 'unit:?',
      time: timed?.time ? { value: timed.time.value, text: timed.time.text, from: timed.time.from ?? null, to: timed.time.to ?? null } : null,
      status: first.status,
      certainty: first.certainty,
      claims: u.claims.map((c) => c.claimId),
      quote: first.evidence.text,
    };
  });
}

/** Words and "quoted phrases" of a query; FTS operators are not passed through. */
export function queryTerms(q: string): string[] {
  return (q.match(/"[^"]+"|\S+/g) ?? [])
    .map((t) => t.replace(/^"|"$/g, '').replace(/[^\p{L}\p{N}\s'-]+/gu, ' ').trim())
    .filter(Boolean);
}

export interface SearchResult {
  documents: Paged<SearchHit>;
  claims: Paged<SearchHit>;
}

export async function search(store: Store, q: string, page: Page = {}): Promise<SearchResult> {
  const terms = queryTerms(q);
  if (!terms.length) throw new QueryError(`search: expected words to look for, found ${JSON.stringify(q)}`);
  const [documents, claims] = [await store.searchDocuments(terms, page), await store.searchClaims(terms, page)];
  return { documents, claims };
}
