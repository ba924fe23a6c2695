// Refiners: what the rules settle about one claim after its frame has been read — the event when
// the verb group says more ("agreed to sell"), actors named only by description or only earlier in
// the report, people going home, recipients found later in the clause, certainty, polarity and
// status. They run in the order of REFINERS; each reads and writes the claim's state and names
// itself in the claim's rules when it changes something. Where the order matters, a comment says why.
import type { ActorRef, EventType } from '../../format.js';
import { loadList } from '../../lexicons/load.js';
import type { Sentence } from '../../doc.js';
import { actorAfterPrep, actorsIn, countryOf, isGappedSubject } from './actors.js';
import type { Attribution } from './attribution.js';
import { holding, near } from './holding.js';
import type { Discourse } from './discourse.js';
import { isPeopleUnit, type Draft } from './drafts.js';
import { orgKind } from './lexicon.js';
import { makerOf } from './makers.js';
import { bareModality, modalityOf, type Modality } from './modality.js';
import type { Range } from './np.js';
import { besideOrFrom, locationFor, ownDestination } from './place.js';
import { aliasWords, type SourceResolver } from './sources.js';
import { clauseAround, type Trigger } from './triggers.js';
import type { DocView } from './view.js';
import { isCivilianMove } from './themes.js';
import { isA } from './words.js';

export interface ClaimState {
  d: Draft;
  t: Trigger | null;
  si: number;
  s: Sentence;
  event: EventType;
  agent: ActorRef | null;
  recipient: ActorRef | null;
  rules: string[];
  /** "agreed to sell", "signed to buy": the word that made a move an agreement */
  agreeing: string | null;
  mod: Modality | null;
  location: ActorRef | null;
  /** no claim after all ("a country has pledged …") */
  drop: boolean;
}

export interface RefineContext {
  v: DocView;
  atts: Attribution[];
  resolver: SourceResolver;
  discourse: Discourse;
  dominant: ActorRef | null;
  /** the institution the outlet is (its statements' "we"), when it is one */
  home: ActorRef | null;
}

export interface Refiner {
  id: string;
  run(st: ClaimState, ctx: RefineContext): void;
}

/** Frames by which people held by one side go home to their own (frames.tsv). */
const HOMECOMING = new Set(['release', 'return', 'noun-release']);

export function initialState(v: DocView, d: Draft): ClaimState {
  const si = v.tokens[d.anchor].sentence;
  return { d, t: d.trigger, si, s: v.sentences[si], event: d.event, agent: d.args.agent?.actor ?? null, recipient: d.args.recipient?.actor ?? null, rules: [...d.rules], agreeing: null, mod: null, location: null, drop: false };
}

/** The actor a phrase that names none directly stands for: "the Prime Minister", "it", "its forces". */
export function describedActor(v: DocView, resolver: SourceResolver, r: Range, ctx?: Pick<RefineContext, 'atts' | 'home' | 'dominant'>): ActorRef | null {
  // "we", "our troops", "my administration": the one speaking — the source whose words these are,
  // else the institution whose statement the report is
  if (ctx && isA('first-person', v.tokens[r.first].lower)) return speakerActor(v, resolver, r.first, ctx);
  // "1,500 Russian personnel are in the country": the country the report is about
  if (ctx && r.last - r.first === 2 && v.tokens[r.first].lower === 'the' && v.tokens[r.first + 1].lower === 'country') return ctx.dominant ?? countryBefore(v, r.first);
  // "its forces had destroyed …": the owner the pronoun stands for
  const owner = r.last - r.first > 1 && ['its', 'their'].includes(v.tokens[r.first].lower) ? { first: r.first, last: r.first + 1 } : r;
  const resolved = resolver.resolve(owner)[0];
  const found = resolved?.entity;
  // "The army said it had sent …", "the government approved …": an institution named without its
  // country is the report's own country
  if (!found && ctx && (isGenericInstitution(resolved?.name ?? '') || isGenericInstitution(v.text(r.first, r.last)))) return ctx.dominant ?? countryBefore(v, r.first);
  // a news outlet reports events, it does not take part in them
  const who = found && orgKind(found.id) === 'outlet' ? null : found;
  if (!who) return null;
  // a person stands for their country; a group, or an organisation of no country (the WFP), for itself
  return who.type === 'group' || (who.type === 'organisation' && !who.country) ? { id: who.id, name: who.name } : countryOf(v, who);
}

