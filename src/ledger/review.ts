// Reviewers' corrections, as ACLED coders and the Kiel tracker keep them: reject a claim, correct a
// field, merge two events, split one, delete a document. A correction is stored beside the
// extraction (never editing it) with who, when and why, and names the claims it is about by an
// anchor (document, claim id, event, evidence and figure as written), so that it finds its claim
// again after `reindex` or a new version of the document renumbers the claims. Applying them is a
// pure function of the extracted claims and the corrections: the same inputs give the same ledger.
import type { ActorRef, ClaimOut } from '../format.js';
import type { ClaimAnchor, Correction, CorrectionFields, CorrectionKind, FigureValue, TimeValue } from '../store/model.js';
import type { LedgerClaim } from './types.js';

// the records themselves are the store's (src/store/model.ts): it keeps them
export type { ClaimAnchor, Correction, CorrectionFields, CorrectionKind, FigureValue, NewCorrection, TimeValue } from '../store/model.js';

export const CORRECTION_KINDS: readonly CorrectionKind[] = ['reject', 'correct', 'merge', 'split', 'delete-document', 'revert'];
export const CORRECTABLE = ['event', 'agent', 'recipient', 'location', 'figure', 'source', 'certainty', 'polarity', 'status', 'time'] as const;
export type CorrectableField = (typeof CORRECTABLE)[number];

/** The corrections still in force: those no later "revert" undid (a reverted revert is in force again). */
export function inForce(corrections: readonly Correction[]): Correction[] {
  const sorted = [...corrections].sort((a, b) => a.id - b.id);
  const undone = new Set<number>();
  for (const c of [...sorted].reverse()) {
    if (c.kind === 'revert' && !undone.has(c.id) && c.target != null) undone.add(c.target);
  }
  return sorted.filter((c) => c.kind !== 'revert' && !undone.has(c.id));
}

export function anchorOf(document: string, c: Pick<ClaimOut, 'id' | 'event' | 'evidence' | 'quantity'>): ClaimAnchor {
  return {
    document,
    claim: c.id,
    event: c.event,
    evidence: { start: c.evidence.start, end: c.evidence.end, text: c.evidence.text },
    quantity: c.quantity?.text ?? null,
  };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The claim an anchor names among a document's extracted claims (as extracted, before any
 * correction): the same id and evidence; else the same evidence and event (the nearest); else the
 * same event and figure in an overlapping span; else the same id and event in an overlapping span.
 * Null when the text or the extractor changed so much that none fits (the correction is kept and
 * shown as unmatched, never dropped).
 */
export function resolveAnchor(a: ClaimAnchor, claims: readonly LedgerClaim[]): LedgerClaim | null {
  const exact = claims.find((c) => c.claimId === a.claim && c.evidence.text === a.evidence.text);
  if (exact) return exact;
  const near = (list: LedgerClaim[]) => list.sort((x, y) => Math.abs(x.evidence.start - a.evidence.start) - Math.abs(y.evidence.start - a.evidence.start))[0] ?? null;
  const same = near(claims.filter((c) => c.event === a.event && c.evidence.text === a.evidence.text));
  if (same) return same;
  if (a.quantity) {
    const figure = near(claims.filter((c) => c.event === a.event && c.quantity?.text === a.quantity && overlaps(c.evidence, a.evidence)));
    if (figure) return figure;
  }
  return claims.find((c) => c.claimId === a.claim && c.event === a.event && overlaps(c.evidence, a.evidence)) ?? null;
}

/** Which fields a correction sets. */
export function correctedFields(f: CorrectionFields | undefined): CorrectableField[] {
  return CORRECTABLE.filter((k) => f && k in f);
}

/** Sets the corrected fields on a ledger claim (its derived keys are recomputed by the caller). */
export function applyFields(c: LedgerClaim, f: CorrectionFields): void {
  if (f.event) c.event = f.event;
  if ('agent' in f) c.agent = f.agent ?? null;
  if ('recipient' in f) c.recipient = f.recipient ?? null;
  if ('location' in f) {
    c.location = f.location ?? null;
    c.locationCountry = f.location?.id?.startsWith('country:') ? f.location.id : null;
  }
  if ('figure' in f) {
    const q = f.figure;
    const at = c.quantity ?? { start: c.evidence.start, end: c.evidence.end, text: c.evidence.text };
    c.quantity = q
      ? { min: q.min, max: q.max ?? q.min, approximate: q.approximate, vague: false, bound: q.bound, unit: q.unit, start: at.start, end: at.end, text: at.text }
      : null;
    if (q?.unit) c.theme = q.unit;
  }
  if ('source' in f) {
    const first = c.sources[0];
    c.sources = f.source == null ? [] : [{ name: f.source, id: null, cue: 'corrected', start: first?.start ?? c.evidence.start, end: first?.end ?? c.evidence.start }, ...c.sources.slice(1)];
    c.story = null;
  }
  if (f.certainty) c.certainty = f.certainty;
  if (f.polarity) c.polarity = f.polarity;
  if (f.status) c.status = f.status;
  if ('time' in f) {
    const t = f.time;
    const at = c.time ?? { start: c.evidence.start, end: c.evidence.start };
    c.time = t ? { value: t.value, from: t.from, to: t.to, text: t.text, start: at.start, end: at.end } : null;
  }
}

/** A correction in words, for an event's history and `dossier review list`. */
export function describeCorrection(c: Correction): string {
  const claim = (a: ClaimAnchor) => `${a.claim} of ${a.document} (“${a.evidence.text.length > 70 ? a.evidence.text.slice(0, 69) + '…' : a.evidence.text}”)`;
  switch (c.kind) {
    case 'reject':
      return `rejected ${c.claims.map(claim).join(', ')}`;
    case 'correct':
      return `corrected ${describeFields(c.fields)} on ${c.claims.map(claim).join(', ')}`;
    case 'merge':
      return `merged ${c.events?.length ? c.events.join(' and ') : 'events'} (${c.claims.length} claims)`;
    case 'split':
      return `split ${c.claims.length} claim${c.claims.length === 1 ? '' : 's'} off ${c.events?.[0] ?? 'an event'}: ${c.claims.map((a) => `${a.claim} of ${a.document}`).join(', ')}`;
    case 'delete-document':
      return `deleted the document ${c.documents.join(', ')}`;
    case 'revert':
      return `reverted correction #${c.target}`;
  }
}

function describeFields(f: CorrectionFields | undefined): string {
  if (!f) return 'nothing';
  const actor = (a: ActorRef | null | undefined) => a?.name ?? 'none';
  return correctedFields(f)
    .map((k) => {
      const v = f[k];
      if (k === 'agent' || k === 'recipient' || k === 'location') return `${k} → ${actor(v as ActorRef | null)}`;
      if (k === 'figure') {
        const q = v as FigureValue | null;
        if (!q) return 'figure → none';
        const range = q.min === q.max || q.max == null ? `${q.min}` : `${q.min}–${q.max}`;
        return `figure → ${q.bound === 'at-least' ? '≥' : q.bound === 'at-most' ? '≤' : q.approximate ? '~' : ''}${range}${q.unit ? ` ${q.unit}` : ''}`;
      }
      if (k === 'time') return `time → ${(v as TimeValue | null)?.text ?? 'none'}`;
      if (k === 'source') return `source → ${v ?? "the outlet's own voice"}`;
      return `${k} → ${String(v)}`;
    })
    .join(', ');
}
