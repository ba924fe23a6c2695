// Features of a claim for the two decisions about the claim itself: is this count a claim
// (detect), and what kind of event is it (event). Every feature is a short string; the models
// weigh them (model.ts). They describe the claim's own words and the rules that fired, never a
// document by name.
import { claimLexicon } from '../lexicon.js';
import type { DocView } from '../view.js';
import { bucket, type DocContext, type Site, unitClass, unitHead } from './site.js';

/** A crude stem for verb forms: "supplied" → suppli, "sending" → send. */
const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, '');

/** The lemmas of the event triggers in a range (the trigger lexicon), and of its other verbs. */
function clauseWords(v: DocView, first: number, last: number, anchor: number): string[] {
  const { verbs, nouns } = claimLexicon();
  const out: string[] = [];
  for (let k = first; k < last; k++) {
    const vm = verbs.at(v.tokens, k, last);
    const nm = vm ? null : nouns.at(v.tokens, k, last);
    const side = k < anchor ? 'L' : 'R';
    if (vm) out.push(`trig=${vm.value.lemma}`, `trig-ev=${vm.value.event}`, `trig-${side}=${vm.value.lemma}`);
    else if (nm) out.push(`ntrig=${nm.value.lemma}`, `trig-ev=${nm.value.event}`);
    else if (v.tokens[k].pos === 'VERB' && Math.abs(k - anchor) <= 8) out.push(`verb=${stem(v.tokens[k].lower)}`);
  }
  return out;
}

/** Features shared by detection and event typing. */
export function claimFeatures(ctx: DocContext, site: Site): string[] {
  const { v } = ctx;
  const c = site.claim;
  const f: string[] = ['bias', ...ctx.docFeatures];
  f.push(site.candidate ? 'made:candidate' : 'made:rule', `rule-event=${c.event}`);
  for (const r of c.rules) if (!r.startsWith('learned:')) f.push(`r=${r}`, `rk=${r.split(':')[0]}`);
  const q = c.quantity;
  const qv = site.q ? v.quantity[site.q.first] : undefined;
  if (q) {
    const cls = unitClass(q.unit);
    f.push(`kind=${qv?.kind ?? 'count'}`, `uclass=${cls}`, `uhead=${unitHead(q.unit)}`, `mag=${q.min == null ? 'none' : Math.floor(Math.log10(Math.max(1, q.min)))}`);
    if (q.vague) f.push('vague');
    if (q.approximate) f.push('approx');
    if (q.bound) f.push(`bound=${q.bound}`);
    if (!q.unit) f.push('unit:none');
    if (q.min === 1 && /^(?:a|an|one)\b/i.test(q.text)) f.push('one');
    f.push(`ev&uclass=${c.event}&${cls}`);
  }
  const s = v.sentences[site.si];
  if (s.headline) f.push('headline');
  f.push(`sent=${site.si === 0 ? '0' : site.si <= 2 ? '1-2' : site.si <= 5 ? '3-5' : '6+'}`);
  if (site.q) {
    const prev = v.tokens[site.q.first - 1];
    const next = v.tokens[site.q.last];
    if (prev && prev.sentence === site.si) f.push(`prev=${prev.pos === 'PROPN' ? 'PROPN' : prev.lower}`);
    else f.push('prev=START');
    if (next && next.sentence === site.si) f.push(`next=${next.pos === 'PROPN' ? 'PROPN' : next.lower}`);
  }
  f.push(...clauseWords(v, site.clause.first, site.clause.last, site.anchor));
  if (c.sources.length) f.push('has-source');
  if (c.certainty !== 'certain') f.push(`cert=${c.certainty}`);
  if (c.polarity === 'negative') f.push('negative');
  f.push(`clause-len=${bucket(site.clause.last - site.clause.first)}`);
  return f;
}

/** Features for the event type: the claim's own plus its trigger. */
export function eventFeatures(ctx: DocContext, site: Site, base: string[]): string[] {
  const f = base.slice();
  const t = site.trig ? ctx.v.text(site.trig.first, site.trig.last).toLowerCase() : null;
  if (t) f.push(`trigger=${stem(t)}`);
  else f.push('trigger:none');
  return f;
}
