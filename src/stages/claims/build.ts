// Assembles claims: one for each counted quantity tied to an event, and one for each un-counted
// theme of a transfer (or deployment, casualty, combat, meeting …), with its evidence, source
// chain, certainty, polarity, status and time.
import type { ActorRef, ClaimOut, EventType, QuantityOut, TimeOut } from '../../format.js';
import type { Doc } from '../../doc.js';
import { actorIn, actorsIn, type ActorHit } from './actors.js';
import { readArgs, type Args } from './args.js';
import { findAttributions, type Attribution } from './attribution.js';
import { Discourse } from './discourse.js';
import { claimLexicon } from './lexicon.js';
import { modalityOf } from './modality.js';
import type { Range } from './np.js';
import { SourceResolver } from './sources.js';
import { isPeopleNoun, notGoodsNouns, type ThemeItem } from './themes.js';
import { clauseAround, findTriggers, type Trigger } from './triggers.js';
import { DocView } from './view.js';

const MONEY_WORDS = /\b(?:aid|package|support|assistance|funding|funds|loan|loans|grant|grants|allocat\w*|pledge\w*|donat\w*|contribut\w*|budget)\b/i;
const CASUALTY_UNITS = /\b(?:casualt\w*|deaths?|dead|killed|wounded|injured|lives|losses|fatalities|killed in action)\b/i;

interface Draft {
  trigger: Trigger | null;
  event: EventType;
  args: Args;
  items: ThemeItem[];
  quantity: QuantityOut | null;
  anchor: number;
  rules: string[];
}

export function buildClaims(doc: Doc): ClaimOut[] {
  const v = new DocView(doc);
  const atts = findAttributions(v);
  const resolver = new SourceResolver(v, atts);
  const discourse = new Discourse();
  const claims: ClaimOut[] = [];
  const used = new Set<QuantityOut>();
  const sourceRanges = atts.flatMap((a) => a.sources);
  const inSource = (i: number) => sourceRanges.some((r) => r.first <= i && i < r.last);

  v.sentences.forEach((s, si) => {
    const drafts: Draft[] = [];
    const triggers = findTriggers(v, si).filter((t) => !inSource(t.first));
    const argsOf = new Map<Trigger, Args>();
    for (const t of triggers) argsOf.set(t, readArgs(v, t));
    // a nominal event inside another event's theme is that theme ("provided … economic assistance")
    const inTheme = (t: Trigger) => triggers.some((o) => o !== t && argsOf.get(o)!.theme.some((it) => it.first <= t.first && t.last <= it.last));
    // 1. themes of triggers
    for (const t of triggers) {
      if (t.entry.pos === 'noun' && (inTheme(t) || backgrounded(v, t, argsOf.get(t)!))) continue;
      drafts.push(...themeDrafts(v, t, argsOf.get(t)!, used));
    }
    // 2. counted quantities no theme took
    for (const q of quantitiesIn(v, s.first, s.last)) {
      if (used.has(q) || (q.kind !== 'count' && q.kind !== 'money') || q.min == null) continue;
      if (aboutASource(v, q, sourceRanges)) continue;
      const d = quantityDraft(v, q, triggers, argsOf, si);
      if (d) {
        used.add(q);
        drafts.push(d);
      }
    }
    drafts.sort((a, b) => a.anchor - b.anchor);
    for (const d of drafts) {
      const c = finish(v, d, atts, resolver, discourse, claims.length + 1);
      if (c) claims.push(c);
    }
  });
  return claims;
}

/**
 * A nominal event in a prepositional adjunct that names no recipient and counts nothing is
 * background, not a report: "In return for North Korea's provision of troops and weapons, Russia …".
 */
function backgrounded(v: DocView, t: Trigger, args: Args): boolean {
  if (args.recipient || args.theme.some((it) => quantityOfItem(v, it))) return false;
  let k = t.first - 1;
  while (k >= 0 && v.tokens[k].sentence === v.tokens[t.first].sentence && v.tokens[k].pos !== 'ADP' && v.tokens[k].text !== ',' && !/^(?:VERB|AUX)$/.test(v.tokens[k].pos)) k--;
  return k >= 0 && v.tokens[k].pos === 'ADP' && v.tokens[k].lower !== 'of';
}

/** "…, according to Lee, one of the officials present": a count that describes a source. */
function aboutASource(v: DocView, q: QuantityOut, sources: Range[]): boolean {
  const [qf] = v.tokenRange(q.start, q.end);
  if (q.min === 1 && v.tokens[qf + 1]?.lower === 'of') return true;
  const before = v.tokens[qf - 1]?.text === ',' ? qf - 1 : qf;
  return sources.some((r) => r.last === before);
}

