// Assembles claims: one for each counted quantity tied to an event, and one for each un-counted
// theme of a transfer (or deployment, casualty, combat, meeting …), with its evidence, source
// chain, certainty, polarity, status and time.
import type { ActorRef, ClaimOut, EventType, QuantityOut, SourceOut, TimeOut } from '../../format.js';
import type { Doc } from '../../doc.js';
import { actorIn, actorsIn, countryOf, type ActorHit } from './actors.js';
import { emptyArgs, readArgs, type ArgContext, type Args } from './args.js';
import { findAttributions, type Attribution } from './attribution.js';
import { Discourse } from './discourse.js';
import { claimLexicon, orgKind } from './lexicon.js';
import { loadList } from '../../lexicons/load.js';
import { PhraseMatcher } from '../../lexicons/phrases.js';
import { modalityOf, type Modality } from './modality.js';
import type { Range } from './np.js';
import { SourceResolver } from './sources.js';
import { countsSystems, isPeopleNoun, notGoodsNouns, type ThemeItem } from './themes.js';
import { makerOf } from './makers.js';
import { clauseAround, findTriggers, type Trigger } from './triggers.js';
import { DocView } from './view.js';
import { CANDIDATE_RULE, decideClaims, tracing } from './learn/decide.js';
import { models } from './learn/model.js';
import { docFeatures } from './learn/site.js';

let aidWords: Set<string> | null = null;
let casualtyWords: Set<string> | null = null;
let lightVerbs: Set<string> | null = null;
const words = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u);
/** "$2 billion in aid", "its largest aid package" */
const mentionsAid = (text: string) => words(text).some((w) => (aidWords ??= new Set(loadList('aid-words.txt'))).has(w));
/** "Russia's casualty count", "up to 120,000 deaths" */
const mentionsCasualties = (text: string) => words(text).some((w) => (casualtyWords ??= new Set(loadList('casualty-words.txt'))).has(w));
let civilians: Set<string> | null = null;
/** Every thing moved names civilians (civilian-nouns.txt): the head of each item, or the count's unit. */
function isCivilianMove(v: DocView, d: Draft): boolean {
  civilians ??= new Set(loadList('civilian-nouns.txt'));
  const heads = d.quantity?.unit ? [d.quantity.unit] : d.items.map((it) => v.text(it.first, it.last));
  return heads.length > 0 && heads.every((h) => civilians!.has(lastWords(h, 2)) || civilians!.has(h.toLowerCase().split(/\s+/).pop() ?? ''));
}

/** Frames by which people held by one side go home to their own (frames.tsv). */
const HOMECOMING = new Set(['release', 'return', 'noun-release']);
const isLightVerb = (w: string) => (lightVerbs ??= new Set(loadList('light-verbs.txt'))).has(w);

interface Draft {
  trigger: Trigger | null;
  event: EventType;
  args: Args;
  items: ThemeItem[];
  quantity: QuantityOut | null;
  anchor: number;
  rules: string[];
  /** a count no rule claimed, kept only if the detector says so (learn/decide.ts) */
  candidate?: boolean;
}

export function buildClaims(doc: Doc): ClaimOut[] {
  const v = new DocView(doc);
  const atts = findAttributions(v);
  const resolver = new SourceResolver(v, atts);
  const discourse = new Discourse();
  const claims: ClaimOut[] = [];
  const used = new Set<QuantityOut>();
  const sourceRanges = atts.flatMap((a) => a.sources);
  const inSource = new Uint8Array(v.tokens.length);
  for (const r of sourceRanges) inSource.fill(1, r.first, r.last);
  const ctx: ArgContext = { isSource: (i) => inSource[i] === 1 };

  const dominant = dominantCountry(v);
  let previous: ClaimOut[] = [];
  const estimated = estimateSentences(v);
  v.sentences.forEach((s, si) => {
    const drafts: Draft[] = [];
    let triggers = findTriggers(v, si).filter((t) => !ctx.isSource(t.first));
    // a trigger's arguments stay inside what its source said
    for (const t of triggers) {
      const c = innermostContent(atts, t.first);
      if (c) t.clause = { first: Math.max(t.clause.first, c.first), last: Math.min(t.clause.last, c.last) };
    }
    const argsOf = new Map<Trigger, Args>();
    for (const t of triggers) argsOf.set(t, readArgs(v, t, ctx));
    // "Iran denies supplying drones", "the UAE admitted sending": who denies or admits a gerund did it
    for (const t of triggers) {
      const a = argsOf.get(t)!;
      if (a.agent || t.entry.pos !== 'verb' || !/ing$/.test(v.tokens[t.first].lower)) continue;
      const att = atts.find((x) => x.kind === 'verb' && x.content.first === t.first && x.cue.last === t.first);
      const speaker = att?.sources[0] ? actorIn(v, att.sources[0]) : null;
      if (speaker) argsOf.set(t, { ...a, agent: speaker });
    }
    // "the report includes …": a verb of containing is an event only when its subject was sent
    triggers = triggers.filter((t) => t.entry.frame !== 'contain' || argsOf.get(t)!.theme.length);
    // a nominal event inside another event's theme is that theme ("provided … economic assistance")
    const inTheme = (t: Trigger) => triggers.some((o) => o !== t && argsOf.get(o)!.theme.some((it) => it.first <= t.first && t.last <= it.last));
    // 1. themes of triggers
    for (const t of triggers) {
      const args = argsOf.get(t)!;
      if (t.entry.pos === 'noun' && (inTheme(t) || backgrounded(v, t, args) || insideQuantity(v, t))) continue;
      drafts.push(...themeDrafts(v, t, args, used));
    }
    // 2. counted quantities no theme took
    for (const q of quantitiesIn(v, s.first, s.last)) {
      if (used.has(q) || (q.kind !== 'count' && q.kind !== 'money') || q.min == null) continue;
      if (aboutASource(v, q, atts)) continue;
      const d = quantityDraft(v, q, triggers, argsOf, si) ?? sameGoodsDraft(v, q, claims, si) ?? candidateDraft(v, q);
      if (d) {
        used.add(q);
        drafts.push(d);
      }
    }
    // an amount counted in the sentence makes an un-counted "aid" or "package" a repeat
    const counted = new Set(drafts.filter((d) => d.quantity?.min != null).map((d) => d.trigger));
    const money = drafts.some((d) => d.quantity?.kind === 'money' && d.quantity.min != null);
    const moneyish = (d: Draft) => d.items.length > 0 && d.items.every((it) => mentionsAid(v.text(it.first, it.last)));
    const kept = drafts.filter((d) => d.quantity?.min != null || !d.trigger || !((counted.has(d.trigger) && (d.args.themeFrom === 'self' || moneyish(d))) || (money && moneyish(d))));
    kept.sort((a, b) => a.anchor - b.anchor);
    const made: ClaimOut[] = [];
    for (const d of kept) made.push(...finish(v, d, atts, resolver, discourse, claims.length + made.length + 1, dominant));
    dropRepeats(made);
    elidedThemes(made, claims);
    figuresOfEarlier(made, claims);
    carryAttribution(made, previous, atts, si);
    // "The figures are estimates.": the counts around it are probable
    if (estimated.some((e) => si >= e - 1 && si <= e + 3)) {
      for (const c of made) if (c.quantity?.min != null && c.certainty === 'certain') {
        c.certainty = 'probable';
        c.rules = [...c.rules, 'certainty:figures-declared-estimates'];
      }
    }
    claims.push(...made);
    if (made.length) previous = made;
  });
  sourceOfTheArticle(v, atts, resolver, claims);
  reportedHeadlines(v, claims);
  const decided = decideClaims({ v, atts, resolver, dominant, docFeatures: docFeatures(v) }, claims);
  decided.forEach((c, k) => (c.id = `c${k + 1}`));
  return decided;
}