let generic: Set<string> | null = null;
/** "the army", "the federal government", "authorities" (generic-institutions.txt). */
export const isGenericInstitution = (phrase: string) => {
  generic ??= new Set(loadList('generic-institutions.txt'));
  const w = phrase.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').trim().split(/\s+/);
  return generic.has(w.slice(-2).join(' ')) || generic.has(w[w.length - 1] ?? '');
};

/** The country named last before token i. */
function countryBefore(v: DocView, i: number): ActorRef | null {
  for (let k = i - 1; k >= 0; k--) {
    const m = v.mention[k];
    const c = m && m.rule !== 'demonym' ? countryOf(v, m.entity) : null;
    if (c && m!.entity.type === 'country') return c;
  }
  return null;
}

/** The actor speaking at token i: the original source of what holds it, else the outlet's own institution. */
function speakerActor(v: DocView, resolver: SourceResolver, i: number, ctx: Pick<RefineContext, 'atts' | 'home'>): ActorRef | null {
  const held = holding(ctx.atts, i).sort((a, b) => (a.content.last - a.content.first) - (b.content.last - b.content.first));
  for (const a of held) {
    for (const r of a.sources) {
      const e = resolver.resolve(r)[0]?.entity;
      if (e && orgKind(e.id) !== 'outlet') return e.type === 'group' || (e.type === 'organisation' && !e.country) ? { id: e.id, name: e.name } : countryOf(v, e);
    }
  }
  return ctx.home;
}

const sameId = (a: ActorRef | null, b: ActorRef | null) => Boolean(a && b && a.id === b.id);

/** Events ---------------------------------------------------------------------------------------- */
const boughtForAnother: Refiner = {
  id: 'event:bought-for-another',
  // a purchase by the buyer itself is a deal with the seller; one made for another is a transfer to it
  run: (st) => {
    if (st.t?.entry.frame === 'buy' && st.d.args.forThirdParty) {
      st.event = 'transfer';
      st.rules.push('event:bought-for-another');
    }
  },
};

const agreedToMove: Refiner = {
  id: 'event:agreed-to-move',
  // "Russia agreed to sell six jets": the event is the agreement
  run: (st, { v }) => {
    const t = st.t;
    if (!t || (st.event !== 'transfer' && st.event !== 'deploy')) return;
    const m = /\b(agree[sd]?|signed)\b/i.exec(v.text(t.group.first, t.first));
    if (!m) return;
    st.event = 'agreement';
    st.rules.push('event:agreed-to-move');
    st.agreeing = m[1].toLowerCase();
  },
};

const sellerGives: Refiner = {
  id: 'agent:seller-of-the-goods',
  // "Argentina signs a deal for 24 Danish F-16s": in a purchase the seller gives and the buyer receives
  // (the seller named by the goods' nationality or maker, or "from X")
  run: (st, { v }) => {
    if (st.event !== 'agreement' || !st.d.items.length || (st.agent && st.recipient)) return;
    const seller = makerOf(v, st.d.items) ?? nationOf(v, st.d.items);
    if (!seller || sameId(seller, st.agent)) return;
    st.recipient = st.agent ?? st.recipient;
    st.agent = seller;
    st.rules.push('agent:seller-of-the-goods');
  },
};

/** The nation an item of goods is named with ("24 Danish F-16s", "Russian Su-35 jets"). */
function nationOf(v: DocView, items: Range[]): ActorRef | null {
  for (const it of items) {
    const hit = actorsIn(v, it).find((h) => h.mention.rule === 'demonym' && !h.placeOnly);
    if (hit) return hit.actor;
  }
  return null;
}

const civiliansMove: Refiner = {
  id: 'event:civilians-move',
  // "Chad hosts 950,000 refugees": civilians who move are not deployed
  run: (st, { v }) => {
    if (st.event === 'deploy' && isCivilianMove(v, st.d)) {
      st.event = 'other';
      st.rules.push('event:civilians-move');
    }
  },
};

const equipmentAbroad: Refiner = {
  id: 'event:equipment-deployed-abroad',
  // equipment sent to another country along with people has moved there: "deployed … along with an air defence system to Niger"
  run: (st) => {
    const d = st.d;
    // (equipment deployed alone stays a deployment: "deployed 10 warships to the Red Sea")
    const alongWithPeople = d.items.length > 0 && d.items.every((it) => it.separate && !it.people);
    if ((st.event === 'other' || st.event === 'deploy') && alongWithPeople && st.recipient && st.agent && !sameId(st.recipient, st.agent)) {
      st.event = 'transfer';
      st.rules.push('event:equipment-deployed-abroad');
    }
  },
};

