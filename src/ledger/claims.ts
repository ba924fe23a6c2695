// From one extraction to the records the ledger keeps: every claim with its bucket, actor keys,
// theme classes and claim set, computed once at ingest so that grouping reads plain columns.
import type { ClaimOut, Extraction } from '../format.js';
import { actorKey } from './actors.js';
import { themeClasses, themeTokens } from './themes.js';
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

export function ledgerClaim(c: ClaimOut, ordinal: number): LedgerClaim {
  const agentKey = actorKey(c.agent);
  const recipientKey = actorKey(c.recipient);
  const quantity = quantityOf(c);
  const themeIn = { event: c.event, theme: c.theme ?? null, unit: quantity?.unit ?? null, trigger: c.trigger?.text ?? null };
  return {
    claimId: c.id,
    ordinal,
    event: c.event,
    bucket: bucketOf(c.event, agentKey, recipientKey),
    agent: c.agent ?? null,
    agentKey,
    recipient: c.recipient ?? null,
    recipientKey,
    location: c.location ?? null,
    theme: c.theme ?? null,
    themeClasses: themeClasses(themeIn),
    themeTokens: themeTokens(themeIn),
    quantity,
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
  };
}

/** The ledger's records for every claim of a document, with claim sets assigned. */
export function ledgerClaims(x: Extraction): LedgerClaim[] {
  const claims = x.claims.map(ledgerClaim);
  assignUnits(claims);
  return claims;
}