/** A count no rule claimed: a candidate for the learned detector, when there is one. */
function candidateDraft(v: DocView, q: QuantityOut): Draft | null {
  if (!models() && !tracing()) return null;
  const [qf, ql] = v.tokenRange(q.start, q.end);
  const item: ThemeItem = { first: qf, last: ql, head: ql - 1, separate: false, people: Boolean(q.unit && isPeopleUnit(q.unit)) };
  return { trigger: null, event: 'other', args: emptyArgs(), items: [item], quantity: q, anchor: qf, rules: [CANDIDATE_RULE, `quantity:${q.rule}`], candidate: true };
}

let reportWords: Set<string> | null = null;
/**
 * "Iran to receive first shipment of Su-35 jets - report": a headline that says it is reported
 * without saying by whom takes the sources the body gives for the same event between the same sides.
 */
function reportedHeadlines(v: DocView, claims: ClaimOut[]): void {
  reportWords ??= new Set(loadList('headline-report-words.txt'));
  for (const c of claims) {
    if (c.sources.length) continue;
    const s = v.sentences[v.tokens[v.tokenRange(c.evidence.start, c.evidence.end)[0]].sentence];
    const last = v.tokens[s.last - 1];
    if (!s.headline || !reportWords.has(last.lower) || !/^[-–—:]$/.test(v.tokens[s.last - 2]?.text ?? '')) continue;
    const same = claims.find((o) => o !== c && o.sources.length && o.evidence.start > s.end && o.event === c.event && o.agent?.id === c.agent?.id && o.recipient?.id === c.recipient?.id);
    if (!same) continue;
    c.sources = same.sources;
    c.rules = [...c.rules, 'sources:headline-reported-in-body'];
  }
}

/**
 * "According to Censor.NET, this is stated in the Ukraine Support Tracker study, which is
 * conducted by the Kiel Institute": the whole report retells that source, so claims after it that
 * name no source of their own are its claims.
 */
function sourceOfTheArticle(v: DocView, atts: Attribution[], resolver: SourceResolver, claims: ClaimOut[]): void {
  const article = atts.find((a) => a.article);
  if (!article) return;
  const chain = resolver.chainAt(article.content.first);
  if (!chain.length) return;
  const from = v.sentences[article.sentence].start;
  for (const c of claims) {
    if (c.sources.length || c.evidence.start < from) continue;
    c.sources = chain;
    c.rules = [...c.rules, 'sources:source-of-the-article'];
  }
}

/**
 * "Poland signs a $10 billion deal": the verb and its noun report one agreement. An un-counted claim
 * with no theme is dropped when the sentence holds another of the same event and agent.
 */
function dropRepeats(made: ClaimOut[]): void {
  const key = (c: ClaimOut) => `${c.event}|${c.polarity}|${c.agent?.id ?? c.agent?.name}|${c.recipient?.id ?? c.recipient?.name}`;
  for (let i = made.length - 1; i >= 0; i--) {
    const c = made[i];
    // "sent ATACMS missiles to Ukraine …, and the weapons arrived": the definite theme refers back
    if (c.quantity?.min == null && c.theme && /^the\s/i.test(c.evidence.text.slice(0, 4) + ' ') && made.some((o, k) => k < i && key(o) === key(c))) {
      made.splice(i, 1);
      continue;
    }
    if (c.quantity?.min != null || (c.theme && c.event !== 'agreement' && c.event !== 'meeting')) continue;
    // (the same side: as agent, or as the buyer of a purchase read as an agreement with the seller)
    // (an agreement's two sides in either order are the same sides)
    const swapped = (o: ClaimOut) => c.event === 'agreement' && Boolean(c.agent?.id) && o.recipient?.id === c.agent?.id && (!c.recipient || o.agent?.id === c.recipient.id);
    const sameSide = (o: ClaimOut) => (o.agent?.id ?? o.agent?.name) === (c.agent?.id ?? c.agent?.name) || swapped(o);
    const better = made.some((o) => o !== c && o.event === c.event && o.polarity === c.polarity && sameSide(o) && (o.quantity?.min != null || (o.theme && !c.theme) || (made.indexOf(o) < i && !(c.theme && !o.theme))));
    if (better) made.splice(i, 1);
  }
}

/**
 * "At least 100 North Korean soldiers … have been killed, and around 1,000 have been wounded": a
 * count written without its noun counts the noun of the count before it (same kind of event).
 */
function elidedThemes(made: ClaimOut[], earlier: ClaimOut[]): void {
  made.forEach((c, k) => {
    if (!c.quantity || c.quantity.min == null || c.quantity.unit) return;
    const money = (u: string) => /^[A-Z]{3}$/.test(u);
    const before = [...earlier.slice(-6), ...made.slice(0, k)].reverse().find((o) => o.quantity?.unit && !money(o.quantity.unit) && (o.event === c.event || (o.event === 'deploy' && c.event === 'casualties')));
    if (!before) return;
    c.theme = before.quantity!.unit;
    c.rules = [...c.rules, 'theme:elided-from-context'];
  });
}

/**
 * "Russia deployed 1,500 troops to Belarus. Analysts estimated the total at 7,000–9,000": a figure
 * put on what an earlier count counted is another estimate of that event.
 */
function figuresOfEarlier(made: ClaimOut[], earlier: ClaimOut[]): void {
  for (const c of made) {
    // "6 million Ukrainians have fled, with Poland hosting the largest number, about 950,000": the
    // same people make the same kind of move, whatever the verb of the second count
    if (c.event === 'deploy' && c.quantity && c.rules.some((r) => /^quantity:.*:unit-(?:figure|elided)$/.test(r))) {
      const source = [...earlier.slice(-6), ...made.slice(0, made.indexOf(c))].reverse().find((o) => o.quantity?.unit === c.quantity!.unit && o.quantity.min != null);
      if (source?.event === 'other') {
        c.event = 'other';
        c.agent ??= source.agent;
        c.rules = [...c.rules, 'event:same-people-as-earlier-count'];
      }
    }
    if (!c.rules.includes('quantity:figure-of-earlier') || !c.quantity?.unit) continue;
    const before = [...earlier.slice(-6), ...made.slice(0, made.indexOf(c))].reverse().find((o) => o.quantity?.unit === c.quantity!.unit && o.quantity.min != null);
    if (!before) continue;
    c.event = before.event;
    c.agent = before.agent;
    c.recipient = before.recipient;
    c.location ??= before.location;
    c.theme = c.quantity.unit;
    c.rules = [...c.rules, 'event:figure-of-earlier-count'];
  }
}

/**
 * A sentence with no source of its own that goes on listing figures of the same kind continues
 * the report before it: "According to the NIS, Pyongyang plans to send 6,000 more troops. Around
 * 1,000 combat engineers have already arrived in Russia."
 */
const carried = new WeakSet<ClaimOut>();