/** Agents ---------------------------------------------------------------------------------------- */
const describedAgent: Refiner = {
  id: 'agent:described-person',
  // "the Prime Minister offered …": a described person stands for their country
  run: (st, ctx) => {
    const { v, resolver } = ctx;
    if (st.agent || !st.d.args.agentRange) return;
    st.agent = describedActor(v, resolver, st.d.args.agentRange, ctx);
    if (st.agent) st.rules.push('agent:described-person');
  },
};

let enforcement: Set<string> | null = null;
const goodsInTransit: Refiner = {
  id: 'event:goods-in-transit',
  // "sailors seized 2,500 rifles shipped from Iran to the Houthis": goods stopped on their way are a
  // transfer from where they came from to whom they were going (enforcement-verbs.txt); goods seized
  // with no sender named stay the seizure ("police seized 40 rifles from a house")
  run: (st, { v }) => {
    const t = st.t;
    if (st.event !== 'other' || !t || t.entry.frame !== 'act' || !(enforcement ??= new Set(loadList('enforcement-verbs.txt'))).has(t.entry.lemma)) return;
    if (st.d.items.some((it) => it.people) || (st.d.quantity?.unit && isPeopleUnit(st.d.quantity.unit))) return;
    const from = actorAfterPrep(v, t.last, t.clause.last, ['from'], (h) => !h.placeOnly)?.actor;
    if (!from) return;
    st.event = 'transfer';
    st.agent = from;
    st.recipient = actorAfterPrep(v, t.last, t.clause.last, ['to', 'for'], (h) => !h.placeOnly)?.actor ?? null;
    st.rules.push('event:goods-in-transit');
  },
};



const reporterEnforces: Refiner = {
  id: 'agent:reporter-enforces',
  // "Police said five people were arrested", "officers seized 40 rifles, the sheriff's office said":
  // an arrest or seizure with no one named as doing it is the reporting body's (enforcement-verbs.txt)
  run: (st, ctx) => {
    const t = st.t;
    if (st.agent || st.event !== 'other' || !t || !(enforcement ??= new Set(loadList('enforcement-verbs.txt'))).has(t.entry.lemma)) return;
    st.agent = speakerActor(ctx.v, ctx.resolver, t.first, ctx);
    if (st.agent) st.rules.push('agent:reporter-enforces');
  },
};

const describedRecipient: Refiner = {
  id: 'recipient:described-subject',
  // "It took delivery of …": who receives, described
  run: (st, ctx) => {
    const { v, resolver } = ctx;
    if (st.recipient || !st.d.args.recipientRange) return;
    const actor = describedActor(v, resolver, st.d.args.recipientRange, ctx);
    if (actor && !sameId(actor, st.agent)) {
      st.recipient = actor;
      st.rules.push('recipient:described-subject');
    }
  },
};

let dissuasion: Set<string> | null = null;
const dissuadedEvent: Refiner = {
  id: 'claim:dissuaded',
  // "defying warnings not to supply arms", "urged Serbia against sending troops": what someone was
  // told not to do is no claim (dissuasion-cues.txt: the cue within six words before "not to" or "against")
  run: (st, { v }) => {
    const t = st.t;
    if (!t || t.entry.pos !== 'verb') return;
    const at = t.first;
    const before = v.tokens[at - 1]?.lower === 'against' ? at - 1 : v.tokens[at - 1]?.lower === 'to' && v.tokens[at - 2]?.lower === 'not' ? at - 2 : -1;
    if (before < 0) return;
    dissuasion ??= new Set(loadList('dissuasion-cues.txt'));
    const s = v.sentences[st.si];
    for (let k = before - 1; k >= Math.max(s.first, before - 6); k--) {
      if (dissuasion.has(v.tokens[k].lower)) {
        st.drop = true;
        return;
      }
    }
  },
};

const genericAgent: Refiner = {
  id: 'claim:no-one-in-particular',
  // "a country has pledged Western tanks": nobody in particular, no claim; "donors pledged …": as written
  run: (st) => {
    const a = st.d.args;
    if (!st.agent && a.agentGeneric && !st.d.quantity) st.drop = true;
    else if (!st.agent && a.agentText && (st.event === 'transfer' || st.event === 'deploy')) {
      st.agent = { id: null, name: a.agentText.replace(/^(?:the|a|an)\s+/i, '') };
      st.rules.push('agent:as-written');
    }
  },
};

