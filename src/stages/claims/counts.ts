// Counts outside any trigger's theme: the counted subject of a verb after it ("100 soldiers … were
// killed"), a figure after a trigger ("the toll rose to 45"), a counted event noun ("two
// deliveries"), money before the aid it buys, "the number of X … at N", people counted with no
// event word. COUNT_READERS tries each construction in order; the first that applies decides
// (a draft, or no claim).
import type { ClaimOut, EventType, QuantityOut } from '../../format.js';
import { loadList } from '../../lexicons/load.js';
import { PhraseMatcher } from '../../lexicons/phrases.js';
import { actorAfterPrep, actorIn, actorsIn, type ActorHit } from './actors.js';
import { emptyArgs, type Args } from './args.js';
import { eventFor, isPeopleUnit, slotRules, type Draft } from './drafts.js';
import type { Range } from './np.js';
import { isPeopleNoun, notGoodsNouns, type ThemeItem } from './themes.js';
import { clauseAround, type Trigger } from './triggers.js';
import type { DocView } from './view.js';
import { inflect } from './lexicon.js';
import { isA } from './words.js';

let aidWords: Set<string> | null = null;
let beneficiaryVerbs: Set<string> | null = null;
let livesVerbs: Set<string> | null = null;
let casualtyWords: Set<string> | null = null;
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}]+/u);
/** "$2 billion in aid", "its largest aid package" */
export const mentionsAid = (text: string) => wordsOf(text).some((w) => (aidWords ??= new Set(loadList('aid-words.txt'))).has(w));
/** "the army's casualty tally", "up to 120,000 deaths" */
const mentionsCasualties = (text: string) => wordsOf(text).some((w) => (casualtyWords ??= new Set(loadList('casualty-words.txt'))).has(w));

export interface CountSite {
  v: DocView;
  q: QuantityOut;
  qf: number;
  ql: number;
  clause: Range;
  /** the triggers of the count's clause */
  inClause: Trigger[];
  argsOf: Map<Trigger, Args>;
  item: ThemeItem;
  /** money in brackets after an actor: "The Netherlands (€0.5 billion) … provided" */
  paren: ActorHit | null;
}

/** undefined: the construction does not apply; null: no claim. */
export type CountReader = (c: CountSite) => Draft | null | undefined;

const draft = (c: CountSite, t: Trigger | null, event: EventType, args: Args, rule: string): Draft => ({
  trigger: t, event, args, items: [c.item], quantity: c.q, anchor: c.qf, rules: [...(t ? [`trigger:${t.entry.lemma}`] : []), rule, ...slotRules(args), `quantity:${c.q.rule}`],
});
const withParen = (c: CountSite, args: Args): Args => (c.paren ? { ...args, agent: c.paren } : args);
const evOf = (c: CountSite, t: Trigger) => eventFor(t, c.item.people, c.q.kind === 'money');

function countBetween(v: DocView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const q = v.quantity[k];
    if (q && (q.kind === 'count' || q.kind === 'money')) return true;
  }
  return false;
}

/** "300 Russian troops and dozens of Syrian fighters died": counts coordinated in one subject, the
 *  verb group right after the last (no verb in between). */
function coordinatedSubject(v: DocView, ql: number, t: Trigger): boolean {
  if (!['and', ','].includes(v.tokens[ql]?.lower ?? '')) return false;
  // ("… risen to 1,941, and that 9,900 people were injured": a clause of its own, not a subject)
  for (let k = ql; k < t.group.first; k++) if (['VERB', 'AUX', 'SCONJ'].includes(v.tokens[k].pos) || [';', 'that', 'which', 'who'].includes(v.tokens[k].lower)) return false;
  return true;
}

/** The finite verb after the count in its clause ("1,000 engineers arrived") — not past another
 *  count ("Chad took in over 12,000 and 9,300 went to Niger"), unless both are its subject. */
function verbAfter(c: CountSite): Trigger | undefined {
  const after = c.inClause.filter((t) => t.first >= c.ql && t.entry.pos === 'verb' && (!countBetween(c.v, c.ql, t.first) || coordinatedSubject(c.v, c.ql, t)));
  return after.find((t) => !t.reduced && t.entry.frame !== 'train') ?? after.find((t) => t.entry.frame !== 'train') ?? after[0];
}