function carryAttribution(made: ClaimOut[], previous: ClaimOut[], atts: Attribution[], si: number): void {
  if (atts.some((a) => a.sentence === si)) return;
  // only a report announced ahead of what it says runs on ("According to X, …", "X said that …");
  // a closing "…, X said." ends it
  const forward = (p: ClaimOut) => carried.has(p) || atts.some((a) => a.sentence === si - 1 && a.content.first > a.cue.first && a.kind !== 'quote' && p.sources.some((x) => x.cue === a.cueText));
  for (const c of made) {
    if (c.sources.length || c.quantity?.min == null) continue;
    const before = previous.find((p) => p.event === c.event && p.quantity?.min != null && p.sources.length && forward(p));
    // "the Netherlands said it would deliver six jets. Denmark has handed over 19": a side speaking of
    // its own deliveries does not report another's
    const selfReport = before && before.sources[0]?.id && before.sources[0].id === before.agent?.id;
    if (before && selfReport && c.agent?.id !== before.agent?.id) continue;
    if (before) {
      c.sources = before.sources;
      c.rules = [...c.rules, 'sources:carried-from-previous-sentence'];
      carried.add(c);
    }
  }
}

let estimateLines: string[] | null = null;
/** Indexes of the sentences that declare figures estimates. */
function estimateSentences(v: DocView): number[] {
  estimateLines ??= loadList('estimate-sentences.txt');
  const out: number[] = [];
  v.sentences.forEach((s, si) => {
    const text = v.text(s.first, s.last).toLowerCase();
    if (text.length < 60 && estimateLines!.some((l) => text.startsWith(l))) out.push(si);
  });
  return out;
}