/** The nation or group a count's own words name: "several Malian soldiers", "24 migrants from Afghanistan". */
function nationOfCount(v: DocView, d: Draft): ActorRef | null {
  if (!d.quantity) return null;
  const [qf, ql] = v.tokenRange(d.quantity.start, d.quantity.end);
  let last = ql;
  // "… from Afghanistan", "… of the Syrian army" right after the count
  if (['from', 'of'].includes(v.tokens[ql]?.lower ?? '')) {
    let k = ql + 1;
    while (k < v.tokens.length && k < ql + 4 && !v.mention[k] && ['DET', 'ADJ'].includes(v.tokens[k].pos)) k++;
    if (v.mention[k]) last = v.mention[k]!.last;
  }
  const hits = actorsIn(v, { first: qf, last }).filter((h) => !h.placeOnly && h.mention.entity.type !== 'person' && (h.actor.id?.startsWith('country:') || h.mention.entity.type === 'group'));
  return (hits.find((h) => h.mention.rule === 'demonym') ?? hits[0])?.actor ?? sideBefore(v, qf);
}

/** "On the Israeli side, 10 soldiers …", "on the Ukrainian side": the side a count is given for, earlier in its sentence. */
function sideBefore(v: DocView, qf: number): ActorRef | null {
  const s = v.sentences[v.tokens[qf].sentence];
  for (let k = qf - 1; k >= s.first + 2; k--) {
    if (v.tokens[k].lower !== 'side' || v.tokens[k - 2]?.lower !== 'the') continue;
    const m = v.mention[k - 1];
    const hit = m ? actorsIn(v, { first: m.first, last: m.last })[0] : null;
    if (hit) return hit.actor;
  }
  return null;
}

/** Slots through which a frame names the side itself: they stay. */
const OWN_SIDE = new Set(['pp:by', 'possessor', 'subject', 'object', 'object-actor', 'pp:from', 'theme-named']);

const nationOfCounted: Refiner = {
  id: 'agent:nation-of-the-counted',
  // "several Malian soldiers were killed", "24 migrants from Afghanistan drowned", "11 American
  // citizens were among those killed": people counted with their nation are of it — unless the
  // frame names the side itself ("the army's losses", "killed by X")
  run: (st, { v }) => {
    if ((st.event !== 'casualties' && st.event !== 'other') || OWN_SIDE.has(st.d.args.from.agent ?? '')) return;
    const nation = nationOfCount(v, st.d);
    if (!nation || sameId(nation, st.agent)) return;
    st.agent = nation;
    st.rules.push('agent:nation-of-the-counted');
  },
};

let peacekeeperNouns: string[] | null = null;
const missionOfPeacekeepers: Refiner = {
  id: 'agent:mission-of-the-peacekeepers',
  // "killing one peacekeeper", "the 4,000 peacekeepers who have died": losses of peacekeepers are
  // their mission's — the last named before (MONUSCO, the Kosovo Force), else the United Nations
  // (peacekeeper-nouns.txt); a nation named with them ("two Nepalese peacekeepers") keeps its rule
  run: (st, { v }) => {
    const q = st.d.quantity;
    if (st.event !== 'casualties' || !q?.unit || st.rules.includes('agent:nation-of-the-counted') || OWN_SIDE.has(st.d.args.from.agent ?? '')) return;
    peacekeeperNouns ??= loadList('peacekeeper-nouns.txt');
    const unit = q.unit.toLowerCase();
    if (!peacekeeperNouns.some((n) => unit === n || unit.endsWith(` ${n}`))) return;
    st.agent = missionBefore(v, st.d.anchor) ?? { id: 'org:un', name: 'United Nations' };
    st.rules.push('agent:mission-of-the-peacekeepers');
  },
};

/** The peacekeeping mission named last before token i: an organisation whose names hold "mission" or "force". */
function missionBefore(v: DocView, i: number): ActorRef | null {
  for (let k = i - 1; k >= 0; k--) {
    const e = v.mention[k]?.entity;
    const words = e?.type === 'organisation' && !e.country ? new Set([...`${e.name} ${e.mentions.map((m) => m.text).join(' ')}`.toLowerCase().split(/\s+/), ...(aliasWords(e.id) ?? [])]) : null;
    if (e && words && (words.has('mission') || words.has('force'))) return { id: e.id, name: e.name };
  }
  return null;
}

