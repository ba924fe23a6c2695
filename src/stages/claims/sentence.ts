// The drafts of one sentence: its triggers with their arguments (each kept inside what its source
// said), the themes they move, then the counts no theme took; an amount counted in the sentence
// makes an un-counted "aid" or "package" a repeat.
import type { ClaimOut, QuantityOut } from '../../format.js';
import { actorIn } from './actors.js';
import { readArgs, type ArgContext, type Args } from './args.js';
import type { Attribution } from './attribution.js';
import { near } from './holding.js';
import { mentionsAid, quantityDraft, sameGoodsDraft } from './counts.js';
import { listItemDraft } from './lists.js';
import { earlierFigureDraft } from './earlier.js';
import { quantityOfItem, themeDrafts, type Draft } from './drafts.js';
import { CANDIDATE_RULE, tracing } from './learn/decide.js';
import { models } from './learn/model.js';
import { innermostContent } from './output.js';
import { isPeopleUnit } from './drafts.js';
import { findTriggers, type Trigger } from './triggers.js';
import type { DocView } from './view.js';
import type { ThemeItem } from './themes.js';

export interface SentenceContext {
  v: DocView;
  atts: Attribution[];
  args: ArgContext;
  /** counts already drafted in the document */
  used: Set<QuantityOut>;
}

/** The triggers of sentence si with their arguments (exported for the tests). */
export function triggersOf(ctx: SentenceContext, si: number): Map<Trigger, Args> {
  const { v, atts } = ctx;
  const triggers = findTriggers(v, si).filter((t) => !ctx.args.isSource(t.first));
  // a trigger's arguments stay inside what its source said
  for (const t of triggers) {
    const c = innermostContent(atts, t.first);
    if (c) t.clause = { first: Math.max(t.clause.first, c.first), last: Math.min(t.clause.last, c.last) };
  }
  const argsOf = new Map<Trigger, Args>();
  for (const t of triggers) {
    const a = readArgs(v, t, ctx.args);
    // "Iran denies supplying drones", "the UAE admitted sending": who denies or admits a gerund did it
    if (!a.agent && t.entry.pos === 'verb' && /ing$/.test(v.tokens[t.first].lower)) {
      const att = near(atts, t.first, t.first).find((x) => x.kind === 'verb' && x.content.first === t.first && x.cue.last === t.first);
      const speaker = att?.sources[0] ? actorIn(v, att.sources[0]) : null;
      if (speaker) a.agent = speaker;
    }
    // "the report includes …": a verb of containing is an event only when its subject was sent
    if (t.entry.frame !== 'contain' || a.theme.length) argsOf.set(t, a);
  }
  return argsOf;
}

/**
 * A nominal event in a prepositional adjunct that names no recipient and counts nothing is
 * background, not a report: "In exchange for Chad's supply of guards and trucks, Libya …".
 */
function backgrounded(v: DocView, t: Trigger, args: Args): boolean {
  if (t.entry.event !== 'transfer') return false;
  if (args.recipient || args.theme.some((it) => quantityOfItem(v, it))) return false;
  let k = t.first - 1;
  while (k >= 0 && v.tokens[k].sentence === v.tokens[t.first].sentence && v.tokens[k].pos !== 'ADP' && v.tokens[k].text !== ',' && !/^(?:VERB|AUX)$/.test(v.tokens[k].pos)) k--;
  return k >= 0 && v.tokens[k].pos === 'ADP' && v.tokens[k].lower !== 'of';
}

/** "one shipment of munitions": the count already stands for the nominal event. */
const insideQuantity = (v: DocView, t: Trigger) => {
  const q = v.quantity[t.first];
  return Boolean(q && (q.kind === 'count' || q.kind === 'money'));
};

