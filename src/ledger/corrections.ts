// Review and correction with an audit trail: what the CLI (`dossier review …`), the API
// (POST /api/corrections) and the page call. Each operation checks what it names, stores one
// correction (who, when, why, the claims it is about) and re-derives the ledger records of every
// document it touches from the stored extraction plus all of that document's corrections, in one
// transaction; then it regroups. The extraction itself is never edited, so `reindex`, a new
// version of a document and any later correction re-apply every correction in force.
import type { ClaimOut } from '../format.js';
import type { Store } from '../store/store.js';
import { prepareDocument } from './ingest.js';
import { getEvent } from './query.js';
import { regroup } from './regroup.js';
import { anchorOf, CORRECTION_KINDS, type ClaimAnchor, type Correction, type CorrectionFields, type NewCorrection } from './review.js';
import { ReviewError } from './review-input.js';

export { ReviewError } from './review-input.js';

/** Who makes a correction and why: both required, as in any audit trail. */
export interface Reviewer {
  author: string;
  reason: string;
}

export interface ClaimRef {
  document: string;
  claim: string;
}

export interface ReviewResult {
  correction: Correction;
  /** The events that now hold the claims it names (after regrouping). */
  events: string[];
}

function checkReviewer(r: Reviewer): Reviewer {
  const author = (r.author ?? '').trim();
  const reason = (r.reason ?? '').trim();
  if (!author) throw new ReviewError('author: expected who makes the correction (a name or initials), found nothing');
  if (!reason) throw new ReviewError('reason: expected why (it stays in the event\'s history), found nothing');
  if (author.length > 200 || reason.length > 2000) throw new ReviewError('author or reason: expected at most 200 and 2,000 characters');
  return { author, reason };
}

/** The anchors of claims named by document and claim id, checked against the stored extractions. */
async function anchors(store: Store, refs: ClaimRef[]): Promise<ClaimAnchor[]> {
  const byDoc = new Map<string, ClaimOut[]>();
  const out: ClaimAnchor[] = [];
  for (const r of refs) {
    let claims = byDoc.get(r.document);
    if (!claims) {
      const x = await store.getExtraction(r.document);
      if (!x) throw new ReviewError(`no document "${r.document}"; "dossier search" or GET /api/documents lists them`, true);
      claims = x.claims;
      byDoc.set(r.document, claims);
    }
    const c = claims.find((k) => k.id === r.claim);
    if (!c) throw new ReviewError(`no claim "${r.claim}" in ${r.document}; it has ${claims.map((k) => k.id).join(', ') || 'no claims'}`, true);
    out.push(anchorOf(r.document, c));
  }
  return out;
}

/** Re-derives the ledger records of these documents from their extractions and corrections. */
async function rederive(store: Store, documents: string[]): Promise<void> {
  for (const key of new Set(documents)) {
    const d = await store.latestByKey(key);
    const x = d && (await store.getExtraction(key));
    if (!d || !x) continue;
    await store.replaceExtraction(d.rowid, prepareDocument(key, d.hash, x, await store.corrections({ document: key })));
  }
}

async function record(store: Store, c: NewCorrection): Promise<ReviewResult> {
  const correction = await store.batch(async () => {
    const stored = await store.addCorrection(c);
    await rederive(store, c.documents);
    return stored;
  });
  await regroup(store);
  const events = new Set<string>();
  const byDoc = new Map<string, string[]>();
  for (const a of c.claims) byDoc.set(a.document, [...(byDoc.get(a.document) ?? []), a.claim]);
  for (const [doc, ids] of byDoc) for (const m of await store.claimEvents(doc, ids)) events.add(m.event);
  return { correction, events: [...events] };
}

async function eventsHolding(store: Store, refs: ClaimRef[]): Promise<string[]> {
  const out = new Set<string>();
  for (const r of refs) for (const m of await store.claimEvents(r.document, [r.claim])) out.add(m.event);
  return [...out];
}

/** Rejects a claim: it stays in its document and its event, marked, and leaves the figures. */
export async function rejectClaim(store: Store, ref: ClaimRef, who: Reviewer): Promise<ReviewResult> {
  const r = checkReviewer(who);
  const claims = await anchors(store, [ref]);
  return record(store, { kind: 'reject', ...r, documents: [ref.document], claims, events: await eventsHolding(store, [ref]) });
}