function quantitiesIn(v: DocView, first: number, last: number): QuantityOut[] {
  const out: QuantityOut[] = [];
  for (let i = first; i < last; i++) {
    const q = v.quantity[i];
    if (q && out[out.length - 1] !== q) out.push(q);
  }
  return out;
}

/** The counted quantity in a theme item, if any ("1,000 sappers", "thousands of workers"). */
function quantityOfItem(v: DocView, it: Range): QuantityOut | null {
  for (let i = it.first; i < it.last; i++) {
    const q = v.quantity[i];
    if (q && (q.kind === 'count' || q.kind === 'money')) return q;
  }
  return null;
}

const eventFor = (t: Trigger, people: boolean, money: boolean): EventType =>
  t.entry.event === 'move' ? (people && !money ? 'deploy' : 'transfer') : (t.entry.event as EventType);

function themeDrafts(v: DocView, t: Trigger, args: Args, used: Set<QuantityOut>): Draft[] {
  const out: Draft[] = [];
  const rules = [`trigger:${t.entry.lemma}`, `frame:${t.entry.frame}${t.passive ? ':passive' : ''}`];
  // merge items one quantity spans ("thousands of military construction workers and deminers")
  const items: ThemeItem[] = [];
  for (const it of args.theme) {
    const q = quantityOfItem(v, it);
    const prev = items[items.length - 1];
    if (prev && q && quantityOfItem(v, prev) === q) prev.last = Math.max(prev.last, it.last);
    else if (prev && !q && v.quantity[prev.last - 1] && v.quantity[prev.last - 1] === v.quantity[it.first - 2]) prev.last = it.last;
    else items.push({ ...it });
  }
  const uncounted: ThemeItem[] = [];
  for (const it of items) {
    const q = quantityOfItem(v, it);
    if (notGoodsNouns().has(v.tokens[it.head].lower) && !(q && q.kind === 'money')) continue;
    if (q && q.min != null && !used.has(q)) {
      used.add(q);
      const people = it.people || Boolean(q.unit && isPeopleUnit(q.unit));
      out.push({ trigger: t, event: eventFor(t, people, q.kind === 'money'), args, items: [it], quantity: q, anchor: v.tokenRange(q.start, q.end)[0], rules: [...rules, `theme:${args.themeFrom}`, `quantity:${q.rule}`] });
    } else if (!q || q.min == null) uncounted.push(it);
  }
  if (!uncounted.length) {
    // events that need no theme: casualties, combat, meetings, agreements
    if (!args.theme.length && !['deploy', 'transfer', 'move', 'other'].includes(t.entry.event) && t.entry.frame !== 'die')
      out.push({ trigger: t, event: t.entry.event as EventType, args, items: [], quantity: null, anchor: t.first, rules });
    return out;
  }
  // a trigger whose amounts were counted elsewhere in the clause does not repeat as an un-counted "aid"
  if (out.length && uncounted.every((it) => MONEY_WORDS.test(v.text(it.first, it.last)))) return out;
  const people = uncounted.filter((it) => it.people);
  const goods = uncounted.filter((it) => !it.people);
  const groups: ThemeItem[][] = [];
  if (people.length) groups.push(people);
  // a long enumeration of multi-word items names distinct things: one claim each; a short list is one theme
  const distinct = goods.filter((it) => !it.separate).length >= 3 && goods.every((it) => it.last - it.first - (v.tokens[it.first].pos === 'DET' ? 1 : 0) >= 2);
  const joint = goods.filter((it) => !it.separate);
  if (distinct) for (const it of goods) groups.push([it]);
  else {
    if (joint.length) groups.push(joint);
    for (const it of goods.filter((x) => x.separate)) groups.push([it]);
  }
  for (const g of groups) {
    const ev = eventFor(t, g[0].people, false);
    const vagueQ = g.map((it) => quantityOfItem(v, it)).find((q) => q && q.min == null) ?? null;
    out.push({ trigger: t, event: ev, args, items: g, quantity: vagueQ, anchor: g[0].first, rules: [...rules, `theme:${args.themeFrom}`] });
  }
  return out;
}

const isPeopleUnit = (unit: string) => {
  const { people } = claimLexicon();
  const head = unit.toLowerCase().split(/\s+/).pop() ?? '';
  return people.has(head) || /(?:ians|ese|ans|ers)$/.test(head) && /^\p{Lu}/u.test(unit.split(/\s+/).pop() ?? '');
};