/** "…, according to Lee, one of the officials present", "told several news agencies that …". */
function aboutASource(v: DocView, q: QuantityOut, atts: Attribution[]): boolean {
  const [qf, ql] = v.tokenRange(q.start, q.end);
  if (q.min === 1 && (v.tokens[qf + 1]?.lower === 'of' || !q.unit)) return true;
  const before = v.tokens[qf - 1]?.text === ',' ? qf - 1 : qf;
  // every range it asks about touches the tokens from `before` (or 11 before the count's end) to the count
  return near(atts, Math.min(before, ql - 11), Math.max(qf, ql)).some((a) => a.sources.some((r) => r.last === before || (r.first <= qf && ql <= r.last)) || (a.cue.last <= qf && ql <= a.content.first && a.content.first - a.cue.last < 12));
}

function quantitiesIn(v: DocView, first: number, last: number): QuantityOut[] {
  const out: QuantityOut[] = [];
  for (let i = first; i < last; i++) {
    const q = v.quantity[i];
    if (q && !out.includes(q)) out.push(q);
  }
  return out;
}

/** A count no rule claimed: a candidate for the learned detector, when there is one. */
function candidateDraft(v: DocView, q: QuantityOut): Draft | null {
  if ((!models()?.detect || process.env.DOSSIER_CANDIDATES === '0') && !tracing()) return null;
  const [qf, ql] = v.tokenRange(q.start, q.end);
  const item: ThemeItem = { first: qf, last: ql, head: ql - 1, separate: false, people: Boolean(q.unit && isPeopleUnit(q.unit)) };
  return { trigger: null, event: 'other', args: { agent: null, agentText: null, recipient: null, location: null, theme: [], themeFrom: null, from: {} }, items: [item], quantity: q, anchor: qf, rules: [CANDIDATE_RULE, `quantity:${q.rule}`], candidate: true };
}

/** The drafts of sentence si, in text order. `claims`: the document's claims so far. */
export function sentenceDrafts(ctx: SentenceContext, si: number, claims: ClaimOut[]): Draft[] {
  const { v } = ctx;
  const s = v.sentences[si];
  const argsOf = triggersOf(ctx, si);
  const triggers = [...argsOf.keys()];
  const drafts: Draft[] = [];
  // a nominal event inside another event's theme is that theme ("provided … economic assistance")
  const inTheme = (t: Trigger) => triggers.some((o) => o !== t && argsOf.get(o)!.theme.some((it) => it.first <= t.first && t.last <= it.last));
  for (const t of triggers) {
    const args = argsOf.get(t)!;
    if (t.entry.pos === 'noun' && (inTheme(t) || backgrounded(v, t, args) || insideQuantity(v, t))) continue;
    drafts.push(...themeDrafts(v, t, args, ctx.used));
  }
  for (const q of quantitiesIn(v, s.first, s.last)) {
    if (ctx.used.has(q) || (q.kind !== 'count' && q.kind !== 'money') || q.min == null || aboutASource(v, q, ctx.atts)) continue;
    const d = earlierFigureDraft(v, q, drafts) ?? quantityDraft(v, q, triggers, argsOf, si) ?? listItemDraft(v, q, claims, si) ?? sameGoodsDraft(v, q, claims, si) ?? candidateDraft(v, q);
    if (d) {
      ctx.used.add(q);
      drafts.push(d);
    }
  }
  // an amount counted in the sentence makes an un-counted "aid" or "package" a repeat
  const counted = new Set(drafts.filter((d) => d.quantity?.min != null).map((d) => d.trigger));
  const money = drafts.some((d) => d.quantity?.kind === 'money' && d.quantity.min != null);
  const moneyish = (d: Draft) => d.items.length > 0 && d.items.every((it) => mentionsAid(v.text(it.first, it.last)));
  const kept = drafts.filter((d) => d.quantity?.min != null || !d.trigger || !((counted.has(d.trigger) && (d.args.themeFrom === 'self' || moneyish(d))) || (money && moneyish(d))));
  return kept.sort((a, b) => a.anchor - b.anchor);
}