/** The country a report is about: the one named most often (the first named on a tie). */
function dominantCountry(v: DocView): ActorRef | null {
  // a country named, an armed group of it, and twice over a place in it that is not its capital
  // (where things happen: "PORT SUDAN —", "near Omdurman"); a capital stands for a government as
  // often as for a place
  const score = new Map<string, { ref: ActorRef; n: number }>();
  const add = (ref: ActorRef | null, n: number) => {
    if (!ref?.id) return;
    const got = score.get(ref.id) ?? { ref, n: 0 };
    got.n += n;
    score.set(ref.id, got);
  };
  for (const e of v.entities.values()) {
    if (e.type === 'country') add({ id: e.id, name: e.name }, e.mentions.length);
    else if (e.type === 'place') add(countryOf(v, e), 2 * e.mentions.filter((m) => m.rule !== 'capital').length);
    // armed groups fight where they are from ("the Rapid Support Forces")
    else if (e.type === 'group') add(countryOf(v, e), e.mentions.length);
  }
  let best: { ref: ActorRef; n: number } | null = null;
  for (const c of score.values()) if (!best || c.n > best.n) best = c;
  return best && best.n >= 2 ? best.ref : null;
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

/** "one shipment of high payload munitions": the count already stands for the nominal event. */
const insideQuantity = (v: DocView, t: Trigger) => {
  const q = v.quantity[t.first];
  return Boolean(q && (q.kind === 'count' || q.kind === 'money'));
};

/** "…, according to Lee, one of the officials present", "told several news agencies that …". */
function aboutASource(v: DocView, q: QuantityOut, atts: Attribution[]): boolean {
  const [qf, ql] = v.tokenRange(q.start, q.end);
  if (q.min === 1 && (v.tokens[qf + 1]?.lower === 'of' || !q.unit)) return true;
  const before = v.tokens[qf - 1]?.text === ',' ? qf - 1 : qf;
  return atts.some((a) => a.sources.some((r) => r.last === before || (r.first <= qf && ql <= r.last)) || (a.cue.last <= qf && ql <= a.content.first && a.content.first - a.cue.last < 12));
}

function quantitiesIn(v: DocView, first: number, last: number): QuantityOut[] {
  const out: QuantityOut[] = [];
  for (let i = first; i < last; i++) {
    const q = v.quantity[i];
    if (q && !out.includes(q)) out.push(q);
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

const eventFor = (t: Trigger, people: boolean, money: boolean): EventType => (people && !money && t.entry.peopleEvent ? t.entry.peopleEvent : t.entry.event);

const isActorItem = (v: DocView, it: ThemeItem) => {
  const m = v.mention[it.head];
  // a named person moving is a visit, not goods or troops ("Erdogan arrived in Moscow")
  return Boolean(m && (m.entity.type === 'country' || m.entity.type === 'organisation' || m.entity.type === 'person') && m.rule !== 'demonym');
};

function themeDrafts(v: DocView, t: Trigger, args: Args, used: Set<QuantityOut>): Draft[] {
  const out: Draft[] = [];
  const rules = [`trigger:${t.entry.lemma}`, `frame:${t.entry.frame}${t.passive ? ':passive' : ''}`];
  // a participle after a noun ("guards posted to Chad have been wounded") leaves its counts to the clause's verb
  if (t.mainLater) return out;
  // merge items one quantity spans ("hundreds of army road builders and medics")
  const items: ThemeItem[] = [];
  for (const it of args.theme) {
    const q = quantityOfItem(v, it);
    const prev = items[items.length - 1];
    if (prev && q && quantityOfItem(v, prev) === q) prev.last = Math.max(prev.last, it.last);
    else if (prev && !q && quantityOfItem(v, prev) && v.tokenRange(quantityOfItem(v, prev)!.start, quantityOfItem(v, prev)!.end)[1] >= it.last) prev.last = it.last;
    else items.push({ ...it });
  }
  // coordinated counts share their class: "1,500 engineers and 4,500 builders"
  const listOfPeople = items.some((it) => it.people);
  const uncounted: ThemeItem[] = [];
  // "I'm going to …": going, fleeing, returning is news when people are counted or named as such
  if ((t.entry.frame === 'leave' || t.entry.frame === 'return') && !items.some((it) => it.people || quantityOfItem(v, it))) return out;
  for (const it of items) {
    const q = quantityOfItem(v, it);
    const head = v.tokens[it.head].lower;
    if (notGoodsNouns().has(head) && !(q && q.kind === 'money')) continue;
    // not a thing that moves: "the kind of support", "the number of North Korean soldiers"
    if (isActorItem(v, it) || /^(?:the )?(?:kind|sort|type|number|total|share|majority|rest|bulk)s? of\b/i.test(v.text(it.first, it.last))) continue;
    if (q && q.min != null && !used.has(q)) {
      used.add(q);
      const people = it.people || Boolean(q.unit && isPeopleUnit(q.unit)) || (listOfPeople && /(?:ers|ists|ians|men)$/.test(v.tokens[it.head].lower));
      out.push({ trigger: t, event: eventFor(t, people, q.kind === 'money'), args, items: [it], quantity: q, anchor: v.tokenRange(q.start, q.end)[0], rules: [...rules, `theme:${args.themeFrom}`, `quantity:${q.rule}`] });
    } else if (!q || q.min == null) uncounted.push(it);
  }
  if (!uncounted.length) {
    // events that need no theme: casualties, combat, meetings, agreements
    // "has agreed to be available": a promise with no other side is no agreement
    const promise = t.entry.frame === 'agree' && !args.recipient && v.tokens[t.last]?.lower === 'to' && v.tokens[t.last + 1]?.pos !== 'DET';
    if (!out.length && !promise && !['deploy', 'transfer', 'other'].includes(t.entry.event) && t.entry.frame !== 'die')
      out.push({ trigger: t, event: eventFor(t, false, false), args, items: [], quantity: null, anchor: t.first, rules });
    return out;
  }
  // a noun that is its own theme ("military aid to Ukraine") needs a named giver and receiver; a
  // moving noun ("weapons deliveries to Israel") at least its destination
  if (args.themeFrom === 'self' && (!(args.recipient || args.recipientRange) || (!args.agent && !t.entry.peopleEvent))) return out;
  const people = uncounted.filter((it) => it.people);
  const goods = uncounted.filter((it) => !it.people);
  const groups: ThemeItem[][] = [];
  if (people.length) groups.push(people);
  // a long enumeration of multi-word items names distinct things: one claim each; a short list is one
  // theme; so is each list added by "along with", "on top of" …
  const distinct = (list: ThemeItem[]) => list.length >= 3 && list.every((it) => it.last - it.first - (v.tokens[it.first].pos === 'DET' ? 1 : 0) >= 2);
  const joint = goods.filter((it) => !it.separate);
  if (distinct(joint)) for (const it of goods) groups.push([it]);
  else {
    if (joint.length) groups.push(joint);
    const additions = new Map<number, ThemeItem[]>();
    for (const it of goods.filter((x) => x.separate)) {
      if (it.addition === undefined) groups.push([it]);
      else additions.set(it.addition, [...(additions.get(it.addition) ?? []), it]);
    }
    for (const list of additions.values()) {
      if (distinct(list)) for (const it of list) groups.push([it]);
      else groups.push(list);
    }
  }
  for (const g of groups) {
    const ev = eventFor(t, g[0].people, false);
    const vagueQ = g.map((it) => quantityOfItem(v, it)).find((q) => q && q.min == null) ?? null;
    out.push({ trigger: t, event: ev, args, items: g, quantity: vagueQ, anchor: g[0].first, rules: [...rules, `theme:${args.themeFrom}`] });
  }
  return out;
}

const isPeopleUnit = (unit: string) => {
  const { people, notPeople } = claimLexicon();
  const words = unit.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (words.length > 1 && notPeople.has(`${words[words.length - 2]} ${head}`)) return false;
  const written = unit.split(/\s+/);
  if (written.length > 1 && countsSystems(written[written.length - 2], head)) return false;
  return people.has(head) || (/(?:ians|ese|ans)$/.test(head) && /^\p{Lu}/u.test(unit.split(/\s+/).pop() ?? ''));
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
  const withParen = (args: Args): Args => (paren ? { ...args, agent: actorIn(v, { first: paren.first, last: paren.last }) } : args);
  // the counted subject of a verb after it ("100 soldiers … have been killed", "1,000 engineers arrived")
  // … but not past another count ("Chad took in over 12,000 and 9,300 went to Niger")
  const after = inClause.filter((t) => t.first >= ql && t.entry.pos === 'verb' && !countBetween(v, ql, t.first));
  const finite = after.find((t) => !t.reduced && t.entry.frame !== 'train') ?? after.find((t) => t.entry.frame !== 'train') ?? after[0];
  if (finite && (finite.passive || ['go', 'leave', 'return', 'die'].includes(finite.entry.frame) || paren)) {
    return base(finite, eventFor(finite, qItem.people, q.kind === 'money'), withParen({ ...argsOf.get(finite)! }), paren ? 'quantity:bracketed-after-actor' : 'quantity:subject');
  }
  // "the 42 drones Russia launched": the object of a relative clause whose subject follows the count
  const m = v.mention[ql];
  if (finite && finite.entry.pos === 'verb' && m && m.first === ql && m.last === finite.group.first && !finite.passive) {
    return base(finite, eventFor(finite, qItem.people, q.kind === 'money'), { ...argsOf.get(finite)! }, 'quantity:object-of-relative');
  }
  // a trigger before it in the clause, the nearest first: "allocated its largest package ever (EUR
  // 0.7 billion)", "the number killed was around 600", "total casualties are believed to be …"
  const before = inClause.filter((t) => t.last <= qf && reachable(v, t.last, qf)).sort((a, b) => b.last - a.last);
  const trig = before.find((t) => !(t.entry.pos === 'verb' && (t.entry.frame === 'give' || t.entry.frame === 'release') && argsOf.get(t)!.themeFrom === 'object' && !t.passive)) ?? before[0];
  if (trig && (q.unit || q.kind === 'money' || trig.entry.event === 'casualties')) {
    const ev = eventFor(trig, qItem.people, q.kind === 'money');
    if (q.kind === 'money' && ev !== 'transfer' && ev !== 'agreement') return null;
    let args = { ...argsOf.get(trig)! };
    // a nominal event in a verb's object takes what the verb says: "Ukraine received the largest
    // Swedish defence package amounting to …"
    const governing = trig.entry.pos === 'noun' ? before.find((t) => t.entry.pos === 'verb' && argsOf.get(t)!.theme.some((it) => it.first <= trig.first && trig.last <= it.last)) : undefined;
    if (governing) {
      const g = argsOf.get(governing)!;
      args = { ...args, agent: args.agent ?? g.agent, recipient: args.recipient ?? g.recipient };
    }
    return base(trig, ev, withParen(args), 'quantity:after-trigger');
  }
  // a count that is itself an event noun: "paused one shipment of weapons", "two deliveries"
  const own = inClause.find((t) => t.entry.pos === 'noun' && t.first >= qf && t.last <= ql);
  if (own) return base(own, eventFor(own, false, false), withParen({ ...argsOf.get(own)! }), 'quantity:counted-event');
  // money with the aid it buys right after it: "a €2 billion aid package for Ukraine", "$300 million in military aid to Kyiv"
  if (q.kind === 'money') {
    const named = inClause.filter((t) => t.entry.pos === 'noun' && t.entry.event === 'transfer' && t.first >= ql && t.first <= ql + 4 && reachable(v, ql, t.first));
    const aid = named.find((t) => argsOf.get(t)!.recipient) ?? named[0];
    if (aid) {
      const args = { ...argsOf.get(aid)! };
      args.agent ??= paren ? actorIn(v, { first: paren.first, last: paren.last }) : subjectActor(v, clause, qf);
      return base(aid, 'transfer', args, 'quantity:money-for-aid');
    }
  }
  // no trigger: "the number of Chadian guards in Libya at more than 800", "Kyiv has 500,000 troops"
  const numberOf = numberOfPhrase(v, clause.first, qf);
  const unitText = q.unit ?? (numberOf ? v.text(numberOf.first, numberOf.last) : '');
  const args = emptyArgs();
  if (q.kind === 'money') {
    if (!mentionsAid(v.text(clause.first, clause.last))) return null;
    args.agent = paren ? actorIn(v, { first: paren.first, last: paren.last }) : subjectActor(v, clause, qf);
    return base(null, 'transfer', args, 'quantity:money-in-aid-context');
  }
  if (mentionsCasualties(unitText)) {
    args.agent = numberOf ? actorIn(v, numberOf) : subjectActor(v, clause, qf);
    return base(null, 'casualties', args, 'quantity:casualty-unit');
  }
  const people = isPeopleUnit(unitText) || (numberOf ? isPeopleNoun(v, headOf(v, numberOf)) : false);
  if (!people) return null;
  if (numberOf) {
    const actors = actorsIn(v, numberOf);
    args.agent = actors[0] ?? null;
    args.recipient = actors[1] ?? null;
    return base(null, args.recipient ? 'deploy' : 'other', args, 'quantity:number-of');
  }
  // "the three national security advisors": people named before, not a figure the report gives
  if (qf > 0 && ['the', 'these', 'those'].includes(v.tokens[qf - 1].lower)) return null;
  // "several of the Turks are staying in Bamako": people of a nation are its own
  args.agent = subjectActor(v, clause, qf) ?? actorsIn(v, { first: qf, last: ql }).find((h) => v.mention[h.mention.first]?.rule === 'demonym') ?? null;
  // "Around 100 instructors arrived in January. A further 200 are expected": a count that borrowed
  // its noun from the count before, with no event of its own, is more of that event
  const borrowed = q.rule.endsWith(':unit-figure') || q.rule.endsWith(':unit-elided');
  return base(null, 'other', args, borrowed ? 'quantity:figure-of-earlier' : 'quantity:people');
}

const lastWords = (text: string, n: number) => text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').trim().split(/\s+/).slice(-n).map((w) => w.replace(/(?<=[a-z]{3})s$/, '')).join(' ');

/**
 * "Iran is to receive its first Su-35 fighter jets … A total of 24 new fighter jets are involved":
 * a count of the goods a transfer of the two sentences before moved, with no event of its own,
 * counts that transfer (its sides come from the context).
 */
function sameGoodsDraft(v: DocView, q: QuantityOut, claims: ClaimOut[], si: number): Draft | null {
  if (q.kind !== 'count' || !q.unit || isPeopleUnit(q.unit)) return null;
  const [qf, ql] = v.tokenRange(q.start, q.end);
  const unitWords = q.unit.trim().split(/\s+/).length;
  let same: ClaimOut | undefined;
  for (let k = claims.length - 1; k >= 0 && !same; k--) {
    const c = claims[k];
    if (v.tokens[v.tokenRange(c.evidence.start, c.evidence.end)[0]].sentence < si - 4) break;
    if (c.event !== 'transfer' || !c.theme) continue;
    const n = Math.min(2, unitWords, c.theme.trim().split(/\s+/).length);
    if (lastWords(c.theme, n) === lastWords(q.unit, n)) same = c;
  }
  // "Myanmar's air force now flies 20 jets": a count with an actor of its own is about that actor;
  // "20 jets were grounded": one with a predicate of its own says something else of them
  const clause = clauseAround(v, si, qf);
  if (!same || subjectActor(v, clause, qf) || actorsIn(v, { first: qf, last: ql }).length || ownPredicate(v, ql, clause.last)) return null;
  const item: ThemeItem = { first: qf, last: ql, head: ql - 1, separate: false, people: false };
  return { trigger: null, event: 'transfer', args: emptyArgs(), items: [item], quantity: q, anchor: qf, rules: ['quantity:same-goods-as-before', `quantity:${q.rule}`] };
}

let countPredicates: Set<string> | null = null;
/** A verb after the count, in its clause, other than one that only says how many (count-predicates.txt). */
function ownPredicate(v: DocView, from: number, to: number): boolean {
  countPredicates ??= new Set(loadList('count-predicates.txt'));
  for (let k = from; k < to; k++) if (v.tokens[k].pos === 'VERB' && !countPredicates.has(v.tokens[k].lower)) return true;
  return false;
}

function countBetween(v: DocView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const q = v.quantity[k];
    if (q && (q.kind === 'count' || q.kind === 'money')) return true;
  }
  return false;
}

let adverbials: PhraseMatcher<true> | null = null;
const adverbialPhrases = () => {
  if (!adverbials) {
    adverbials = new PhraseMatcher<true>();
    for (const p of loadList('adverbial-phrases.txt')) adverbials.add(p, true);
  }
  return adverbials;
};

/** A trigger before a count governs it only across noun phrases, prepositions and a copula. */
function reachable(v: DocView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const fixed = adverbialPhrases().at(v.tokens, k, to);
    if (fixed) {
      k = fixed.last - 1;
      continue;
    }
    const t = v.tokens[k];
    if (v.quantity[k]) continue; // a count's own words ("20,000 shipping containers")
    if (t.text === ';' || ['when', 'while', 'because', 'if', 'which', 'who', 'whom', 'that', 'although'].includes(t.lower)) return false;
    if (t.pos === 'VERB' && !isLightVerb(t.lower)) return false;
  }
  return true;
}

/** The head noun of a phrase: its last noun before any preposition ("troops" in "troops in Russia"). */
function headOf(v: DocView, r: Range): number {
  let head = r.last - 1;
  for (let k = r.first; k < r.last; k++) {
    if (v.tokens[k].pos === 'ADP') break;
    if (v.tokens[k].pos === 'NOUN' || v.tokens[k].pos === 'PROPN') head = k;
  }
  return head;
}

/** "the number of Chadian guards in Libya" before the quantity, in its clause. */
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

/** The actor of the subject of the verb right before position i ("Kyiv has …", "Russia, which has …"). */
function subjectActor(v: DocView, clause: Range, i: number): ActorHit | null {
  const s = v.sentences[v.tokens[i].sentence];
  let k = i - 1;
  while (k >= clause.first && v.tokens[k].pos !== 'VERB' && v.tokens[k].pos !== 'AUX') k--;
  if (k >= clause.first) {
    let j = k - 1;
    while (j >= s.first && (v.tokens[j].pos === 'ADV' || v.tokens[j].pos === 'AUX')) j--;
    if (j >= s.first && ['which', 'who'].includes(v.tokens[j].lower)) j = v.tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
    for (let m = j; m >= Math.max(s.first, j - 4); m--) {
      const mm = v.mention[m];
      if (mm) return actorIn(v, { first: mm.first, last: mm.last });
    }
  }
  for (let m = clause.first; m < i; m++) {
    const mm = v.mention[m];
    if (mm && !(m > clause.first && v.tokens[mm.first - 1]?.pos === 'ADP')) return actorIn(v, { first: mm.first, last: mm.last });
  }
  return null;
}

/** "KYIV, March 3 (Reuters) - …", "Kyiv [Ukraine], February 1 (ANI): …": where the dateline ends. */
function datelineEnd(v: DocView, first: number, last: number): number {
  for (let k = first + 1; k < Math.min(last, first + 14); k++) {
    if (v.tokens[k - 1].text === ')' && /^[-—–:]$/.test(v.tokens[k].text)) return k + 1;
  }
  return first;
}

/** The time nearest the anchor within what holds the claim, not past a predicate after `head` (the trigger). */
function nearestTime(v: DocView, holding: Range, anchor: number, head = anchor): TimeOut | null {
  let best: TimeOut | null = null;
  let dist = Infinity;
  // a dateline dates the report, not the event
  const s = v.sentences[v.tokens[anchor].sentence];
  const from = Math.max(holding.first, datelineEnd(v, s.first, s.last));
  for (let k = from; k < holding.last; k++) {
    const t = v.time[k];
    if (!t || t === best || t.type === 'SET') continue;
    // a duration is when only as a window ahead: "over the next 12 months"
    if (t.type === 'DURATION' && !/\bnext\b/i.test(t.text)) continue;
    const d = Math.abs(k - anchor);
    if (d < dist && !(k > head && coordinatedPredicateBetween(v, head, k))) {
      best = t;
      dist = d;
    }
  }
  return best;
}

/** "has received dozens so far and will continue to receive more in the future": a time after a
 *  second predicate joined by "and" / "but" is that predicate's. */
function coordinatedPredicateBetween(v: DocView, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) {
    if (!['and', 'but'].includes(v.tokens[k].lower)) continue;
    let j = k + 1;
    while (j < b && v.tokens[j].pos === 'ADV') j++;
    if (j < b && (v.tokens[j].pos === 'AUX' || v.tokens[j].pos === 'VERB') && !/ing$/.test(v.tokens[j].lower)) return true;
  }
  return false;
}

