// Candidates for a claim's original source: each source of the chain the rules built, the sources
// of the other attributions in its sentence, the two sentences before, the headline and the lead,
// and "the outlet's own voice" (none). A ranking model picks one; the chain is then the rules'
// chain from that source on, or that source alone.
import type { SourceOut } from '../../../format.js';
import { orgKind } from '../lexicon.js';
import type { Attribution } from '../attribution.js';
import type { DocContext, Site } from './site.js';

export interface SourceCandidate {
  /** null: no source (the outlet's own voice) */
  chain: SourceOut[] | null;
  features: string[];
}

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N} ]/gu, '').trim();

function whereOf(ctx: DocContext, site: Site, a: Attribution, lead: Attribution | undefined): string {
  if (a.sentence === site.si) return 'same';
  if (ctx.v.sentences[a.sentence].headline) return 'headline';
  if (a.sentence === site.si - 1) return 'prev1';
  if (a.sentence === site.si - 2) return 'prev2';
  if (a === lead) return 'lead';
  return 'far';
}

function typeOf(ctx: DocContext, s: SourceOut): string {
  if (!s.id) return 'unresolved';
  if (orgKind(s.id) === 'outlet') return 'outlet';
  return ctx.v.entities.get(s.id)?.type ?? s.id.split(':')[0];
}

export function sourceCandidates(ctx: DocContext, site: Site): SourceCandidate[] {
  const { v, atts, resolver } = ctx;
  const c = site.claim;
  const rule = c.sources;
  const out = new Map<string, SourceCandidate>();
  const outlet = norm(v.doc.meta.outlet ?? '');
  const add = (key: string, chain: SourceOut[] | null, features: string[]) => {
    let cand = out.get(key);
    if (!cand) out.set(key, (cand = { chain, features: [] }));
    for (const f of features) if (!cand.features.includes(f)) cand.features.push(f);
  };
  const inHeadline = v.sentences[site.si].headline;
  add('NONE', null, ['NONE', rule.length ? 'NONE&rule-some' : 'NONE&rule-none', ...ctx.docFeatures.map((d) => `NONE&${d}`), ...(inHeadline ? ['NONE&in-headline'] : [])]);
  const typed = (s: SourceOut, extra: string[]) => {
    const type = typeOf(ctx, s);
    const f = [`stype=${type}`, ...extra, ...ctx.docFeatures.map((d) => `${d}&stype=${type}`)];
    if (outlet && norm(s.name) && (outlet.includes(norm(s.name)) || norm(s.name).includes(outlet))) f.push('is-doc-outlet');
    return f;
  };
  rule.forEach((s, k) => {
    const pos = k === 0 ? 'first' : k === rule.length - 1 ? 'last' : 'mid';
    add(norm(s.name), rule.slice(k), typed(s, [`rule-pos=${pos}`, `rule-len=${Math.min(rule.length, 3)}`, `cue=${(s.cue ?? 'none').toLowerCase()}`]));
  });
  const lead = atts.find((a) => !v.sentences[a.sentence].headline);
  for (const a of atts) {
    if (a.sentence > site.si || a.sentence < site.si - 2) {
      if (!(v.sentences[a.sentence].headline || a === lead) || a.sentence > site.si) continue;
    }
    const holds = a.content.first <= site.anchor && site.anchor < a.content.last;
    const where = whereOf(ctx, site, a, lead);
    for (const r of a.sources) {
      for (const res of resolver.resolve(r)) {
        const span = v.span(res.range.first, res.range.last);
        const s: SourceOut = { name: res.name, id: res.id, cue: a.cueText, start: span.start, end: span.end };
        const key = norm(s.name);
        if (!key) continue;
        add(key, out.get(key)?.chain ?? [s], typed(s, [`att=${a.kind}`, `where=${where}`, holds ? 'holds' : 'holds-not', `where&holds=${where}&${holds}`, `acue=${a.cueText.toLowerCase()}`, ...(a.certainty ? ['att-hedged'] : []), ...(a.negative ? ['att-negative'] : [])]));
      }
    }
  }
  return [...out.values()];
}