/** A counted quantity outside any theme: in a subject, a predicate, or a bare list of figures. */
function quantityDraft(v: DocView, q: QuantityOut, triggers: Trigger[], argsOf: Map<Trigger, Args>, si: number): Draft | null {
  const [qf, ql] = v.tokenRange(q.start, q.end);
  const clause = clauseAround(v, si, qf);
  const inClause = triggers.filter((t) => t.first >= clause.first && t.first < clause.last);
  if (q.unit && notGoodsNouns().has(q.unit.toLowerCase().split(/\s+/).pop() ?? '') && q.kind !== 'money') return null;
  const qItem: ThemeItem = { first: qf, last: ql, head: ql - 1, separate: false, people: Boolean(q.unit && isPeopleUnit(q.unit)) };
  const base = (t: Trigger | null, event: EventType, args: Args, rule: string): Draft => ({ trigger: t, event, args, items: [qItem], quantity: q, anchor: qf, rules: [...(t ? [`trigger:${t.entry.lemma}`] : []), rule, `quantity:${q.rule}`] });
  // money in brackets after an actor: "The Netherlands (€0.5 billion) … provided"
  const paren = v.tokens[qf - 1]?.text === '(' ? v.mention[qf - 2] : undefined;
  // the counted subject of a verb after it ("100 soldiers … have been killed", "1,000 engineers arrived")
  const after = inClause.filter((t) => t.first >= ql && t.entry.pos === 'verb');
  const finite = after.find((t) => !t.reduced) ?? after[0];
  if (finite && (finite.passive || ['go', 'die'].includes(finite.entry.frame) || paren)) {
    const args = { ...argsOf.get(finite)! };
    if (paren) args.agent = actorIn(v, { first: paren.first, last: paren.last });
    return base(finite, eventFor(finite, qItem.people, q.kind === 'money'), args, paren ? 'quantity:bracketed-after-actor' : 'quantity:subject');
  }
  // a trigger before it in the clause: "allocated its largest package (EUR 0.7 billion)", "the number killed was around 600"
  const before = inClause.filter((t) => t.last <= qf).pop();
  if (before && !(before.entry.frame === 'give' && !before.passive && argsOf.get(before)!.themeFrom === null && false)) {
    const args = { ...argsOf.get(before)! };
    if (paren) args.agent = actorIn(v, { first: paren.first, last: paren.last });
    const ev = eventFor(before, qItem.people, q.kind === 'money');
    if (q.kind === 'money' && ev !== 'transfer' && ev !== 'agreement') return null;
    return base(before, ev, args, 'quantity:after-trigger');
  }
  // no trigger: "the number of North Korean troops in Russia at more than 3,000", "Kyiv has 500,000 troops"
  const numberOf = numberOfPhrase(v, clause.first, qf);
  const unitText = q.unit ?? (numberOf ? v.text(numberOf.first, numberOf.last) : '');
  const args: Args = { agent: null, agentText: null, recipient: null, location: null, theme: [], themeFrom: null };
  if (q.kind === 'money') {
    if (!MONEY_WORDS.test(v.text(clause.first, clause.last))) return null;
    args.agent = paren ? actorIn(v, { first: paren.first, last: paren.last }) : subjectActor(v, clause, qf);
    return base(null, 'transfer', args, 'quantity:money-in-aid-context');
  }
  if (CASUALTY_UNITS.test(unitText)) {
    args.agent = numberOf ? actorIn(v, numberOf) : subjectActor(v, clause, qf);
    return base(null, 'casualties', args, 'quantity:casualty-unit');
  }
  const people = isPeopleUnit(unitText) || (numberOf ? isPeopleNoun(v, numberOf.last - 1) : false);
  if (!people) return null;
  if (numberOf) {
    const actors = actorsIn(v, numberOf);
    args.agent = actors[0] ?? null;
    args.recipient = actors[1] ?? null;
    return base(null, args.recipient ? 'deploy' : 'other', args, 'quantity:number-of');
  }
  args.agent = subjectActor(v, clause, qf);
  return base(null, 'other', args, 'quantity:people');
}

/** "the number of North Korean troops in Russia" before the quantity, in its clause. */
function numberOfPhrase(v: DocView, lo: number, qf: number): Range | null {
  for (let k = qf - 1; k > lo; k--) {
    if (v.tokens[k].lower === 'of' && v.tokens[k - 1].lower === 'number') {
      let end = k + 1;
      while (end < qf && !['at', 'was', 'is', 'to', 'stood', 'reached', ','].includes(v.tokens[end].lower)) end++;
      return end > k + 1 ? { first: k + 1, last: end } : null;
    }
  }
  return null;
}

/** The actor of the clause's subject before position i ("Kyiv has around 500,000 troops"). */
function subjectActor(v: DocView, clause: Range, i: number): ActorHit | null {
  for (let k = clause.first; k < i; k++) {
    const m = v.mention[k];
    if (m && !(k > clause.first && v.tokens[m.first - 1]?.pos === 'ADP')) {
      const hits = actorsIn(v, { first: m.first, last: m.last });
      if (hits.length) return hits[0];
    }
  }
  return null;
}