/** Corrects fields of a claim (agent, recipient, figure, source, certainty, time …). */
export async function correctClaim(store: Store, ref: ClaimRef, fields: CorrectionFields, who: Reviewer): Promise<ReviewResult> {
  const r = checkReviewer(who);
  if (!Object.keys(fields).length) throw new ReviewError('fields: expected at least one field to correct, found none');
  const claims = await anchors(store, [ref]);
  return record(store, { kind: 'correct', ...r, documents: [ref.document], claims, fields, events: await eventsHolding(store, [ref]) });
}

async function eventOrFail(store: Store, id: string) {
  const e = await getEvent(store, id);
  if (!e) throw new ReviewError(`no event "${id}"; "dossier events" lists them`, true);
  return e;
}

const counted = (e: { reports: { document: string; claim: string; rejected?: boolean }[] }): ClaimRef[] =>
  e.reports.filter((r) => !r.rejected).map((r) => ({ document: r.document, claim: r.claim }));

/** Merges two events into one: the second's reports join the first's (the first's bucket). */
export async function mergeEvents(store: Store, first: string, second: string, who: Reviewer): Promise<ReviewResult> {
  const r = checkReviewer(who);
  const a = await eventOrFail(store, first);
  const b = await eventOrFail(store, second);
  if (a.id === b.id) throw new ReviewError(`merge: expected two different events, found ${a.id} twice`);
  const refs = [...counted(a), ...counted(b)];
  const claims = await anchors(store, refs);
  return record(store, { kind: 'merge', ...r, documents: refs.map((x) => x.document), claims, bucket: a.bucket, events: [a.id, b.id] });
}

/** Splits reports off an event into an event of their own. */
export async function splitEvent(store: Store, id: string, refs: ClaimRef[], who: Reviewer): Promise<ReviewResult> {
  const r = checkReviewer(who);
  const e = await eventOrFail(store, id);
  if (!refs.length) throw new ReviewError('split: expected the reports (document and claim) to split off, found none');
  const members = counted(e);
  for (const x of refs) {
    if (!members.some((m) => m.document === x.document && m.claim === x.claim)) {
      throw new ReviewError(`split: ${x.claim} of ${x.document} is not a counted report of ${e.id}`);
    }
  }
  if (refs.length >= members.length) throw new ReviewError(`split: expected some of the ${members.length} reports of ${e.id} to stay, found all of them named`);
  const claims = await anchors(store, refs);
  return record(store, { kind: 'split', ...r, documents: refs.map((x) => x.document), claims, events: [e.id] });
}

/** Deletes a document from the ledger, search and listings; it stays stored, and stays deleted if ingested again. */
export async function deleteDocument(store: Store, key: string, who: Reviewer): Promise<ReviewResult> {
  const r = checkReviewer(who);
  const d = await store.latestByKey(key);
  if (!d) throw new ReviewError(`no document "${key}"; "dossier search" or GET /api/documents lists them`, true);
  if (d.deleted) throw new ReviewError(`${key} is already deleted`);
  const x = await store.getExtraction(key);
  const refs = (x?.claims ?? []).map((c) => ({ document: key, claim: c.id }));
  return record(store, { kind: 'delete-document', ...r, documents: [key], claims: [], events: await eventsHolding(store, refs) });
}

/** Undoes a correction (a revert is a correction too, with its own who, when and why). */
export async function revertCorrection(store: Store, id: number, who: Reviewer): Promise<ReviewResult> {
  const r = checkReviewer(who);
  const [target] = await store.corrections({ ids: [id] });
  if (!target) throw new ReviewError(`no correction #${id}; "dossier review list" shows them`, true);
  return record(store, { kind: 'revert', ...r, documents: target.documents, claims: target.claims, target: id, events: target.events });
}

export interface CorrectionFilter {
  document?: string;
  event?: string;
}

/** Corrections, oldest first: all, a document's, or those in an event's history. */
export async function listCorrections(store: Store, f: CorrectionFilter = {}): Promise<Correction[]> {
  if (f.event) {
    const e = await eventOrFail(store, f.event);
    const ids = e.history.map((h) => h.id);
    return store.corrections({ ids });
  }
  return store.corrections(f.document ? { document: f.document } : {});
}

export function isCorrectionKind(k: string): k is (typeof CORRECTION_KINDS)[number] {
  return (CORRECTION_KINDS as readonly string[]).includes(k);
}