let displacement: Set<string> | null = null;
const homeOfTheDisplaced: Refiner = {
  id: 'agent:home-of-the-displaced',
  // "40,000 people have fled their homes in northern Mozambique", "fighting in Ituri has displaced
  // 50,000": displaced people are of the country they left — a place in the clause that is no
  // destination ("into Thailand") (displacement-words.txt); a nation named with them keeps its rule
  // ("the war between the army and the RSF has displaced 12 million": who displaces them is not
  // their side — the place, else the report's country)
  run: (st, { v, dominant }) => {
    if (st.event !== 'other' || !st.d.quantity) return;
    displacement ??= new Set(loadList('displacement-words.txt'));
    const displacing = Boolean(st.t && displacement.has(st.t.entry.lemma));
    const byCause = displacing && !st.t!.passive && st.d.args.from.agent === 'subject';
    if (st.agent && !byCause) return;
    const clause = st.t?.clause ?? clauseAround(v, st.si, st.d.anchor);
    const words = v.tokens.slice(clause.first, clause.last).map((t) => t.lower);
    if (!displacing && !words.some((w) => displacement!.has(w))) return;
    const left = actorsIn(v, clause, true).find((h) => !h.placeOnly && !['to', 'into', 'towards', 'toward', 'for'].includes(v.tokens[h.mention.first - 1]?.lower ?? '') && h.mention.rule !== 'demonym' && (h.place || h.mention.entity.type === 'country'));
    const home = left?.actor ?? (byCause ? dominant : null);
    if (!home) return;
    st.agent = home;
    st.rules.push('agent:home-of-the-displaced');
  },
};

const traineesSentTo: Refiner = {
  id: 'agent:where-trainees-were-sent',
  // trained "to operate drones": by the country the trainees were sent to
  run: (st, { discourse }) => {
    if (st.agent || st.t?.entry.frame !== 'train' || !st.recipient) return;
    st.agent = discourse.recipientFor('deploy', st.recipient);
    if (st.agent) st.rules.push('agent:where-trainees-were-sent');
  },
};

const makerOfGoods: Refiner = {
  id: 'agent:maker-of-the-goods',
  // "deployed the Russian-made Pantsir": goods made by another country came from it
  run: (st, { v }) => {
    const maker = st.event === 'transfer' || st.event === 'other' ? makerOf(v, st.d.items) : null;
    // ("Serbia sent the Russian-made Pantsir to Bosnia": a giver the sentence names gave them)
    const named = st.event === 'transfer' && Boolean(st.d.args.from.agent) && st.t?.entry.frame !== 'use';
    if (!maker || sameId(maker, st.agent) || named) return;
    st.event = 'transfer';
    st.recipient = st.agent ?? st.recipient;
    st.agent = maker;
    st.rules.push('agent:maker-of-the-goods');
  },
};

const killedThroughoutTheCountry: Refiner = {
  // (its rule is agent:country-of-the-report, as countryOfTheReport's; the id tells the two refiners apart)
  id: 'agent:killed-throughout-the-country',
  // "rebels who have killed hundreds throughout the country": the victims are of the report's country
  run: (st, { v, dominant }) => {
    const t = st.t;
    if (st.agent || t?.entry.frame !== 'die' || t.passive || !dominant || !/\bthe country\b/i.test(v.text(t.clause.first, t.clause.last))) return;
    st.agent = dominant;
    st.rules.push('agent:country-of-the-report');
  },
};

const agentFromContext: Refiner = {
  id: 'agent:from-context',
  // an event with no agent of its own continues the last one of its kind
  run: (st, { discourse }) => {
    if (st.agent) return;
    let agent = discourse.agentFor(st.event);
    // "Belarus is aiming to acquire know-how in return": from whom it sent its troops to
    if (agent && st.recipient && agent.id === st.recipient.id) {
      agent = discourse.recipientFor('deploy', st.recipient) ?? discourse.recipientFor('transfer', st.recipient);
      if (agent) st.rules.push('agent:counterpart');
      // … else the last other giver of its kind ("UAVs it had bought from Iran. Russia has received dozens")
      else if ((agent = discourse.agentFor(st.event, st.recipient.id))) st.rules.push('agent:from-context');
    } else if (agent) st.rules.push('agent:from-context');
    st.agent = agent;
  },
};

