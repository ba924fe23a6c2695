// One group of claim sets → the event as the ledger shows it: every report with its outlet, date
// and chain, the distinct original sources, the range of figures, the first report, whether the
// reports disagree (and by which rule), whose losses a casualty count is, what the event is about
// in words, and the reviewers' corrections that touched it. Rejected reports are shown with the
// event but never counted in it.
import { createHash } from 'node:crypto';
import type { ActorRef } from '../format.js';
import { COPY_SIMILARITY, similarity } from './copies.js';
import { headline } from './describe.js';
import { disagreement } from './disagree.js';
import type { Unit } from './group.js';
import { describeCorrection, type Correction } from './review.js';
import { originalSource, ownVoice, type SourceName } from './sources.js';
import type { ClaimRow, DocInfo, HistoryEntry, LedgerEvent, ReportOut } from './types.js';
import { setQuantity } from './units.js';

export function eventId(bucket: string, first: ClaimRow, salt = ''): string {
  return 'ev-' + createHash('sha1').update(`${bucket}\u0000${first.doc.key}\u0000${first.claimId}${salt ? `\u0000${salt}` : ''}`).digest('hex').slice(0, 12);
}

/**
 * Documents in the outlet's own voice whose texts are near-identical copies, clustered: a
 * cluster counts as one source, the wire agency one member credits, else the earliest outlet.
 */
export function copySources(docs: DocInfo[]): Map<number, { source: SourceName; via: string | null }> {
  const out = new Map<number, { source: SourceName; via: string | null }>();
  const clusters: DocInfo[][] = [];
  for (const d of docs) {
    const home = d.signature && clusters.find((c) => c.some((m) => m.signature && similarity(m.signature, d.signature!) >= COPY_SIMILARITY));
    if (home) home.push(d);
    else clusters.push([d]);
  }
  for (const c of clusters) {
    const wire = c.find((d) => d.wire)?.wire ?? null;
    const first = c[0];
    const source = originalSource({ sources: [] }, { outlet: wire ? null : first.outlet, wire, key: first.key, url: first.url, title: first.title });
    for (const d of c) out.set(d.rowid, { source, via: wire ?? (d === first ? null : first.outlet ?? 'an unnamed outlet') });
  }
  return out;
}

function mostFrequent(refs: (ActorRef | null)[]): ActorRef | null {
  const counts = new Map<string, { ref: ActorRef; n: number }>();
  for (const r of refs) {
    if (!r) continue;
    const k = r.id ?? r.name;
    const e = counts.get(k);
    if (e) e.n++;
    else counts.set(k, { ref: r, n: 1 });
  }
  let best: { ref: ActorRef; n: number } | null = null;
  for (const e of counts.values()) if (!best || e.n > best.n) best = e;
  return best?.ref ?? null;
}

function latestStatus(units: Unit[]): LedgerEvent['status'] {
  const has = (s: string) => units.some((u) => u.status === s && u.polarity === 'positive');
  return has('done') ? 'done' : has('ongoing') ? 'ongoing' : has('planned') ? 'planned' : 'unknown';
}

export interface SummaryContext {
  /** Every correction by id (reverts and reverted ones too: the history shows them all). */
  corrections?: ReadonlyMap<number, Correction>;
  /** The event's id when it is not made from its first claim (after a merge or a split). */
  id?: string;
}

/** Corrections touching the event: those applied to its claims, and those made on it by id. */
function historyOf(id: string, claims: ClaimRow[], ctx: SummaryContext): HistoryEntry[] {
  const all = ctx.corrections;
  if (!all?.size) return [];
  const ids = new Set(claims.flatMap((c) => c.review));
  for (const c of all.values()) if (c.events?.includes(id)) ids.add(c.id);
  // a revert belongs where what it undid belonged
  for (const c of all.values()) if (c.kind === 'revert' && c.target != null && ids.has(c.target)) ids.add(c.id);
  return [...ids]
    .sort((a, b) => a - b)
    .map((k) => all.get(k))
    .filter((c): c is Correction => !!c)
    .map((c) => ({ id: c.id, kind: c.kind, author: c.author, at: c.created_at, reason: c.reason, what: describeCorrection(c) }));
}