/** "100 soldiers … have been killed", "1,000 engineers arrived": the counted subject of a verb after it. */
const countedSubject: CountReader = (c) => {
  const t = verbAfter(c);
  if (!t || !(t.passive || ['go', 'leave', 'return', 'die'].includes(t.entry.frame) || c.paren)) return undefined;
  // "Two gunmen opened fire, killing 12": who kills is no loss — an active verb of losses with an object of its own
  const beforeBe = c.v.tokens.slice(t.group.first, t.first).some((x) => isA('be', x.lower));
  // ("between 40 and 60 severely wounded people": a participle before the noun counted)
  const inUnit = !c.q.unit && c.v.tokens.slice(c.ql, t.first).every((x) => x.pos === 'ADV') && c.v.tokens[t.last]?.pos === 'NOUN';
  if (!t.passive && !beforeBe && !inUnit && !c.paren && t.entry.frame === 'die' && c.argsOf.get(t)!.themeFrom === 'object') return null;
  return draft(c, t, evOf(c, t), withParen(c, { ...c.argsOf.get(t)! }), c.paren ? 'quantity:bracketed-after-actor' : 'quantity:subject');
};

/** "the 13 service members who gave their lives", "2,400 soldiers lost their lives": the counted
 *  subject of a verb of losing one's life (lives-lost-verbs.txt) died. */
const livesLost: CountReader = (c) => {
  const { v } = c;
  let k = c.ql;
  if (['who', 'that'].includes(v.tokens[k]?.lower ?? '')) k++;
  while (k < c.clause.last && (v.tokens[k].pos === 'AUX' || v.tokens[k].pos === 'ADV')) k++;
  livesVerbs ??= new Set(loadList('lives-lost-verbs.txt'));
  const verb = v.tokens[k];
  const object = v.tokens[k + 2]?.lower;
  if (!verb || !livesVerbs.has(verb.lower) || !isA('possessive', v.tokens[k + 1]?.lower) || (object !== 'lives' && object !== 'life')) return undefined;
  return draft(c, null, 'casualties', emptyArgs(), 'quantity:lives-lost');
};

/** "the 42 drones Russia launched": the object of a relative clause whose subject follows the count. */
const relativeObject: CountReader = (c) => {
  const t = verbAfter(c);
  const m = c.v.mention[c.ql];
  if (!t || t.entry.pos !== 'verb' || !m || m.first !== c.ql || m.last !== t.group.first || t.passive) return undefined;
  return draft(c, t, evOf(c, t), { ...c.argsOf.get(t)! }, 'quantity:object-of-relative');
};

/** "allocated its largest package ever (EUR 0.7 billion)", "the number killed was around 600": a trigger before it, the nearest first. */
const afterTrigger: CountReader = (c) => {
  const { v, q } = c;
  const before = c.inClause.filter((t) => t.last <= c.qf && reachable(v, t.last, c.qf)).sort((a, b) => b.last - a.last);
  // "the death toll from Sunday's bombing rose to 61": a figure of people, or of nothing named, counts the losses before an attack
  const losses = !q.unit || isPeopleUnit(q.unit) || mentionsCasualties(q.unit) ? before.find((t) => t.entry.event === 'casualties') : undefined;
  const trig = losses ?? before.find((t) => !(t.entry.pos === 'verb' && (t.entry.frame === 'give' || t.entry.frame === 'release') && c.argsOf.get(t)!.themeFrom === 'object' && !t.passive)) ?? before[0];
  if (!trig || !(q.unit || q.kind === 'money' || trig.entry.event === 'casualties')) return undefined;
  const ev = evOf(c, trig);
  if (q.kind === 'money' && ev !== 'transfer' && ev !== 'agreement') return null;
  let args = { ...c.argsOf.get(trig)! };
  // a nominal event in a verb's object takes what the verb says: "Chad received the largest Swedish defence package amounting to …"
  const governing = trig.entry.pos === 'noun' ? before.find((t) => t.entry.pos === 'verb' && c.argsOf.get(t)!.theme.some((it) => it.first <= trig.first && trig.last <= it.last)) : undefined;
  if (governing) {
    const g = c.argsOf.get(governing)!;
    args = { ...args, agent: args.agent ?? g.agent, recipient: args.recipient ?? g.recipient };
  }
  return draft(c, trig, ev, withParen(c, args), 'quantity:after-trigger');
};