const COMPASS = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north-eastern', 'north-western', 'south-eastern', 'south-western', 'northeastern', 'northwestern', 'southeastern', 'southwestern']);
const MOVES = new Set<EventType>(['deploy', 'transfer', 'recruit', 'agreement']);
let placeWords: Set<string> | null = null;

/** A place named as where something is ("to Russia's Kursk region", "in the Red Sea", "visited
 *  Pyongyang") — not an argument, a possessor ("Pyongyang's troops"), an adjective ("European
 *  countries") or a capital standing for its government ("Tehran supplied Moscow"). */
function isLocative(v: DocView, h: ActorHit, argMentions: (number | undefined)[]): boolean {
  const m = h.mention;
  // "Russia's Kursk region": the place named after the country
  if (h.place && m.rule !== 'capital' && h.place.id !== m.entity.id) return true;
  if (argMentions.includes(m.first) || m.rule === 'demonym') return false;
  if (/^['’]s?$/.test(v.tokens[m.last]?.lower ?? '')) return false;
  if (m.entity.type === 'place' && m.rule !== 'capital') return true;
  if (m.rule !== 'capital') return false;
  placeWords ??= new Set(loadList('place-prepositions.txt'));
  const before = v.tokens[m.first - 1]?.lower === 'the' ? m.first - 2 : m.first - 1;
  return placeWords.has(v.tokens[before]?.lower ?? '');
}

/**
 * Where it happened: a place its arguments name ("to Russia's Kursk region"), else a place in its
 * clause ("to rebuild Russia's Kursk", "in the Red Sea"), else — for losses, fighting, visits — the
 * country it happened in ("casualties in Ukraine", "withdrew from Mali", "visit to Sudan").
 */
function locationFor(v: DocView, d: Draft, t: Trigger | null, event: EventType, dominant: ActorRef | null): [ActorRef, string] | null {
  if (d.args.location) return [d.args.location, 'location:argument'];
  const s = v.sentences[v.tokens[d.anchor].sentence];
  const clause = t ? t.clause : clauseAround(v, v.tokens[d.anchor].sentence, d.anchor);
  const from = t ? t.first : d.anchor;
  const argMentions = [d.args.agent, d.args.recipient].map((h) => h?.mention.first);
  const places = (first: number, last: number) => actorsIn(v, { first, last }, true).filter((h) => h.place && isLocative(v, h, argMentions));
  const after = places(from, Math.min(clause.last, s.last))[0] ?? places(Math.max(clause.first, s.first), from)[0];
  if (after?.place) return [after.place, 'location:place-in-clause'];
  // "to train in eastern Russia", "fighting in southern Ukraine": a part of a country, even one that is an argument
  for (const h of actorsIn(v, { first: from, last: Math.min(clause.last, s.last) }, true)) {
    const m = h.mention;
    const compass = v.tokens[m.first - 1];
    if (m.entity.type === 'country' && m.rule !== 'demonym' && compass && COMPASS.has(compass.lower) && v.tokens[m.first - 2]?.pos === 'ADP') {
      return [{ id: null, name: `${compass.lower} ${v.text(m.first, m.last)}` }, 'location:part-of-country'];
    }
  }
  if (MOVES.has(event)) return null;
  for (let k = from; k < clause.last; k++) {
    const w = v.tokens[k].lower;
    // "from" places only people on the move ("fled from Ukraine"); "with help from the United States" is no place
    if (!['in', 'to', 'across', 'inside'].includes(w) && !(w === 'from' && event === 'other')) continue;
    // "across the country": the country the report is about
    if (v.tokens[k + 1]?.lower === 'the' && v.tokens[k + 2]?.lower === 'country' && dominant) return [dominant, 'location:the-country'];
    const m = v.mention[k + 1] ?? (v.tokens[k + 1]?.pos === 'DET' ? v.mention[k + 2] : undefined);
    if (m && m.entity.type === 'country' && m.rule !== 'demonym') return [{ id: m.entity.id, name: m.entity.name }, 'location:country-in-clause'];
  }
  return null;
}

/** Modality for a claim with no trigger: the verb group after its count ("could eventually make"). */
function bareModality(v: DocView, d: Draft, atts: Attribution[]): Modality {
  const si = v.tokens[d.anchor].sentence;
  const s = v.sentences[si];
  const verbal = (k: number) => v.tokens[k].pos === 'VERB' || v.tokens[k].pos === 'AUX';
  const pseudo = (k: number): Trigger => {
    // its verb group: leftwards over auxiliaries, adverbs and "to" ("has already taken in")
    let g = k;
    while (g - 1 >= s.first && (['AUX', 'ADV', 'PART'].includes(v.tokens[g - 1].pos) || v.tokens[g - 1].lower === 'to')) g--;
    return { first: k, last: k + 1, entry: { lemma: v.tokens[k].lower, pos: 'verb', event: 'other', peopleEvent: null, frame: 'act' }, group: { first: g, last: k + 1 }, passive: false, reduced: false, mainLater: false, clause: clauseAround(v, si, k) };
  };
  // the count as an object: the verb just before it ("took in over 79,000", "which has 1.3 million troops")
  for (let k = d.anchor - 1; k >= s.first && k >= d.anchor - 3; k--) {
    if (verbal(k)) return modalityOf(v, pseudo(k), atts, d.anchor);
    if (!['ADP', 'ADV', 'DET', 'PART'].includes(v.tokens[k].pos)) break;
  }
  // the count as a subject: the verb after it ("could eventually make")
  for (let k = d.anchor; k < s.last; k++) if (verbal(k)) return modalityOf(v, pseudo(k), atts, d.anchor);
  // no verb of its own: a hedging cue that reports it still hedges it ("estimated the total at 7,000")
  const hedged = atts.find((a) => a.certainty && a.kind !== 'quote' && a.content.first <= d.anchor && d.anchor < a.content.last);
  if (hedged?.certainty) return { certainty: hedged.certainty, polarity: 'positive', status: 'unknown', cues: [{ ...v.span(hedged.cue.first, hedged.cue.last), kind: `cue:${hedged.cueText.toLowerCase()}` }] };
  return { certainty: 'certain', polarity: 'positive', status: 'unknown', cues: [] };
}

function finish(v: DocView, d: Draft, atts: Attribution[], resolver: SourceResolver, discourse: Discourse, n: number, dominant: ActorRef | null): ClaimOut[] {
  const si = v.tokens[d.anchor].sentence;
  const s = v.sentences[si];
  const t = d.trigger;
  let agent: ActorRef | null = d.args.agent?.actor ?? null;
  let recipient: ActorRef | null = d.args.recipient?.actor ?? null;
  let event = d.event;
  const rules = [...d.rules];
  // a purchase by the buyer itself is a deal with the seller; one made for another is a transfer to it
  if (t?.entry.frame === 'buy' && d.args.forThirdParty) event = 'transfer';
  // "Russia agreed to sell six jets": the event is the agreement
  // … and it is done once agreed ("agreed to sell", "has signed to buy"), whatever is still to come
  const agreeing = t && (event === 'transfer' || event === 'deploy') ? /\b(agree[sd]?|signed)\b/i.exec(v.text(t.group.first, t.first)) : null;
  if (agreeing) event = 'agreement';
  // "the Prime Minister offered …": a described person stands for their country
  if (!agent && d.args.agentRange) {
    agent = describedActor(v, resolver, d.args.agentRange);
    if (agent) rules.push('agent:described-person');
  }
  // "It took delivery of …": who receives, described
  if (!recipient && d.args.recipientRange) {
    const actor = describedActor(v, resolver, d.args.recipientRange);
    if (actor && actor.id !== agent?.id) {
      recipient = actor;
      rules.push('recipient:described-subject');
    }
  }
  // "a country has pledged Western tanks": nobody in particular, no claim
  if (!agent && d.args.agentGeneric && !d.quantity) return [];
  if (!agent && d.args.agentText && (event === 'transfer' || event === 'deploy')) {
    agent = { id: null, name: d.args.agentText.replace(/^(?:the|a|an)\s+/i, '') };
  }
  // trained "to operate drones": by the country the trainees were sent to
  if (!agent && t?.entry.frame === 'train' && recipient) {
    agent = discourse.recipientFor('deploy', recipient);
    if (agent) rules.push('agent:where-trainees-were-sent');
  }
  // "deployed the Russian-made Pantsir": goods made by another country came from it
  const maker = event === 'transfer' || event === 'other' ? makerOf(v, d.items) : null;
  if (maker && maker.id !== agent?.id) {
    event = 'transfer';
    recipient = agent ?? recipient;
    agent = maker;
    rules.push('agent:maker-of-the-goods');
  }
  // "rebels who have killed hundreds throughout the country": the victims are of the report's country
  if (!agent && t?.entry.frame === 'die' && !t.passive && dominant && /\bthe country\b/i.test(v.text(t.clause.first, t.clause.last))) {
    agent = dominant;
    rules.push('agent:country-of-the-report');
  }
  if (!agent) {
    agent = discourse.agentFor(event);
    // "North Korea is aiming to acquire technology in return": from whom it sent its troops to
    if (agent && recipient && agent.id === recipient.id) {
      agent = discourse.recipientFor('deploy', recipient) ?? discourse.recipientFor('transfer', recipient);
      if (agent) rules.push('agent:counterpart');
      // … else the last other giver of its kind ("UAVs it had purchased from Iran. Russia has received dozens")
      else if ((agent = discourse.agentFor(event, recipient.id))) rules.push('agent:from-context');
    } else if (agent) rules.push('agent:from-context');
  }
  // "the conflict has claimed over 20,000 lives": the country the report is about
  if (!agent && (event === 'casualties' || event === 'other') && dominant) {
    agent = dominant;
    rules.push('agent:country-of-the-report');
  }
  // "handed over 40 Armenian soldiers", "40 of its soldiers returned home": people freed go home
  if (event === 'other' && t && HOMECOMING.has(t.entry.frame)) {
    const home = recipient ?? homeOf(v, d, resolver);
    if (home) {
      if (!recipient) rules.push('recipient:people-go-home');
      recipient = home;
      if (!agent || agent.id === home.id) {
        agent = otherSide(v, s, home) ?? discourse.agentFor('other');
        if (agent?.id === home.id) agent = discourse.recipientFor('other', home);
        if (agent) rules.push('agent:side-that-held-them');
      }
    }
  }
  if (recipient && agent && recipient.id === agent.id) recipient = null;
  if (!recipient && t && (event === 'deploy' || event === 'transfer')) {
    // "pass on know-how that might improve Venezuela's drone industry"
    // … not where it came from ("UAVs that it had purchased from Iran"), nor where it is used ("for use
    // in Ukraine"), nor a place it went to ("into Crimea": a place, not a party), nor what it is near
    // ("near the border with Ukraine")
    let end = t.last;
    while (end < t.clause.last && !(v.tokens[end].lower === 'for' && v.tokens[end + 1]?.lower === 'use')) end++;
    const later = actorsIn(v, { first: t.last, last: end }).find(
      (h) => h.actor.id !== agent?.id && h.mention.entity.type !== 'place' && h.mention.rule !== 'demonym' && !besideOrFrom(v, h.mention.first, t.last) && !atts.some((a) => a.sources.some((r) => r.first <= h.mention.first && h.mention.last <= r.last)),
    );
    if (later) {
      recipient = later.actor;
      rules.push('recipient:later-in-clause');
    }
  }
  // "sending 2,000 soldiers to its eastern border": moved within its own country, to no one
  const ownGround = !recipient && t ? ownDestination(v, t) : null;
  if (ownGround) rules.push(ownGround === 'own' ? 'recipient:own-territory' : 'recipient:no-one-in-particular');
  if (!recipient && !ownGround && (event === 'deploy' || event === 'transfer' || event === 'agreement')) {
    recipient = discourse.recipientFor(event, agent);
    if (recipient) rules.push('recipient:from-context');
  }
  if (event === 'recruit' || event === 'casualties') recipient = null;
  // "Poland hosts 950,000 refugees": civilians who move are not deployed
  if (event === 'deploy' && isCivilianMove(v, d)) {
    event = 'other';
    rules.push('event:civilians-move');
  }
  // equipment deployed to another country has moved there: "deployed … along with an air defence system to Niger"
  if (event === 'other' && t?.entry.peopleEvent === 'deploy' && recipient && agent && recipient.id !== agent.id && d.items.length && !d.items.some((it) => it.people)) {
    event = 'transfer';
    rules.push('event:equipment-deployed-abroad');
  }
  const mod = t ? modalityOf(v, t, atts, d.anchor) : bareModality(v, d, atts);
  // "sent no troops to Mali": what moved is none
  if (d.items.length && d.items.every((it) => v.tokens[it.first].lower === 'no') && !d.quantity) {
    mod.polarity = 'negative';
    mod.cues = [...mod.cues, { ...v.span(d.items[0].first, d.items[0].first + 1), kind: 'negation:no' }];
  }
  // a count of losses counts losses suffered: "the toll is 300", "casualties are believed to be 240,000"
  if (event === 'casualties' && d.quantity?.min != null && mod.status === 'ongoing') mod.status = 'done';
  // only the past form makes it: "agreed to sell" is done, "will agree to sell" still planned
  if (agreeing && /^(agreed|signed)$/i.test(agreeing[1])) mod.status = 'done';
  // "signed a contract on Thursday to buy 12 jets": the purchase agreed is done as an agreement
  if (event === 'agreement' && t?.entry.frame === 'buy' && v.tokens[t.group.first]?.lower === 'to' && signedBefore(v, t)) mod.status = 'done';
  const found = locationFor(v, d, t, event, dominant);
  const carried = found ? null : discourse.locationFor(event, agent, recipient, si, mod.status);
  const location = found?.[0] ?? carried;
  if (found) rules.push(found[1]);
  else if (carried) rules.push('location:from-context');
  if (!d.candidate) discourse.note(event, agent?.id ? agent : null, recipient?.id ? recipient : null, location ? { place: location, sentence: si, status: mod.status } : null);
  // evidence: the tokens that make the claim, within the sentence
  const marks = [d.anchor, ...(t ? [t.first, t.last - 1] : []), ...d.items.flatMap((it) => [it.first, it.last - 1])];
  for (const hit of [d.args.agent, d.args.recipient]) if (hit && hit.mention.first >= s.first && hit.mention.last <= s.last) marks.push(hit.mention.first, hit.mention.last - 1);
  // a count with no event word of its own: with its verb group ("A further 200 are expected")
  if (!t) for (let k = d.anchor + 1; k < s.last && ['AUX', 'VERB', 'ADV', 'PART'].includes(v.tokens[k].pos) && !v.quantity[k]; k++) if (v.tokens[k].pos !== 'PART' || v.tokens[k].lower !== 'to') marks.push(k);
  const first = Math.max(s.first, Math.min(...marks));
  let last = Math.min(s.last, Math.max(...marks) + 1);
  last = examplesEnd(v, last, s.last);
  const holding = innermostContent(atts, d.anchor) ?? { first: s.first, last: s.last };
  const time = nearestTime(v, { first: Math.max(holding.first, s.first), last: Math.min(holding.last, s.last) }, d.anchor, Math.max(d.anchor, t ? t.last - 1 : d.anchor));
  // "not only arms but also technology" → "arms and technology"
  const theme = d.items.length ? v.text(d.items[0].first, d.items[d.items.length - 1].last).replace(/,?\s+but also\s+/i, ' and ') : d.quantity?.unit ?? null;
  const q = d.quantity;
  const claim: ClaimOut = {
    id: `c${n}`,
    evidence: v.span(first, last),
    event,
    trigger: t ? v.span(t.first, t.last) : null,
    agent,
    recipient,
    location,
    // money is its currency; a count whose noun was elided ('… and around 300 were wounded') is that noun
    theme: q && q.unit && (q.kind === 'money' || /:unit-(?:elided|partitive)$/.test(q.rule)) ? q.unit : themeText(theme),
    quantity: q ? { start: q.start, end: q.end, text: q.text, min: q.min, max: q.max, approximate: q.approximate, vague: q.vague, bound: q.bound ?? null, unit: q.unit } : null,
    time: time ? { value: time.value, from: time.from ?? null, to: time.to ?? null, start: time.start, end: time.end, text: time.text } : null,
    sources: resolver.chainAt(d.anchor),
    certainty: mod.certainty,
    polarity: mod.polarity,
    status: mod.status,
    rules,
    cues: mod.cues,
  };
  return splitDenial(claim, atts, d.anchor, resolver, n);
}

/**
 * "The UAE denied a report … claiming that the UAE sent weapons": the report is a claim of its own
 * source (positive), the denial one of the denier (negative).
 */
function splitDenial(c: ClaimOut, atts: Attribution[], anchor: number, resolver: SourceResolver, n: number): ClaimOut[] {
  const holding = atts.filter((a) => a.content.first <= anchor && anchor < a.content.last);
  const denial = holding.find((a) => a.negative);
  if (!denial) return [c];
  const inner = holding.filter((a) => !a.negative && a.content.last - a.content.first < denial.content.last - denial.content.first);
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

/** The country of people in the theme: a demonym ("Armenian soldiers"), else the owner of "its
 *  soldiers", "their troops" (what the pronoun stands for). */
function homeOf(v: DocView, d: Draft, resolver: SourceResolver): ActorRef | null {
  for (const it of d.items.filter((x) => x.people)) {
    const hit = actorsIn(v, it).find((h) => h.actor.id?.startsWith('country:'));
    if (hit) return hit.actor;
    for (let k = it.first; k < it.last; k++) {
      if (!['its', 'their', 'our'].includes(v.tokens[k].lower)) continue;
      const owner = resolver.resolve({ first: k, last: k + 1 })[0]?.entity;
      return owner ? countryOf(v, owner) : null;
    }
  }
  return null;
}

/** The actor a phrase that names none directly stands for: "the Prime Minister", "it", "its forces". */
function describedActor(v: DocView, resolver: SourceResolver, r: Range): ActorRef | null {
  // "its forces had destroyed …": the owner the pronoun stands for
  const owner = r.last - r.first > 1 && ['its', 'their'].includes(v.tokens[r.first].lower) ? { first: r.first, last: r.first + 1 } : r;
  const found = resolver.resolve(owner)[0]?.entity;
  // a news outlet reports events, it does not take part in them
  const who = found && orgKind(found.id) === 'outlet' ? null : found;
  if (!who) return null;
  // a person stands for their country; a group, or an organisation of no country (the WFP), for itself
  return who.type === 'group' || (who.type === 'organisation' && !who.country) ? { id: who.id, name: who.name } : countryOf(v, who);
}

const BESIDE = new Set(['from', 'near', 'along', 'against', 'with', 'across', 'around', 'beyond', 'opposite']);
/** The preposition heading the phrase of token k (back to `lo`) says where from or what beside. */
function besideOrFrom(v: DocView, k: number, lo: number): boolean {
  for (let j = k - 1; j >= lo && j >= k - 5; j--) {
    const t = v.tokens[j];
    if (t.pos === 'ADP' || t.lower === 'to') return BESIDE.has(t.lower);
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** A past "signed" or "agreed" earlier in the trigger's clause: "signed a contract on Thursday to buy …". */
function signedBefore(v: DocView, t: Trigger): boolean {
  // (a headline's present tells of the past: "Serbia signs deal to buy …")
  const past = v.sentences[v.tokens[t.first].sentence].headline ? /^(?:signed|agreed|concluded|struck|signs|agrees|strikes)$/ : /^(?:signed|agreed|concluded|struck)$/;
  for (let k = t.group.first - 1; k >= t.clause.first && k >= t.group.first - 8; k--) if (past.test(v.tokens[k].lower)) return true;
  return false;
}

/** "to its eastern border", "into their own bases": a destination its owner's pronoun marks as
 *  home; "to any party in the conflict", "to either side": a destination that is no one in particular. */
function ownDestination(v: DocView, t: Trigger): 'own' | 'any' | null {
  for (let k = t.last; k < t.clause.last - 1; k++) {
    if (!['to', 'into', 'along', 'on'].includes(v.tokens[k].lower)) continue;
    const next = v.tokens[k + 1].lower;
    if (['its', 'their', 'our'].includes(next)) return 'own';
    if (v.tokens[k].lower === 'to' && ['any', 'either', 'all'].includes(next)) return 'any';
  }
  return null;
}

/** Another country named in the sentence: "after months in Azerbaijani captivity". */
function otherSide(v: DocView, s: { first: number; last: number }, home: ActorRef): ActorRef | null {
  return actorsIn(v, s).find((h) => h.actor.id?.startsWith('country:') && h.actor.id !== home.id)?.actor ?? null;
}

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

function innermostContent(atts: Attribution[], i: number): Range | null {
  let best: Range | null = null;
  for (const a of atts) if (a.content.first <= i && i < a.content.last && (!best || a.content.last - a.content.first < best.last - best.first)) best = a.content;
  return best;
}
