// The learned refiner: after the rules have built a document's claims, the models (model.ts)
// decide, claim by claim in document order, whether a count is a claim, its event type, its agent
// and recipient, and its original source — each among candidates the rules and the sentence offer,
// with the rules' own choice as one of the features. Without models the rules' claims pass
// unchanged (and counts no rule claimed are dropped). A tracer sees every decision with its
// candidates and features: that is how `npm run train` builds its training examples.
import type { ActorRef, ClaimOut, EventType } from '../../../format.js';
import { binaryScore, classify, models, rank } from './model.js';
import { claimFeatures, eventFeatures } from './features.js';
import { roleCandidates, type Role, type RoleCandidate } from './roles.js';
import { sourceCandidates, type SourceCandidate } from './sources.js';
import { siteOf, type DocContext } from './site.js';

export interface TraceRecord {
  docId: string;
  /** the claim as it stood when the decisions were made (rules', or the candidate's) */
  claim: ClaimOut;
  candidate: boolean;
  detect: string[] | null;
  event: string[];
  agent: RoleCandidate[];
  recipient: RoleCandidate[];
  source: SourceCandidate[];
}

let tracer: ((r: TraceRecord) => void) | null = null;
/** Sees every decision (training); null switches it off. */
export function traceDecisions(fn: ((r: TraceRecord) => void) | null): void {
  tracer = fn;
}
export const tracing = () => tracer !== null;

const CANDIDATE_RULE = 'candidate:unclaimed';
export const isCandidate = (c: ClaimOut) => c.rules.includes(CANDIDATE_RULE);
export { CANDIDATE_RULE };

const sameActor = (a: ActorRef | null, b: ActorRef | null) => (a?.id ?? a?.name ?? null) === (b?.id ?? b?.name ?? null);

/** Decides every claim in turn; returns the kept claims. */
export function decideClaims(ctx: DocContext, claims: ClaimOut[]): ClaimOut[] {
  const m = models();
  if (!m && !tracer) return claims.filter((c) => !isCandidate(c));
  const kept: ClaimOut[] = [];
  const inSource = sourceTokens(ctx);
  for (const claim of claims) {
    const candidate = isCandidate(claim);
    const site = siteOf(ctx.v, claim, candidate);
    const base = claimFeatures(ctx, site);
    const counted = claim.quantity?.min != null;
    if (counted && m?.detect) {
      const p = binaryScore(m.detect, base);
      if (p < m.detect.threshold && !tracer) continue;
      if (p < m.detect.threshold) claim.rules = [...claim.rules, 'learned:dropped'];
    } else if (candidate && !tracer) continue;
    const evf = eventFeatures(ctx, site, base);
    if (m?.event && (counted || candidate)) {
      const { label, probs } = classify(m.event, evf);
      const pRule = probs[m.event.classes.indexOf(claim.event)] ?? 0;
      if (label !== claim.event && (candidate || pRule < gate(m.event.keep, 'EVENT'))) {
        claim.event = label as EventType;
        claim.rules = [...claim.rules, `learned:event`];
      }
    }
    const record: TraceRecord = { docId: ctx.v.doc.meta.id, claim: structuredClone(claim), candidate, detect: counted ? base : null, event: evf, agent: [], recipient: [], source: [] };
    for (const role of ['agent', 'recipient'] as Role[]) {
      const cands = roleCandidates(ctx, site, role, kept, inSource);
      record[role] = cands;
      const model = m?.[role];
      if (!model) continue;
      const p = rank(model, cands.map((c) => c.features));
      const best = cands[p.indexOf(Math.max(...p))];
      const pRule = p[cands.findIndex((c) => sameActor(c.actor, claim[role]))] ?? 0;
      const fill = process.env.DOSSIER_FILL === '1' && claim[role] === null && best.actor !== null;
      if (!sameActor(best.actor, claim[role]) && (candidate || fill || pRule < gate(model.keep, role.toUpperCase()))) {
        claim[role] = best.actor;
        claim.rules = [...claim.rules, `learned:${role}`];
      }
    }
    if (claim.agent && claim.recipient && sameActor(claim.agent, claim.recipient)) claim.recipient = null;
    const sources = sourceCandidates(ctx, site);
    record.source = sources;
    if (m?.source) {
      const p = rank(m.source, sources.map((c) => c.features));
      const best = sources[p.indexOf(Math.max(...p))];
      const chain = best.chain ?? [];
      const ruleAt = sources.findIndex((c) => (c.chain?.[0]?.name ?? null) === (claim.sources[0]?.name ?? null));
      const fill = process.env.DOSSIER_FILL === '1' && !claim.sources.length && chain.length > 0;
      if ((chain[0]?.name ?? null) !== (claim.sources[0]?.name ?? null) && (candidate || fill || (p[ruleAt] ?? 0) < gate(m.source.keep, 'SOURCE'))) {
        claim.sources = chain;
        claim.rules = [...claim.rules, 'learned:source'];
      }
    }
    tracer?.(record);
    if (!claim.rules.includes('learned:dropped') && !(candidate && !m?.detect)) kept.push(claim);
  }
  return kept;
}

/** The probability below which the rules' own choice gives way to the model's (per model; an
 *  environment variable DOSSIER_GATE_<NAME> overrides it for experiments). */
function gate(keep: number | undefined, name: string): number {
  const env = process.env[`DOSSIER_GATE_${name}`];
  return env !== undefined ? Number(env) : keep ?? 1;
}

/** Which tokens stand in a source phrase of some attribution. */
function sourceTokens(ctx: DocContext): (k: number) => boolean {
  const marks = new Uint8Array(ctx.v.tokens.length);
  for (const a of ctx.atts) for (const r of a.sources) marks.fill(1, r.first, r.last);
  return (k) => marks[k] === 1;
}