/** "paused one shipment of weapons", "two deliveries": a count that is itself an event noun. */
const countedEvent: CountReader = (c) => {
  const own = c.inClause.find((t) => t.entry.pos === 'noun' && t.first >= c.qf && t.last <= c.ql);
  return own ? draft(c, own, eventFor(own, false, false), withParen(c, { ...c.argsOf.get(own)! }), 'quantity:counted-event') : undefined;
};

/** "a €2 billion aid package for Moldova", "$300 million in military aid to Kyiv": money before the aid it buys. */
const moneyForAid: CountReader = (c) => {
  if (c.q.kind !== 'money') return undefined;
  const named = c.inClause.filter((t) => t.entry.pos === 'noun' && t.entry.event === 'transfer' && t.first >= c.ql && t.first <= c.ql + 4 && reachable(c.v, c.ql, t.first));
  const aid = named.find((t) => c.argsOf.get(t)!.recipient) ?? named[0];
  if (!aid) return undefined;
  const args = { ...c.argsOf.get(aid)! };
  if (!args.agent) subjectInto(c, args);
  return draft(c, aid, 'transfer', args, 'quantity:money-for-aid');
};

/** The giver of money: a bracketed owner, else the subject — an actor, or "I"/"we" for the refiners to resolve. */
function subjectInto(c: CountSite, args: Args): void {
  if (c.paren) { args.agent = c.paren; return; }
  const found = subjectOf(c.v, c.clause, c.qf);
  if (found && 'hit' in found) args.agent = found.hit;
  else if (found) args.agentRange ??= found.described;
}

/** No trigger: money in an aid context, a casualty unit, "the number of X … at N", people counted. */
const noTrigger: CountReader = (c) => {
  const { v, q } = c;
  const numberOf = numberOfPhrase(v, c.clause.first, c.qf);
  const unitText = q.unit ?? (numberOf ? v.text(numberOf.first, numberOf.last) : '');
  const args = emptyArgs();
  if (q.kind === 'money') {
    const valued = valueOfAid(c);
    if (valued) return valued;
    if (!mentionsAid(v.text(c.clause.first, c.clause.last))) return null;
    subjectInto(c, args);
    return draft(c, null, 'transfer', args, 'quantity:money-in-aid-context');
  }
  if (mentionsCasualties(unitText)) {
    args.agent = numberOf ? actorIn(v, numberOf) : subjectActor(v, c.clause, c.qf);
    return draft(c, null, 'casualties', args, 'quantity:casualty-unit');
  }
  const people = isPeopleUnit(unitText) || (numberOf ? isPeopleNoun(v, headOf(v, numberOf)) : false);
  if (!people) return null;
  if (numberOf) {
    const actors = actorsIn(v, numberOf);
    args.agent = actors[0] ?? null;
    args.recipient = actors[1] ?? null;
    return draft(c, null, args.recipient ? 'deploy' : 'other', args, 'quantity:number-of');
  }
  // "the three national security advisors": people named before, not a figure the report gives
  if (c.qf > 0 && ['the', 'these', 'those'].includes(v.tokens[c.qf - 1].lower)) return null;
  // "several of the Turks are staying in Bamako": people of a nation are its own
  const subject = subjectOf(v, c.clause, c.qf);
  args.agent = (subject && 'hit' in subject ? subject.hit : null) ?? actorsIn(v, { first: c.qf, last: c.ql }).find((h) => !h.placeOnly && (h.actor.id?.startsWith('country:') || h.mention.entity.type === 'group')) ?? null;
  if (!args.agent && subject && 'described' in subject) args.agentRange = subject.described;
  // "Around 100 instructors arrived in January. A further 200 are expected": a count that borrowed
  // its noun from the count before, with no event of its own, is more of that event
  const borrowed = q.rule.endsWith(':unit-figure') || q.rule.endsWith(':unit-elided');
  if (borrowed) return draft(c, null, 'other', args, 'quantity:figure-of-earlier');
  // "Italy, which has more than 1,000 troops in the force", "some 1,800 Russian personnel are in the
  // country": forces counted where they are stand deployed there; civilians counted are no deployment
  // ("Chad has 30,000 troops": its own forces at home are no deployment)
  if (lossesInclude(c)) return draft(c, null, 'casualties', args, 'quantity:among-the-losses');
  if (!isForce(unitText) && notAnEvent(c)) return null;
  if (!isForce(unitText)) return servedByAid(c, args) ?? draft(c, null, 'other', args, 'quantity:people');
  const where = countryAfter(v, c.ql, c.clause.last, args.agent);
  const theCountry = where ? null : theCountryAfter(v, c.ql, c.clause.last);
  if (where) args.recipient = where;
  else if (theCountry) args.recipientRange = theCountry;
  // forces counted with no place: deployed all the same ("the new rotation would take it to 4,500
  // personnel"), unless a side is only said to have them ("Chad has 30,000 troops")
  else if (hasBefore(v, c.qf, c.clause.first)) return draft(c, null, 'other', args, 'quantity:forces-held');
  return draft(c, null, 'deploy', args, where || theCountry ? 'quantity:forces-stationed' : 'quantity:forces');
};