function nearestTime(v: DocView, holding: Range, anchor: number): TimeOut | null {
  let best: TimeOut | null = null;
  let dist = Infinity;
  for (let k = holding.first; k < holding.last; k++) {
    const t = v.time[k];
    if (!t || t === best || t.type === 'SET') continue;
    const d = Math.abs(k - anchor) + (t.type === 'DURATION' ? 50 : 0);
    if (d < dist) {
      best = t;
      dist = d;
    }
  }
  return best;
}

function finish(v: DocView, d: Draft, atts: Attribution[], resolver: SourceResolver, discourse: Discourse, n: number): ClaimOut | null {
  const si = v.tokens[d.anchor].sentence;
  const s = v.sentences[si];
  const t = d.trigger;
  let agent: ActorRef | null = d.args.agent?.actor ?? null;
  let recipient: ActorRef | null = d.args.recipient?.actor ?? null;
  const rules = [...d.rules];
  if (!agent && d.args.agentText && (d.event === 'transfer' || d.event === 'deploy')) agent = { id: null, name: d.args.agentText.replace(/^(?:the|a|an)\s+/i, '') };
  if (!agent) {
    agent = discourse.agentFor(d.event);
    if (agent) rules.push('agent:from-context');
  }
  if (recipient && agent && recipient.id === agent.id) recipient = null;
  if (!recipient && t && (d.event === 'deploy' || d.event === 'transfer')) {
    // "transfer sensitive technologies that could enhance North Korea's nuclear program"
    const later = actorsIn(v, { first: t.last, last: t.clause.last }).find((h) => h.actor.id !== agent?.id && !atts.some((a) => a.sources.some((r) => r.first <= h.mention.first && h.mention.last <= r.last)));
    if (later) {
      recipient = later.actor;
      rules.push('recipient:later-in-clause');
    }
  }
  if (!recipient && (d.event === 'deploy' || d.event === 'transfer')) {
    recipient = discourse.recipientFor(d.event, agent);
    if (recipient) rules.push('recipient:from-context');
  }
  if (d.event === 'recruit' || d.event === 'casualties') recipient = null;
  discourse.note(d.event, agent, recipient);
  const mod = t ? modalityOf(v, t, atts, d.anchor) : { certainty: 'certain' as const, polarity: 'positive' as const, status: 'done' as const, cues: [] };
  // evidence: the tokens that make the claim, within the sentence
  const marks = [d.anchor, ...(t ? [t.first, t.last - 1] : []), ...d.items.flatMap((it) => [it.first, it.last - 1])];
  for (const hit of [d.args.agent, d.args.recipient]) if (hit && hit.mention.first >= s.first && hit.mention.last <= s.last) marks.push(hit.mention.first, hit.mention.last - 1);
  const first = Math.max(s.first, Math.min(...marks));
  const last = Math.min(s.last, Math.max(...marks) + 1);
  const holding = innermostContent(atts, d.anchor) ?? { first: s.first, last: s.last };
  const time = nearestTime(v, { first: Math.max(holding.first, s.first), last: Math.min(holding.last, s.last) }, d.anchor);
  const theme = d.items.length ? v.text(d.items[0].first, d.items[d.items.length - 1].last) : d.quantity?.unit ?? null;
  const q = d.quantity;
  return {
    id: `c${n}`,
    evidence: v.span(first, last),
    event: d.event,
    trigger: t ? v.span(t.first, t.last) : null,
    agent,
    recipient,
    location: d.args.location,
    theme: q && q.unit && q.kind === 'money' ? q.unit : themeText(theme),
    quantity: q ? { start: q.start, end: q.end, text: q.text, min: q.min, max: q.max, approximate: q.approximate, vague: q.vague, bound: q.bound ?? null, unit: q.unit } : null,
    time: time ? { value: time.value, from: time.from ?? null, to: time.to ?? null, start: time.start, end: time.end, text: time.text } : null,
    sources: resolver.chainAt(d.anchor),
    certainty: mod.certainty,
    polarity: mod.polarity,
    status: mod.status,
    rules,
    cues: mod.cues,
  };
}

const themeText = (t: string | null) => (t ? t.replace(/^(?:the|a|an|its|their|his|her)\s+/i, '') : null);

function innermostContent(atts: Attribution[], i: number): Range | null {
  let best: Range | null = null;
  for (const a of atts) if (a.content.first <= i && i < a.content.last && (!best || a.content.last - a.content.first < best.last - best.first)) best = a.content;
  return best;
}

