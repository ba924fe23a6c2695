// A refined draft written out as a claim of format dossier/1: its evidence span (the tokens that
// make it, in its sentence), its time, its theme as written, its source chain; a report another
// source denies becomes two claims, the report's and the denial's.
import type { ClaimOut, SourceOut } from '../../format.js';
import type { Attribution } from './attribution.js';
import { holding } from './holding.js';
import type { Range } from './np.js';
import type { ClaimState, RefineContext } from './refine.js';
import type { SourceResolver } from './sources.js';
import type { DocView } from './view.js';
import { nearestTime } from './when.js';

/** Evidence runs on over examples of the theme: "more conventional weapons, such as … launchers". */
function examplesEnd(v: DocView, last: number, hi: number): number {
  let k = last;
  if (v.tokens[k]?.text === ',') k++;
  const w = v.tokens[k]?.lower;
  if (!(w === 'including' || (w === 'such' && v.tokens[k + 1]?.lower === 'as'))) return last;
  k += w === 'such' ? 2 : 1;
  while (k < hi && !['.', ';', ')'].includes(v.tokens[k].text) && !(v.tokens[k].pos === 'AUX' || (v.tokens[k].pos === 'VERB' && !/(?:ed|ing)$/.test(v.tokens[k].lower)))) k++;
  return k;
}

const themeText = (t: string | null) => (t ? t.replace(/^(?:the|a|an|its|their|his|her|no)\s+/i, '') : null);

/** The smallest reported content holding token i, if any. */
export function innermostContent(atts: Attribution[], i: number): Range | null {
  let best: Range | null = null;
  for (const a of holding(atts, i)) if (!best || a.content.last - a.content.first < best.last - best.first) best = a.content;
  return best;
}

/** The tokens that make the claim, within its sentence. */
function evidenceOf(v: DocView, st: ClaimState): Range {
  const { d, t, s } = st;
  const marks = [d.anchor, ...(t ? [t.first, t.last - 1] : []), ...d.items.flatMap((it) => [it.first, it.last - 1])];
  for (const hit of [d.args.agent, d.args.recipient]) if (hit && hit.mention.first >= s.first && hit.mention.last <= s.last) marks.push(hit.mention.first, hit.mention.last - 1);
  // a count with no event word of its own: with its verb group ("A further 200 are expected")
  if (!t) for (let k = d.anchor + 1; k < s.last && ['AUX', 'VERB', 'ADV', 'PART'].includes(v.tokens[k].pos) && !v.quantity[k]; k++) if (v.tokens[k].pos !== 'PART' || v.tokens[k].lower !== 'to') marks.push(k);
  const first = Math.max(s.first, Math.min(...marks));
  const last = examplesEnd(v, Math.min(s.last, Math.max(...marks) + 1), s.last);
  return { first, last };
}

/** The claim (or the report and its denial) a refined state stands for. */
export function writeClaim(st: ClaimState, ctx: RefineContext, n: number): ClaimOut[] {
  const { v, atts, resolver } = ctx;
  const { d, t, s } = st;
  const mod = st.mod!;
  const ev = evidenceOf(v, st);
  const holding = innermostContent(atts, d.anchor) ?? { first: s.first, last: s.last };
  const time = nearestTime(v, { first: Math.max(holding.first, s.first), last: Math.min(holding.last, s.last) }, d.anchor, Math.max(d.anchor, t ? t.last - 1 : d.anchor));
  // "not only arms but also technology" → "arms and technology"
  const theme = d.items.length ? v.text(d.items[0].first, d.items[d.items.length - 1].last).replace(/,?\s+but also\s+/i, ' and ') : d.quantity?.unit ?? null;
  const q = d.quantity;
  const claim: ClaimOut = {
    id: `c${n}`,
    evidence: v.span(ev.first, ev.last),
    event: st.event,
    trigger: t ? v.span(t.first, t.last) : null,
    agent: st.agent,
    recipient: st.recipient,
    location: st.location,
    // money is its currency; a count whose noun was elided ('… and around 300 were wounded') is that noun
    theme: q && q.unit && (q.kind === 'money' || /:unit-(?:elided|partitive)$/.test(q.rule)) ? q.unit : themeText(theme),
    quantity: q ? { start: q.start, end: q.end, text: q.text, min: q.min, max: q.max, approximate: q.approximate, vague: q.vague, bound: q.bound ?? null, unit: q.unit } : null,
    time: time ? { value: time.value, from: time.from ?? null, to: time.to ?? null, start: time.start, end: time.end, text: time.text } : null,
    sources: resolver.chainAt(d.anchor),
    certainty: mod.certainty,
    polarity: mod.polarity,
    status: mod.status,
    rules: st.rules,
    cues: mod.cues,
  };
  return splitDenial(claim, atts, d.anchor, resolver, n);
}

/**
 * "The UAE denied a report … claiming that the UAE sent weapons": the report is a claim of its own
 * source (positive), the denial one of the denier (negative).
 */
function splitDenial(c: ClaimOut, atts: Attribution[], anchor: number, resolver: SourceResolver, n: number): ClaimOut[] {
  const held = holding(atts, anchor);
  const denial = held.find((a) => a.negative);
  if (!denial) return [c];
  const inner = held.filter((a) => !a.negative && a.content.last - a.content.first < denial.content.last - denial.content.first);
  if (!inner.length) return [c];
  const chain: SourceOut[] = resolver.chainAt(anchor);
  const deniers = new Set(denial.sources.flatMap((r) => resolver.resolve(r).map((x) => x.name)));
  const reported = chain.filter((x) => !deniers.has(x.name));
  const denied = chain.filter((x) => deniers.has(x.name));
  return [
    { ...c, id: `c${n}`, sources: reported, polarity: 'positive', rules: [...c.rules, 'denied-report:reported'] },
    { ...c, id: `c${n}d`, sources: denied, polarity: 'negative', rules: [...c.rules, 'denied-report:denial'] },
  ];
}