/**
 * "the grant will assist 250,000 people in Chad": people counted right after a verb of serving them
 * (beneficiary-verbs.txt), in a sentence that names aid, are that aid's transfer, to the country
 * they are in (else the refiners carry the recipient from the context).
 */
function servedByAid(c: CountSite, args: Args): Draft | null {
  const { v } = c;
  beneficiaryVerbs ??= new Set(loadList('beneficiary-verbs.txt').flatMap(inflect));
  let k = c.qf - 1;
  while (k > c.clause.first && ['ADV', 'ADP', 'DET', 'ADJ'].includes(v.tokens[k].pos) && !beneficiaryVerbs.has(v.tokens[k].lower)) k--;
  if (!beneficiaryVerbs.has(v.tokens[k]?.lower ?? '') || k < c.qf - 4) return null;
  const s = v.sentences[v.tokens[c.qf].sentence];
  if (!mentionsAid(v.text(s.first, s.last))) return null;
  const agent = args.agent && args.agent.actor.id?.startsWith('country:') ? args.agent : null;
  const recipient = countryAfter(v, c.ql, c.clause.last, agent, ['in', 'across', 'throughout']);
  return draft(c, null, 'transfer', { ...emptyArgs(), agent, recipient }, 'quantity:aid-beneficiaries');
}

/** "a drawdown of arms for Ukraine, valued at up to $100 million": money in a clause that values the
 *  aid named just before it in the sentence is that aid's (its trigger and sides). */
const VALUING = new Set(['valued', 'worth', 'totalling', 'totaling', 'amounting']);
function valueOfAid(c: CountSite): Draft | null {
  const { v } = c;
  let k = c.qf - 1;
  while (k > c.qf - 5 && k > 0 && !VALUING.has(v.tokens[k].lower)) k--;
  if (!VALUING.has(v.tokens[k]?.lower ?? '') || v.tokens[k - 1]?.text !== ',') return null;
  const si = v.tokens[c.qf].sentence;
  const aid = [...c.argsOf.keys()].filter((t) => t.entry.event === 'transfer' && t.last <= k && v.tokens[t.first].sentence === si).pop();
  return aid ? draft(c, aid, 'transfer', { ...c.argsOf.get(aid)! }, 'quantity:value-of-the-aid') : null;
}

let needWords: Set<string> | null = null;
/** People counted for what they need or who they belong to, not for anything that happened to them:
 *  "15.7 million people require assistance", "people in need", "home to two million people", "her two children". */