export function summarise(bucket: string, units: Unit[], ghosts: Unit[] = [], ctx: SummaryContext = {}): LedgerEvent {
  const claims = units.flatMap((u) => u.claims);
  const first = claims[0];
  const shown = [...units, ...ghosts];
  const everyClaim = shown.flatMap((u) => u.claims);
  const ownVoiced = [...new Map(everyClaim.filter((c) => ownVoice(c)).map((c) => [c.doc.rowid, c.doc])).values()];
  const copies = copySources(ownVoiced);
  const sourceOfClaim = (c: ClaimRow): { source: SourceName; via: string | null } =>
    ownVoice(c) ? copies.get(c.doc.rowid)! : { source: originalSource(c, c.doc), via: c.doc.wire };
  // compared pairwise when looking for a disagreement: each unit's source is worked out once
  const sources = new Map<Unit, SourceName>();
  const sourceOf = (u: Unit) => {
    let s = sources.get(u);
    if (!s) sources.set(u, (s = sourceOfClaim(u.claims[0]).source));
    return s;
  };

  // distinct original sources of the reports counted; two unnamed outlets are two, named apart
  const originals = new Map<string, string>();
  const named = new Set<string>();
  for (const c of claims) {
    const { source } = sourceOfClaim(c);
    if (originals.has(source.key)) continue;
    let name = source.name;
    for (let n = 2; named.has(name); n++) name = `${source.name} (${n})`;
    named.add(name);
    originals.set(source.key, name);
  }

  const report = (u: Unit, rejected: boolean): ReportOut[] => {
    const total = u.claims.length > 1 ? setQuantity(u.claims) : null;
    return u.claims.map((c) => {
      const { source, via } = sourceOfClaim(c);
      return {
        document: c.doc.key,
        version: c.doc.version,
        outlet: c.doc.outlet,
        published: c.doc.published,
        url: c.doc.url,
        claim: c.claimId,
        quote: c.evidence.text,
        evidence: c.evidence,
        sources: c.sources.map((s) => s.name),
        original_source: originals.get(source.key) ?? source.name,
        via: via ?? (c.story && c.story !== c.sources[0]?.name && !c.sources.some((s) => s.name === c.story) ? c.story : null),
        quantity: c.quantity
          ? { min: c.quantity.min, max: c.quantity.max, approximate: c.quantity.approximate, vague: c.quantity.vague, unit: c.quantity.unit, text: c.quantity.text }
          : null,
        set_total: total && c.unitRole !== 'total' ? { min: total.min, max: total.max } : null,
        time: c.time ? { value: c.time.value, text: c.time.text, from: c.time.from ?? null, to: c.time.to ?? null } : null,
        certainty: c.certainty,
        polarity: c.polarity,
        status: c.status,
        rejected,
        corrected: c.corrected,
        corrections: c.review,
      };
    });
  };
  const reports: ReportOut[] = [...units.flatMap((u) => report(u, false)), ...ghosts.flatMap((u) => report(u, true))];

  // the range of figures: precise ones when there are any ("thousands" only widens it needlessly)
  const numbered = units.filter((u) => u.polarity === 'positive' && u.quantity && u.quantity.min != null);
  const precise = numbered.filter((u) => !u.quantity!.vague);
  const ranged = precise.length ? precise : numbered;
  const firstNumbered = numbered[0];
  const timed = claims.find((c) => c.time?.from || c.time?.to);
  const published = claims.map((c) => c.doc.published).filter((p): p is string => !!p).sort();
  const verdict = disagreement(units, sourceOf);
  const id = ctx.id ?? eventId(bucket, first);
  const agent = mostFrequent(claims.map((c) => c.agent));
  const casualties = first.event === 'casualties';
  const event: LedgerEvent = {
    id,
    bucket,
    event: first.event,
    agent,
    recipient: mostFrequent(claims.map((c) => c.recipient)),
    location: mostFrequent(claims.map((c) => c.location)),
    unit: firstNumbered?.quantity?.unit ?? first.quantity?.unit ?? first.theme,
    unit_class: units.find((u) => u.theme.classes.length)?.theme.classes[0] ?? null,
    min: ranged.length ? Math.min(...ranged.map((u) => u.quantity!.min!)) : null,
    max: ranged.length ? Math.max(...ranged.map((u) => u.quantity!.max ?? u.quantity!.min!)) : null,
    approximate: ranged.some((u) => u.quantity!.approximate),
    status: latestStatus(units),
    time: timed?.time ? { from: timed.time.from ?? null, to: timed.time.to ?? null, text: timed.time.text } : null,
    first_reported: published[0] ?? null,
    last_reported: published[published.length - 1] ?? null,
    first_document: first.doc.key,
    n_reports: claims.length,
    reports,
    original_sources: [...originals.values()],
    ...verdict,
    losses_of: casualties ? agent : null,
    caused_by: casualties ? mostFrequent(claims.map((c) => c.cause)) : null,
    headline: '',
    history: historyOf(id, everyClaim, ctx),
  };
  event.headline = headline(event, first.evidence.text);
  return event;
}
