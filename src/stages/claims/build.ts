// Assembles a document's claims: for each sentence its drafts (sentence.ts), each refined
// (refine.ts) and written out (output.ts), then the passes over several claims (document.ts), and
// last the learned choices (learn/decide.ts). docs/claims.md describes every stage and rule.
import type { ClaimOut } from '../../format.js';
import type { Doc } from '../../doc.js';
import { findAttributions } from './attribution.js';
import { Discourse } from './discourse.js';
import { DOCUMENT_PASSES, SENTENCE_PASSES } from './document.js';
import { dominantCountry } from './topic.js';
import { decideClaims } from './learn/decide.js';
import { docFeatures } from './learn/site.js';
import { writeClaim } from './output.js';
import { refine, type RefineContext } from './refine.js';
import { sentenceDrafts, type SentenceContext } from './sentence.js';
import { SourceResolver } from './sources.js';
import { DocView } from './view.js';
import { outletActor } from './outlet.js';

export function buildClaims(doc: Doc): ClaimOut[] {
  const v = new DocView(doc);
  const atts = findAttributions(v);
  const resolver = new SourceResolver(v, atts);
  const inSource = new Uint8Array(v.tokens.length);
  for (const a of atts) for (const r of a.sources) inSource.fill(1, r.first, r.last);
  const sctx: SentenceContext = { v, atts, args: { isSource: (i) => inSource[i] === 1 }, used: new Set() };
  const rctx: RefineContext = { v, atts, resolver, discourse: new Discourse(), dominant: dominantCountry(v), home: outletActor(doc.meta.outlet) };
  const claims: ClaimOut[] = [];
  let previous: ClaimOut[] = [];
  v.sentences.forEach((_, si) => {
    const made: ClaimOut[] = [];
    for (const d of sentenceDrafts(sctx, si, claims)) {
      const st = refine(v, d, rctx);
      if (st.drop) continue;
      // (a candidate no rule claimed tells the discourse nothing: the detector may yet drop it)
      if (!d.candidate) rctx.discourse.note(st.event, st.agent?.id ? st.agent : null, st.recipient?.id ? st.recipient : null, st.location ? { place: st.location, sentence: si, status: st.mod!.status } : null);
      made.push(...writeClaim(st, rctx, claims.length + made.length + 1));
    }
    for (const pass of SENTENCE_PASSES) pass.run(made, claims, previous, si, rctx);
    claims.push(...made);
    if (made.length) previous = made;
  });
  for (const pass of DOCUMENT_PASSES) pass.run(claims, rctx);
  const decided = decideClaims({ v, atts, resolver, dominant: rctx.dominant, docFeatures: docFeatures(v) }, claims);
  decided.forEach((c, k) => (c.id = `c${k + 1}`));
  return decided;
}