function notAnEvent(c: CountSite): boolean {
  const { v } = c;
  needWords ??= new Set(loadList('need-predicates.txt'));
  for (let k = c.ql; k < Math.min(c.clause.last, c.ql + 5); k++) {
    const w = v.tokens[k].lower;
    if (needWords.has(w) || (w === 'in' && v.tokens[k + 1]?.lower === 'need')) return true;
    if (v.tokens[k].pos === 'VERB' && !['are', 'is', 'were', 'now', 'still'].includes(w)) break;
  }
  const before = v.tokens[c.qf - 1]?.lower ?? '';
  return (before === 'to' && v.tokens[c.qf - 2]?.lower === 'home') || isA('possessive', before) || /^['’]s$/.test(before);
}

/** "the victims included 35 children", "the dead included 12 policemen": people counted among the losses. */
function lossesInclude(c: CountSite): boolean {
  const { v } = c;
  const verb = v.tokens[c.qf - 1];
  if (!verb || !['include', 'included', 'includes', 'comprised'].includes(verb.lower)) return false;
  return mentionsCasualties(v.text(c.clause.first, c.qf - 1));
}

/** "Chad has 30,000 troops", "Niger, which has about 12,000 soldiers": a form of "have" right before the count. */
function hasBefore(v: DocView, qf: number, lo: number): boolean {
  for (let k = qf - 1; k >= lo && k >= qf - 3; k--) {
    if (isA('have', v.tokens[k].lower)) return true;
    if (!['ADV', 'DET', 'ADP'].includes(v.tokens[k].pos)) return false;
  }
  return false;
}

/** "30 dead in Baghdad bomb blasts", "12 wounded": a count with the losses it counts right after it. */
const countedLosses: CountReader = (c) => {
  const t = c.inClause.find((x) => x.first === c.ql && x.entry.event === 'casualties' && x.entry.pos === 'noun');
  return t ? draft(c, t, 'casualties', { ...c.argsOf.get(t)! }, 'quantity:counted-losses') : undefined;
};

/** The constructions a count outside any theme is read in, in order (exported for the tests). */
export const COUNT_READERS: readonly CountReader[] = [countedLosses, livesLost, countedSubject, relativeObject, afterTrigger, countedEvent, moneyForAid, noTrigger];

/** Where a count stands, as the count readers see it; null for a count of things that do not move. */
export function countSite(v: DocView, q: QuantityOut, triggers: Trigger[], argsOf: Map<Trigger, Args>, si: number): CountSite | null {
  const [qf, ql] = v.tokenRange(q.start, q.end);
  if (q.unit && notGoodsNouns().has(q.unit.toLowerCase().split(/\s+/).pop() ?? '') && q.kind !== 'money') return null;
  const clause = clauseAround(v, si, qf);
  const pm = v.tokens[qf - 1]?.text === '(' ? v.mention[qf - 2] : undefined;
  return {
    v, q, qf, ql, clause, argsOf,
    inClause: triggers.filter((t) => t.first >= clause.first && t.first < clause.last),
    item: { first: qf, last: ql, head: ql - 1, separate: false, people: Boolean(q.unit && isPeopleUnit(q.unit)) },
    paren: pm ? actorIn(v, { first: pm.first, last: pm.last }) : null,
  };
}

/** A draft for a counted quantity outside any theme, or null. */
export function quantityDraft(v: DocView, q: QuantityOut, triggers: Trigger[], argsOf: Map<Trigger, Args>, si: number): Draft | null {
  const c = countSite(v, q, triggers, argsOf, si);
  if (!c) return null;
  for (const read of COUNT_READERS) {
    const d = read(c);
    if (d !== undefined) return d;
  }
  return null;
}

const lastWords = (text: string, n: number) => text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').trim().split(/\s+/).slice(-n).map((w) => w.replace(/(?<=[a-z]{3})s$/, '')).join(' ');

/**
 * "Iran is to receive its first fighter jets … A total of 24 new fighter jets are involved": a
 * count of the goods a transfer of the sentences just before moved, with no event of its own,
 * counts that transfer (its sides come from the context).
 */
export function sameGoodsDraft(v: DocView, q: QuantityOut, claims: ClaimOut[], si: number): Draft | null {
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
  // "Laos's air force now flies 20 jets": a count with an actor of its own is about that actor;
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

let adverbials: PhraseMatcher<true> | null = null;
const adverbialPhrases = () => {
  if (!adverbials) {
    adverbials = new PhraseMatcher<true>();
    for (const p of loadList('adverbial-phrases.txt')) adverbials.add(p, true);
  }
  return adverbials;
};
let lightVerbs: Set<string> | null = null;
const isLightVerb = (w: string) => (lightVerbs ??= new Set(loadList('light-verbs.txt'))).has(w);

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

let forces: Set<string> | null = null;
/** Armed or security personnel (force-nouns.txt): "troops", "Russian personnel", "police officers". */
const isForce = (unit: string) => {
  forces ??= new Set(loadList('force-nouns.txt'));
  const w = unit.toLowerCase().split(/\s+/);
  return forces.has(w.slice(-2).join(' ')) || forces.has(w[w.length - 1] ?? '');
};

/** A country after "in", "to", "into" between k and hi, other than `not`: where counted forces are. */
function countryAfter(v: DocView, k: number, hi: number, not: ActorHit | null, preps = ['in', 'to', 'into', 'inside']): ActorHit | null {
  return actorAfterPrep(v, k, hi, preps, (h) => h.mention.rule !== 'demonym' && h.actor.id !== not?.actor.id);
}

/** "are in the country": the phrase "the country" (the refiners read it as the report's country), or null. */
function theCountryAfter(v: DocView, k: number, hi: number): Range | null {
  for (let j = k; j < hi - 2; j++) if (v.tokens[j].lower === 'in' && v.tokens[j + 1].lower === 'the' && v.tokens[j + 2].lower === 'country') return { first: j + 1, last: j + 3 };
  return null;
}

/** The head noun of a phrase: its last noun before any preposition ("troops" in "troops in Libya"). */
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
export function subjectActor(v: DocView, clause: Range, i: number): ActorHit | null {
  const found = subjectOf(v, clause, i);
  return found && 'hit' in found ? found.hit : null;
}

/** "the mission", "the country's army": a short noun phrase after "the", ending at token j, naming no one. */
function definiteDescription(v: DocView, j: number, from: number): Range | null {
  if (v.tokens[j].pos !== 'NOUN' || v.mention[j]) return null;
  for (let k = j - 1; k >= Math.max(from, j - 3); k--) {
    const t = v.tokens[k];
    if (v.mention[k]) return null;
    if (t.lower === 'the') return { first: k, last: j + 1 };
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') return null;
  }
  return null;
}

/** The subject of the verb before a count: an actor it names, or a phrase standing for one ("I have
 *  authorized …", "the mission has …"). */
export function subjectOf(v: DocView, clause: Range, i: number): { hit: ActorHit } | { described: Range } | null {
  const s = v.sentences[v.tokens[i].sentence];
  let k = i - 1;
  while (k >= clause.first && v.tokens[k].pos !== 'VERB' && v.tokens[k].pos !== 'AUX') k--;
  // "The United States is the largest donor, funding over $1.6 billion": a free participle shares the sentence's subject
  if (k >= clause.first && /ing$/.test(v.tokens[k].lower) && v.tokens[k - 1]?.text === ',') {
    for (let m = s.first; m < k; m++) {
      const mm = v.mention[m];
      if (mm && !(m > s.first && v.tokens[mm.first - 1]?.pos === 'ADP')) { const hit = actorIn(v, { first: mm.first, last: mm.last }); if (hit) return { hit }; }
      if (m > s.first && (v.tokens[m].pos === 'VERB' || v.tokens[m].pos === 'AUX')) break;
    }
  }
  if (k >= clause.first) {
    let j = k - 1;
    while (j >= s.first && (v.tokens[j].pos === 'ADV' || v.tokens[j].pos === 'AUX')) j--;
    const relative = j >= s.first && ['which', 'who'].includes(v.tokens[j].lower);
    if (relative) j = v.tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
    // "I", "we" are the subject: no actor further back stands in for it
    if (j >= s.first && v.tokens[j].pos === 'PRON' && !v.mention[j] && isA('first-person', v.tokens[j].lower)) return { described: { first: j, last: j + 1 } };
    // "the mission has 12,000 troops": a definite description naming no one, for the refiners to resolve
    const described = j >= s.first ? definiteDescription(v, j, s.first) : null;
    if (described) return { described };
    // the subject's own actor, past a place in its prepositional phrase ("U.S. funding to address drought in Somalia is …")
    let reach = Math.max(s.first, j - 4);
    for (let m = j; m >= reach; m--) {
      const mm = v.mention[m];
      if (mm && !relative && v.tokens[mm.first - 1]?.pos === 'ADP' && mm.first - 1 > s.first) {
        reach = Math.max(s.first, mm.first - 8);
        m = mm.first;
        continue;
      }
      if (mm) { const hit = actorIn(v, { first: mm.first, last: mm.last }); return hit ? { hit } : null; }
      if (m < j && (v.tokens[m].pos === 'VERB' || v.tokens[m].pos === 'AUX')) break;
    }
  }
  for (let m = clause.first; m < i; m++) {
    const mm = v.mention[m];
    if (mm && !(m > clause.first && v.tokens[mm.first - 1]?.pos === 'ADP')) { const hit = actorIn(v, { first: mm.first, last: mm.last }); return hit ? { hit } : null; }
  }
  return null;
}