const countryOfTheReport: Refiner = {
  id: 'agent:country-of-the-report',
  // "the conflict has claimed over 20,000 lives": the country the report is about
  run: (st, { dominant }) => {
    if (st.agent || (st.event !== 'casualties' && st.event !== 'other') || !dominant) return;
    st.agent = dominant;
    st.rules.push('agent:country-of-the-report');
  },
};

/** Another country named in the sentence: "after months in Azerbaijani captivity". */
const otherSide = (v: DocView, s: Range, home: ActorRef) => actorsIn(v, s).find((h) => h.actor.id?.startsWith('country:') && h.actor.id !== home.id)?.actor ?? null;

const peopleGoHome: Refiner = {
  id: 'recipient:people-go-home',
  // "handed over 40 Armenian soldiers", "40 of its soldiers returned home": people freed go home;
  // the side that held them is the other one (runs after the agent refiners: their agent may be home)
  run: (st, { v, discourse }) => {
    if (st.event !== 'other' || !st.t || !HOMECOMING.has(st.t.entry.frame) || !st.recipient) return;
    const home = st.recipient;
    if (st.agent && st.agent.id !== home.id) return;
    let agent = otherSide(v, st.s, home) ?? discourse.agentFor('other');
    if (agent?.id === home.id) agent = discourse.recipientFor('other', home);
    st.agent = agent;
    if (agent) st.rules.push('agent:side-that-held-them');
  },
};

/** Recipients ------------------------------------------------------------------------------------ */
const notOwnRecipient: Refiner = {
  id: 'recipient:not-the-agent',
  run: (st) => {
    if (!sameId(st.recipient, st.agent)) return;
    st.recipient = null;
    st.rules.push('recipient:not-the-agent');
  },
};

const laterInClause: Refiner = {
  id: 'recipient:later-in-clause',
  // "pass on know-how that might improve Venezuela's drone industry" — not where it came from ("bought
  // from Iran"), where it is used ("for use in …"), a place ("into Crimea") or what it is near
  run: (st, { v, atts }) => {
    const t = st.t;
    if (st.recipient || !t || (st.event !== 'deploy' && st.event !== 'transfer')) return;
    let end = t.last;
    while (end < t.clause.last && !(v.tokens[end].lower === 'for' && v.tokens[end + 1]?.lower === 'use')) end++;
    const later = actorsIn(v, { first: t.last, last: end }).find(
      (h) => h.actor.id !== st.agent?.id && h.mention.entity.type !== 'place' && h.mention.rule !== 'demonym' && !besideOrFrom(v, h.mention.first, t.last) && !isGappedSubject(v, h.mention.first, h.mention.last) && !wagesWar(v, h.mention.last) && !near(atts, h.mention.first, h.mention.first).some((a) => a.sources.some((r) => r.first <= h.mention.first && h.mention.last <= r.last)),
    );
    if (later) {
      st.recipient = later.actor;
      st.rules.push('recipient:later-in-clause');
    }
  },
};

let hostileActs: Set<string> | null = null;
/** "those affected by Russia's war", "Russia's full-scale invasion": a possessor of a hostile act (hostile-acts.txt) at token i. */
function wagesWar(v: DocView, i: number): boolean {
  if (!/^['’]s$/.test(v.tokens[i]?.lower ?? '')) return false;
  hostileActs ??= new Set(loadList('hostile-acts.txt'));
  let k = i + 1;
  // past modifiers: "brutal", "full-scale"
  while (k < i + 6 && v.tokens[k] && (v.tokens[k].pos === 'ADJ' || v.tokens[k].pos === 'ADV' || v.tokens[k + 1]?.text === '-')) k += v.tokens[k + 1]?.text === '-' ? 3 : 1;
  return hostileActs.has(v.tokens[k]?.lower ?? '');
}

const recipientFromContext: Refiner = {
  id: 'recipient:from-context',
  // "sending 2,000 soldiers to its eastern border": moved within its own country, to no one; else the
  // recipient of the last move of its kind
  run: (st, { v, discourse }) => {
    if (st.recipient) return;
    const own = st.t ? ownDestination(v, st.t) : null;
    if (own) st.rules.push(own === 'own' ? 'recipient:own-territory' : 'recipient:no-one-in-particular');
    else if (st.event === 'deploy' || st.event === 'transfer' || st.event === 'agreement') {
      st.recipient = discourse.recipientFor(st.event, st.agent);
      if (st.recipient) st.rules.push('recipient:from-context');
    }
  },
};

const noRecipient: Refiner = {
  id: 'recipient:none-for-losses',
  // losses and recruits are suffered and raised, not sent to anyone
  run: (st) => {
    if ((st.event !== 'recruit' && st.event !== 'casualties') || !st.recipient) return;
    st.recipient = null;
    st.rules.push('recipient:none-for-losses');
  },
};

/** Modality -------------------------------------------------------------------------------------- */
const modality: Refiner = {
  id: 'modality',
  run: (st, { v, atts }) => {
    const d = st.d;
    const mod = st.t ? modalityOf(v, st.t, atts, d.anchor) : bareModality(v, d.anchor, atts);
    // "sent no troops to Mali": what moved is none
    if (d.items.length && d.items.every((it) => v.tokens[it.first].lower === 'no') && !d.quantity) {
      mod.polarity = 'negative';
      mod.cues = [...mod.cues, { ...v.span(d.items[0].first, d.items[0].first + 1), kind: 'negation:no' }];
    }
    st.mod = mod;
  },
};

const statusOfDone: Refiner = {
  id: 'status:done-by-nature',
  // a count of losses counts losses suffered; "agreed to sell" is done, "will agree to sell" still
  // planned; "signed a contract on Thursday to buy 12 jets" is a done agreement (runs after modality)
  run: (st, { v }) => {
    const mod = st.mod!;
    const done = (st.event === 'casualties' && st.d.quantity?.min != null && mod.status === 'ongoing') || st.agreeing === 'agreed' || st.agreeing === 'signed'
      || (st.event === 'agreement' && st.t?.entry.frame === 'buy' && v.tokens[st.t.group.first]?.lower === 'to' && signedBefore(v, st.t));
    if (!done || mod.status === 'done') return;
    mod.status = 'done';
    st.rules.push('status:done-by-nature');
  },
};

/** A past "signed" or "agreed" earlier in the trigger's clause: "signed a contract on Thursday to buy …". */
function signedBefore(v: DocView, t: Trigger): boolean {
  // (a headline's present tells of the past: "Serbia signs deal to buy …")
  const past = v.sentences[v.tokens[t.first].sentence].headline ? /^(?:signed|agreed|concluded|struck|signs|agrees|strikes)$/ : /^(?:signed|agreed|concluded|struck)$/;
  for (let k = t.group.first - 1; k >= t.clause.first && k >= t.group.first - 8; k--) if (past.test(v.tokens[k].lower)) return true;
  return false;
}

/** Place ----------------------------------------------------------------------------------------- */
const place: Refiner = {
  id: 'location',
  // where: named in the clause, else carried from the same event just before (runs after modality:
  // a done move and a planned one are two events, whose places do not carry)
  run: (st, { v, discourse, dominant }) => {
    const found = locationFor(v, st.d, st.t, st.event, dominant);
    const carried = found ? null : discourse.locationFor(st.event, st.agent, st.recipient, st.si, st.mod!.status);
    st.location = found?.[0] ?? carried;
    if (found) st.rules.push(found[1]);
    else if (carried) st.rules.push('location:from-context');
  },
};

/** The refiners of one claim, in order. */
export const REFINERS: readonly Refiner[] = [
  // what someone was told not to do is no claim
  dissuadedEvent,
  // the event first: every later rule reads it
  boughtForAnother, agreedToMove,
  // actors named in the sentence, by description, before those carried from the context
  describedAgent, describedRecipient, genericAgent, goodsInTransit, reporterEnforces, nationOfCounted, missionOfPeacekeepers, homeOfTheDisplaced, traineesSentTo, makerOfGoods, killedThroughoutTheCountry, agentFromContext, countryOfTheReport,
  peopleGoHome, notOwnRecipient, laterInClause, recipientFromContext, noRecipient,
  // the event again, now that the sides are known
  sellerGives, civiliansMove, equipmentAbroad,
  modality, statusOfDone, place,
];

/** Runs every refiner on a draft's claim; returns its state (state.drop: no claim). */
export function refine(v: DocView, d: Draft, ctx: RefineContext): ClaimState {
  const st = initialState(v, d);
  for (const r of REFINERS) {
    r.run(st, ctx);
    if (st.drop) break;
  }
  return st;
}
