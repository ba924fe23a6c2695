// The arguments of a trigger, read from where its frame puts them: subject, object, "X with Y",
// "to X", "from X", "by X", a possessor or demonym of a nominal event, a purpose "to support X".
import type { ActorRef } from '../../format.js';
import { actorIn, actorsIn, type ActorHit } from './actors.js';
import { npEndingAt, npStartingAt, skipLeft, subjectBefore, type Range } from './np.js';
import { additiveAt, isDefinite, readThemeList, type Additive, type ThemeItem } from './themes.js';
import { claimLexicon } from './lexicon.js';
import { loadList } from '../../lexicons/load.js';
import type { Trigger } from './triggers.js';
import type { DocView } from './view.js';

export interface Args {
  agent: ActorHit | null;
  /** the subject phrase when it names no actor directly ("the Prime Minister"), to resolve later */
  agentRange?: Range | null;
  /** the subject phrase of a receiving frame when it names no actor directly ("It took delivery …") */
  recipientRange?: Range | null;
  /** the agent phrase as written, for agents that are not entities ("donors") */
  agentText: string | null;
  recipient: ActorHit | null;
  location: ActorRef | null;
  theme: ThemeItem[];
  /** where the theme was read: object, subject (passive, intransitive), of (nominal), self */
  themeFrom: 'object' | 'subject' | 'of' | 'self' | null;
  /** a purchase "for X": a transfer to X rather than an agreement */
  forThirdParty?: boolean;
  /** the subject is indefinite and names no actor: "a country has pledged …" */
  agentGeneric?: boolean;
}

export interface ArgContext {
  /** token i stands in a source phrase of an attribution ("confirmed by the US") */
  isSource: (i: number) => boolean;
}

let purpose: Set<string> | null = null;
/** "… to support Russia's war efforts": verbs whose object receives what moves (purpose-verbs.txt) */
const isPurposeVerb = (w: string) => (purpose ??= new Set(loadList('purpose-verbs.txt'))).has(w);
const RELATIVE = ['which', 'who', 'that', 'whose'];
/** Arguments with nothing read yet. */
export const emptyArgs = (): Args => ({ agent: null, agentText: null, recipient: null, location: null, theme: [], themeFrom: null });

const sentenceOf = (v: DocView, i: number) => v.sentences[v.tokens[i].sentence];

/** The subject phrase of a trigger's verb group, through coordinations, relatives and gerunds. */
function subjectOf(v: DocView, t: Trigger): Range | null {
  const s = sentenceOf(v, t.first);
  const lo = t.clause.first;
  let g = t.group.first;
  const before = skipLeft(v, g - 1, lo);
  const prev = v.tokens[before];
  // "… and possibly transfer": the subject of the first verb of the coordination
  if (before >= lo && (prev.lower === 'and' || prev.lower === 'or')) {
    for (let k = before - 1; k >= lo; k--) {
      const x = v.tokens[k];
      if (x.pos === 'VERB' || x.pos === 'AUX') {
        let h = k;
        while (h - 1 >= lo && (v.tokens[h - 1].pos === 'AUX' || v.tokens[h - 1].pos === 'ADV' || v.tokens[h - 1].pos === 'PART')) h--;
        g = h;
        break;
      }
    }
  }
  const gerund = /ing$/.test(v.tokens[t.first].lower) && t.group.first === t.first;
  // "accuses Iran of supplying": the actor before "of"; "by providing", "in return for providing",
  // "after suffering": the clause's first actor
  if (gerund && before >= s.first && (prev.pos === 'ADP' || prev.pos === 'SCONJ')) {
    // … past a time: "accused the UAE on Sunday of supplying"
    let end = before - 1;
    if (v.time[end]) {
      while (end >= s.first && v.time[end]) end--;
      if (end >= s.first && v.tokens[end].pos === 'ADP') end--;
    }
    const np = prev.lower === 'of' && end >= s.first ? npEndingAt(v, end, s.first) : null;
    if (np && actorIn(v, np)) return np;
    return firstActorPhrase(v, lo, t.first) ?? firstActorPhrase(v, s.first, t.first);
  }
  // "…, supplying artillery shells": a free participle shares the sentence's subject
  if (gerund && before >= s.first && prev.text === ',') return firstActorPhrase(v, lo, t.first) ?? firstActorPhrase(v, s.first, t.first);
  // "working with international partners to deliver": an infinitive after a prepositional phrase
  if (v.tokens[g]?.lower === 'to' && before >= s.first) {
    const np = npEndingAt(v, before, s.first);
    if (np && np.first - 1 >= s.first && v.tokens[np.first - 1].pos === 'ADP') return firstActorPhrase(v, Math.max(s.first, lo), t.first) ?? firstActorPhrase(v, s.first, t.first);
  }
  const subj = subjectBefore(v, g, lo);
  const first = subj ? v.tokens[subj.first] : null;
  // "signed a contract on Friday to buy 180 tanks": an infinitive after a thing shares the clause's subject
  if (v.tokens[g]?.lower === 'to' && subj && !actorIn(v, subj) && !RELATIVE.includes(first!.lower)) {
    const clauseSubject = firstActorPhrase(v, lo, subj.first);
    if (clauseSubject) return clauseSubject;
  }
  // "…, whose forces have … suffered": the clause opens after "whose"
  if (subj && subj.first - 1 >= s.first && v.tokens[subj.first - 1].lower === 'whose') return relativeHead(v, subj.first - 1, s.first);
  // "whose military … is believed to have suffered": the owner before "whose"
  if (subj && first && RELATIVE.includes(first.lower) && (subj.last - subj.first === 1 || first.lower === 'whose')) return relativeHead(v, subj.first, s.first);
  if (!subj) {
    const r = skipLeft(v, g - 1, s.first);
    if (r >= s.first && RELATIVE.includes(v.tokens[r].lower)) return relativeHead(v, r, s.first);
  }
  return subj;
}

/** The first phrase of [lo, hi) naming an actor (a subject-like position: not after a preposition). */
function firstActorPhrase(v: DocView, lo: number, hi: number): Range | null {
  for (const m of v.mentionsIn(lo, hi)) {
    if (m.first > lo && v.tokens[m.first - 1].pos === 'ADP') continue;
    if (actorIn(v, { first: m.first, last: m.last })) return npEndingAt(v, m.last - 1, lo) ?? { first: m.first, last: m.last };
  }
  return null;
}

/** The phrase a relative pronoun at k refers to: the noun phrase just before it. */
function relativeHead(v: DocView, k: number, lo: number): Range | null {
  let j = k - 1;
  if (j >= lo && v.tokens[j].text === ',') j--;
  return j >= lo ? npEndingAt(v, j, lo) : null;
}

/** Prepositional phrases after position i in the clause: to/for/into/in/from/by/with X. */
function readPPs(v: DocView, i: number, hi: number, ctx: ArgContext): Map<string, Range[]> {
  const out = new Map<string, Range[]>();
  for (let k = i; k < hi; k++) {
    const t = v.tokens[k];
    if (t.text === ';' || ['that', 'which', 'who', 'while', 'although', 'but'].includes(t.lower)) break;
    // "for use in the war in Ukraine", "for use against Ukraine": where the goods will be used, not who gets them
    if (t.lower === 'for' && v.tokens[k + 1]?.lower === 'use') {
      k += 1;
      while (['in', 'against', 'on', 'by'].includes(v.tokens[k + 1]?.lower ?? '')) k = (npStartingAt(v, k + 2, hi)?.last ?? k + 2) - 1;
      continue;
    }
    // purpose: "to support Russia's war efforts", "to help Kyiv's forces"
    if (t.lower === 'to' && isPurposeVerb(v.tokens[k + 1]?.lower ?? '')) {
      const np = npStartingAt(v, k + 2, hi);
      if (np) push(out, 'purpose', np);
      continue;
    }
    // "… part of an autumn package for Moldova, not the one the parliament just passed": another verb's phrases
    if ((t.pos === 'VERB' || t.pos === 'AUX') && v.tokens[k - 1]?.lower !== 'to') break;
    if (t.pos !== 'ADP' && t.lower !== 'to') continue;
    const np = npStartingAt(v, k + 1, hi);
    // "officially confirmed by the US": a source, not an argument
    if (np && !ctx.isSource(np.first)) push(out, t.lower, np);
  }
  return out;
}

const push = (m: Map<string, Range[]>, k: string, r: Range) => m.set(k, [...(m.get(k) ?? []), r]);

/** The first actor among the phrases of the given prepositions, in order of the list. */
function firstActor(v: DocView, pps: Map<string, Range[]>, preps: string[], exclude?: ActorHit | null): ActorHit | null {
  for (const p of preps) {
    for (const r of pps.get(p) ?? []) {
      const hit = actorsIn(v, r).find((h) => !exclude || h.actor.id !== exclude.actor.id);
      if (hit) return hit;
    }
  }
  return null;
}

function placeIn(v: DocView, pps: Map<string, Range[]>, preps: string[]): ActorRef | null {
  for (const p of preps) for (const r of pps.get(p) ?? []) for (const h of actorsIn(v, r, true)) if (h.place) return h.place;
  return null;
}

export function readArgs(v: DocView, t: Trigger, ctx: ArgContext): Args {
  const f = t.entry.frame;
  if (f === 'noun') return nounArgs(v, t, ctx);
  const hi = t.clause.last;
  const subj = subjectOf(v, t);
  let k = t.last;
  while (k < hi && v.tokens[k].pos === 'ADV') k++;
  // "took delivery of six drones", "took possession of": a phrasal trigger's object follows its "of"
  if (t.last - t.first > 1 && v.tokens[k]?.lower === 'of') k++;
  const obj = npStartingAt(v, k, hi, false);
  const args = emptyArgs();
  // "insurgents who have killed thousands": active killing; its object suffers
  if (f === 'die' && !t.passive && obj && !t.reduced && v.tokens[t.first].pos === 'VERB') {
    args.theme = readThemeList(v, k, hi);
    args.themeFrom = 'object';
    // the victims' side: named with them, else the country of the place struck ("a strike on Dnipro killed 12")
    const placed = actorsIn(v, { first: t.clause.first, last: hi }, true).find((h) => !h.placeOnly && inPlace(v, h));
    args.agent = actorIn(v, obj) ?? (placed ? placed : null);
    args.location = placeIn(v, readPPs(v, obj.last, hi, ctx), ['in', 'across', 'near']) ?? placed?.place ?? null;
    return args;
  }
  if (f === 'contain') return containArgs(v, t, subj, k, hi);
  if (t.passive || f === 'go' || f === 'die') return intransitiveArgs(v, t, subj, k, ctx);
  // active frames: agent = subject
  const subjActor = subj ? actorIn(v, subj) : null;
  if (f === 'receive' || f === 'buy') args.recipient = subjActor;
  else args.agent = subjActor;
  if (!subjActor && subj && (f === 'receive' || f === 'buy')) {
    // "It took delivery of six drones": who receives is resolved later
    args.recipientRange = subj;
  } else if (!subjActor && subj) {
    // a pronoun is resolved later, never kept as a name ("they would train …"); a phrase is kept as a
    // name only when it names people or bears a capital ("donors", "Western partners"), not "the decision"
    const head = v.tokens[subj.last - 1];
    const named = claimLexicon().people.has(head.lower) || /^\p{Lu}/u.test(head.text) || /(?:ers|ors|ists|ies)$/.test(head.lower);
    if (!(subj.last - subj.first === 1 && head.pos === 'PRON') && named) args.agentText = v.text(subj.first, subj.last);
    args.agentGeneric = /^(?:a|an|any|some|another)$/i.test(v.tokens[subj.first].text);
    args.agentRange = subj;
  }
  if (obj && v.tokens[obj.last]?.lower === 'with' && (f === 'give' || f === 'with')) {
    // "furnished Chad with patrol boats", "helping Serbia with fuel deliveries"
    args.recipient = actorIn(v, obj);
    args.theme = readThemeList(v, obj.last + 1, hi);
  } else if (f === 'with') {
    // "denied arming the group": arms, to whoever is armed
    if (t.entry.lemma !== 'arm' || !obj) return args;
    args.recipient = actorIn(v, obj);
    if (!args.recipient) args.recipientRange = obj;
    args.theme = [{ first: t.first, last: t.last, head: t.first, separate: false, people: false }];
    args.themeFrom = 'self';
    return args;
  } else if (f === 'meet') {
    // "signed a contract", "met the minister": the object is the partner, or the deal itself
    args.recipient = obj ? actorIn(v, obj) : null;
    if (obj && !args.recipient) {
      args.theme = readThemeList(v, k, hi);
      args.themeFrom = args.theme.length ? 'object' : null;
    }
  } else if (f === 'train') {
    // "instructing Kenyan crews to fly the new helicopters"
    args.recipient = obj ? actorIn(v, obj) : null;
    const to = obj ? obj.last : k;
    if (v.tokens[to]?.lower === 'to') args.theme = [{ first: t.first, last: clauseEndOfInfinitive(v, to, hi), head: t.first, separate: false, people: false }];
  } else if (f === 'give' && v.mention[k] && v.mention[k]!.first === k && v.mention[k]!.rule !== 'demonym' && ['country', 'organisation', 'group'].includes(v.mention[k]!.entity.type) && startsPhrase(v, v.mention[k]!.last)) {
    // "gave Myanmar radar stations": the first object is who receives
    const m = v.mention[k]!;
    args.recipient = actorIn(v, { first: m.first, last: m.last });
    args.theme = readThemeList(v, m.last, hi);
  } else if (v.tokens[k]?.lower === 'to' && f === 'give') {
    // "provided to Moscow"
    const r = npStartingAt(v, k + 1, hi);
    args.recipient = r ? actorIn(v, r) : null;
  } else args.theme = readThemeList(v, k, hi);
  args.themeFrom = args.theme.length ? 'object' : null;
  // no object after the verb: a relative clause's head is the theme ("missiles that Tehran provided")
  if (!args.theme.length && (f === 'give' || f === 'receive' || f === 'buy')) {
    const rel = relativeObject(v, t);
    if (rel) {
      args.theme = readThemeList(v, rel.first, rel.last);
      args.themeFrom = 'object';
    }
  }
  const after = args.theme.length ? Math.max(k, args.theme[args.theme.length - 1].last) : k;
  const pps = readPPs(v, after, hi, ctx);
  // "deployed 100 instructors to Niger along with an air defence system": more that moved
  if (args.theme.length && (f === 'give' || f === 'receive')) args.theme.push(...alongWith(v, after, hi), ...frontedAdditions(v, t));
  const agent = args.agent ?? args.recipient;
  if (f === 'give' || f === 'act') args.recipient ??= firstActor(v, pps, ['to', 'into', 'for', 'purpose', 'in'], agent);
  if (f === 'receive') args.agent ??= firstActor(v, pps, ['from'], args.recipient) ?? demonymIn(v, args.theme, args.recipient);
  if (f === 'buy') {
    // "buy 20,000 mortar bombs for the Moldovan army": bought for someone else
    const beneficiary = firstActor(v, pps, ['for'], args.recipient);
    if (beneficiary) {
      args.agent = args.recipient;
      args.recipient = beneficiary;
      args.forThirdParty = true;
    } else args.agent = firstActor(v, pps, ['from'], args.recipient) ?? demonymIn(v, args.theme, args.recipient);
  }
  if (f === 'meet') args.recipient ??= firstActor(v, pps, ['with', 'to'], agent);
  // "Russia and Iran agreed …", "Ukraine and the US signed a deal": the second side of the subject
  if (f === 'meet' && subj && args.agent) args.recipient ??= actorsIn(v, subj).find((h) => h.actor.id !== args.agent!.actor.id) ?? null;
  args.location = placeIn(v, pps, ['in', 'to', 'into', 'at']);
  return args;
}

let holders: Set<string> | null = null;
const isHolder = (w: string) => (holders ??= new Set(loadList('content-holders.txt'))).has(w);

/**
 * "The consignment contains mortar rounds", "It contains CV90 vehicles" (after a package), "a
 * contingent which comprises 600 engineers": what a package or contingent holds is what moves. Its
 * giver is an actor named in the subject ("Germany's package"), else the sender before (context).
 * Any other subject ("the report includes …", "Ukraine's arsenal includes …") has no contents that move.
 */
function containArgs(v: DocView, t: Trigger, subj: Range | null, k: number, hi: number): Args {
  const args = emptyArgs();
  if (t.passive || !subj || /ing$/.test(v.tokens[t.first].lower)) return args;
  // "a package for Ukraine that includes …": the holder before the phrase the relative follows
  if (!isHolder(v.tokens[subj.last - 1].lower) && subj.first >= 2 && v.tokens[subj.first - 1].pos === 'ADP') {
    const holder = npEndingAt(v, subj.first - 2, sentenceOf(v, t.first).first);
    if (holder && isHolder(v.tokens[holder.last - 1].lower)) subj = holder;
  }
  const head = v.tokens[subj.last - 1].lower;
  const s = sentenceOf(v, t.first);
  const pronoun = subj.last - subj.first === 1 && ['it', 'this'].includes(head);
  if (pronoun) {
    // "It includes …" stands for a package named in the sentence before
    const prev = v.sentences[v.tokens[t.first].sentence - 1];
    if (subj.first !== s.first || !prev || !v.tokens.slice(prev.first, prev.last).some((x) => isHolder(x.lower))) return args;
  } else if (!isHolder(head)) return args;
  if (!pronoun) args.agent = actorsIn(v, subj)[0] ?? null;
  args.theme = readThemeList(v, k, hi);
  args.themeFrom = args.theme.length ? 'object' : null;
  return args;
}

/** The subject of "X was part of" (or "X were among") just before position `at`, if any. */
function partOf(v: DocView, at: number, lo: number): Range | null {
  let k = at - 1;
  // back over the noun phrase: "a March aid package", "Germany's latest package"
  while (k >= lo && at - k < 8 && v.tokens[k].lower !== 'of' && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(v.tokens[k].pos) || v.time[k] || v.mention[k])) k--;
  if (k < lo + 2 || v.tokens[k].lower !== 'of' || v.tokens[k - 1].lower !== 'part') return null;
  let c = k - 2;
  while (c >= lo && v.tokens[c].pos === 'ADV') c--;
  if (c < lo || !['is', 'was', 'are', 'were', 'be', 'been'].includes(v.tokens[c].lower)) return null;
  return subjectBefore(v, c + 1, lo);
}

const startsPhrase = (v: DocView, i: number) => {
  const t = v.tokens[i];
  return Boolean(t && (['DET', 'ADJ', 'NOUN', 'NUM'].includes(t.pos) || v.quantity[i]) && !v.mention[i]);
};

/** Passive, intransitive and dying frames: the theme is the subject ("troops were sent"). */
function intransitiveArgs(v: DocView, t: Trigger, subj: Range | null, k: number, ctx: ArgContext): Args {
  const f = t.entry.frame;
  const hi = t.clause.last;
  const args = emptyArgs();
  let themeRange = subj;
  if (!themeRange && t.reduced) themeRange = npEndingAt(v, t.first - 1, t.clause.first);
  if (themeRange) {
    args.theme = readThemeList(v, themeRange.first, themeRange.last);
    args.themeFrom = 'subject';
  }
  const pps = readPPs(v, k, hi, ctx);
  const by = firstActor(v, pps, ['by']);
  const inTheme = themeRange ? actorIn(v, themeRange) : null;
  // "its cruise missiles sold to Venezuela": the owner supplied them
  // … or of "50 of its servicemen"
  for (let k = themeRange?.first ?? 0; themeRange && k < Math.min(themeRange.last, themeRange.first + 4); k++) {
    if (!['its', 'their', 'his', 'her'].includes(v.tokens[k].lower)) continue;
    args.agentRange = { first: k, last: k + 1 };
    break;
  }
  // "the Ukraine war … have been wounded" is no casualty of Ukraine: only people (or a count) suffer
  if (f === 'die') args.agent = args.theme.some((it) => it.people || v.quantity[it.first]) ? inTheme : null;
  // "Of the 12,000 North Korean soldiers deployed, about 4,000 have been killed": the whole named first
  if (f === 'die' && !args.agent) {
    const s = sentenceOf(v, t.first);
    if (v.tokens[s.first]?.lower === 'of') {
      const whole = npStartingAt(v, s.first + 1, t.first);
      if (whole) args.agent = actorIn(v, whole);
    }
    // "nine people were killed in Kharkiv": people killed in a place are of its country
    if (!args.agent && args.theme.some((it) => it.people || v.quantity[it.first])) {
      const placed = actorsIn(v, { first: t.last, last: hi }, true).find((h) => !h.placeOnly && inPlace(v, h));
      if (placed) args.agent = placed;
    }
  }
  else if (f === 'go' && t.entry.event === 'other') {
    // "fled Ukraine": the place left is the agent; "fled to Hungary": the place reached the recipient
    const obj = npStartingAt(v, k, hi);
    args.agent = obj ? actorIn(v, obj) : null;
    args.agent ??= firstActor(v, pps, ['from']);
    // "6 million Ukrainians have fled": the people's own country
    if (!args.agent && inTheme && inTheme.mention.rule === 'demonym') args.agent = inTheme;
    args.recipient = firstActor(v, pps, ['to', 'into']);
  } else if (f === 'train') {
    // the trainees are who receives; what moves is the training itself
    args.recipient = inTheme;
    args.agent = by;
    const to = t.last;
    args.theme = v.tokens[to]?.lower === 'to' ? [{ first: t.first, last: clauseEndOfInfinitive(v, to, hi), head: t.first, separate: false, people: false }] : [];
    args.themeFrom = args.theme.length ? 'object' : null;
  } else {
    // a nation or a force named before the people or goods: "North Korean troops", "Wagner
    // fighters", "Russian military instructors"
    const modifier = inTheme && (inTheme.mention.rule === 'demonym' || args.theme.some((it) => inTheme.mention.first >= it.first && inTheme.mention.last <= it.head));
    args.agent = by ?? (modifier ? inTheme : null);
    args.recipient = firstActor(v, pps, ['to', 'into', 'in', 'for', 'purpose'], args.agent);
    // "In Mali, where Wagner fighters have been deployed": the place the relative clause hangs on
    if (!args.recipient && v.tokens[t.clause.first - 1]?.lower === 'where') {
      let k = t.clause.first - 2;
      if (v.tokens[k]?.text === ',') k--;
      const m = k >= 0 ? v.mention[k] : null;
      const hit = m && m.last === k + 1 ? actorIn(v, { first: m.first, last: m.last }) : null;
      if (hit && hit.actor.id !== args.agent?.actor.id) args.recipient = hit;
    }
  }
  args.location = placeIn(v, pps, ['to', 'in', 'into', 'at']);
  return args;
}

/** Items introduced by "along with", "as well as", "in addition to" after the theme's phrases. */
function alongWith(v: DocView, from: number, hi: number): ThemeItem[] {
  for (let k = from; k < Math.min(hi, from + 10); k++) {
    const t = v.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === ';') return [];
    const add = additiveAt(v, k);
    if (add) return goodsOnly(v, readThemeList(v, k + add.words.length, hi), k, add);
  }
  return [];
}

/** "On top of shells and missiles, Pyongyang has shipped howitzers": the fronted items, more of the
 *  theme, when the additive phrase opens the trigger's clause and a comma closes it before the verb. */
function frontedAdditions(v: DocView, t: Trigger): ThemeItem[] {
  const lo = t.clause.first;
  for (let k = lo; k < t.group.first; k++) {
    const opens = k === lo || v.tokens[k - 1].text === ',' || v.tokens[k - 1].lower === 'that';
    const add = opens ? additiveAt(v, k) : null;
    if (!add) continue;
    let comma = k + add.words.length;
    while (comma < t.group.first && v.tokens[comma].text !== ',') comma++;
    if (comma >= t.group.first) return [];
    const items = readThemeList(v, k + add.words.length, comma);
    // the whole phrase up to the comma must be the list: "In addition to sending troops, …" is not
    return items.length && items[items.length - 1].last === comma ? goodsOnly(v, items, k, add) : [];
  }
  return [];
}

/** Items that name no actor ("in addition to Iran, North Korea has shipped shells" adds a sender, not
 *  goods), nor goods already named ("in addition to the Su-35 jets"). */
const goodsOnly = (v: DocView, items: ThemeItem[], addition: number, add: Additive): ThemeItem[] =>
  items
    .filter((it) => !actorIn(v, it) && !(add.definiteGiven && isDefinite(v, it)))
    .map((it) => ({ ...it, separate: true, addition }));

/** "to operate advanced weapons systems": the infinitive phrase, up to the clause's next break. */
function clauseEndOfInfinitive(v: DocView, to: number, hi: number): number {
  let k = to + 1;
  while (k < hi && v.tokens[k].text !== ',' && v.tokens[k].text !== ';' && !['and', 'but', 'while'].includes(v.tokens[k].lower)) k++;
  return k;
}

/** "rockets that Caracas is said to have sold to Havana" → "missiles". */
function relativeObject(v: DocView, t: Trigger): Range | null {
  const s = sentenceOf(v, t.first);
  for (let k = t.group.first - 1; k > s.first && k > t.group.first - 6; k--) {
    if (['that', 'which'].includes(v.tokens[k].lower)) return npEndingAt(v, k - 1, s.first);
  }
  return null;
}

/** A demonym or national adjective inside the theme: "Russian Su-35 jets", "Swedish package". */
function demonymIn(v: DocView, items: ThemeItem[], not: ActorHit | null): ActorHit | null {
  for (const it of items) {
    const hit = actorsIn(v, it).find((h) => !not || h.actor.id !== not.actor.id);
    if (hit) return hit;
  }
  return null;
}

/** A place named as where something happened: "in Kharkiv", "on Dnipro", "in southern Israel" (a country
 *  too, after a preposition or a compass word; never a demonym). */
function inPlace(v: DocView, h: ActorHit): boolean {
  if (!(h.place || h.mention.entity.type === 'country') || h.mention.rule === 'demonym') return false;
  const prev = v.tokens[h.mention.first - 1];
  if (!prev) return false;
  if (/^(?:southern|northern|eastern|western|central)$/.test(prev.lower)) return true;
  return h.place ? prev.pos === 'ADP' : /^(?:in|near|across|around|inside)$/.test(prev.lower);
}

/** A national adjective inside the theme ("Iranian drones"), not a name ("drones for Ukraine's army"). */
function nationalIn(v: DocView, items: ThemeItem[]): ActorHit | null {
  for (const it of items) {
    const hit = actorsIn(v, it).find((h) => v.mention[h.mention.first]?.rule === 'demonym');
    if (hit) return hit;
  }
  return null;
}

/**
 * Nominal events: "North Korea's planned deployment of thousands of workers to Russia's Kursk
 * region", "the Belarusian dispatch of border guards", "the US allocation of €43.1 billion",
 * "€67 billion from the United States", "weapons deliveries to Israel".
 */
function nounArgs(v: DocView, t: Trigger, ctx: ArgContext): Args {
  const hi = t.clause.last;
  const s = sentenceOf(v, t.first);
  const args = emptyArgs();
  // possessor or modifier before the noun, inside its phrase, past "planned", "likely", "first"
  let m = t.first - 1;
  while (m >= s.first && (v.tokens[m].pos === 'ADJ' || (v.tokens[m].pos === 'VERB' && /ed$/.test(v.tokens[m].lower))) && !v.mention[m]) m--;
  const np = m >= s.first ? npEndingAt(v, m, Math.max(s.first, t.clause.first)) : null;
  if (np) args.agent = actorIn(v, np);
  // "his first visit to Sudan": the possessor is resolved to who he is
  if (np && !args.agent && np.last - np.first === 1 && ['his', 'her', 'its', 'their'].includes(v.tokens[np.first].lower)) args.agentRange = np;
  const k = t.last;
  if (v.tokens[k]?.lower === 'of') {
    args.theme = readThemeList(v, k + 1, hi);
    args.themeFrom = 'of';
  }
  if (!args.theme.length) {
    // "weapons deliveries to Israel", "military aid to Ukraine": what moves is named before the noun
    let first = t.first;
    while (first - 1 >= s.first && ['NOUN', 'ADJ', 'PROPN'].includes(v.tokens[first - 1].pos) && !v.mention[first - 1] && !v.time[first - 1]) first--;
    // a moving noun's theme is its modifier ("weapons"); aid, support, a package are their own theme
    const last = t.entry.peopleEvent ? t.first : t.last;
    if (first < last && t.entry.event === 'transfer' && v.tokens.slice(first, last).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || (x.pos === 'ADJ' && last === t.last))) {
      args.theme = [{ first, last, head: last - 1, separate: false, people: false }];
      args.themeFrom = 'self';
    }
  }
  // "The missiles were part of a March aid package for Ukraine": what was part of it moved with it
  const whole = partOf(v, t.first, s.first);
  if (whole && t.entry.event === 'transfer' && args.themeFrom !== 'of') {
    const list = readThemeList(v, whole.first, whole.last);
    if (list.length) {
      args.theme = list;
      args.themeFrom = 'subject';
    }
  }
  const after = args.themeFrom === 'subject' ? t.last : args.theme.length ? Math.max(t.last, args.theme[args.theme.length - 1].last) : t.last;
  const pps = readPPs(v, after, hi, ctx);
  args.agent ??= firstActor(v, pps, ['by', 'from']);
  // "the delivery of Iranian drones to Russia": goods of a nation moved from it
  if (t.entry.event === 'transfer' && args.themeFrom === 'of') args.agent ??= nationalIn(v, args.theme);
  // "a meeting with Chilean President Ana Soto", "an agreement with Pyongyang officials"
  const partner = t.entry.event === 'meeting' || t.entry.event === 'agreement' ? ['with', 'between', 'to'] : ['to', 'for', 'into', 'purpose'];
  args.recipient = firstActor(v, pps, partner, args.agent);
  // the recipient right after the noun, for nouns that are their own theme ("aid to Ukraine")
  const next = v.tokens[after];
  const adjacent = Boolean(next && ['to', 'for'].includes(next.lower) && args.recipient && args.recipient.mention.first <= after + 3);
  if ((args.themeFrom === 'self' || args.themeFrom === 'subject') && !adjacent) args.recipient = null;
  if (t.entry.event === 'casualties' && !args.agent) args.agent = firstActor(v, pps, ['among', 'of', 'in']);
  // "Norway has unveiled its biggest defence aid package": the subject of the verb whose object it is
  if (!args.agent && t.entry.event === 'transfer') {
    let j = (np ? np.first : t.first) - 1;
    while (j >= s.first && ['DET', 'PRON', 'ADJ', 'ADV', 'PART'].includes(v.tokens[j].pos) && !v.mention[j]) j--;
    if (j >= s.first && (v.tokens[j].pos === 'VERB' || v.tokens[j].pos === 'AUX')) {
      // "Germany has announced its largest aid package": "its" is the subject's, whatever reported it
      const possessive = np && ['its', 'their'].includes(v.tokens[np.first].lower);
      // "…, bringing its total support to €11 billion": a free participle shares the sentence's subject
      const free = /ing$/.test(v.tokens[j].lower) && v.tokens[j - 1]?.text === ',';
      const subj = free ? firstActorPhrase(v, s.first, j) : subjectBefore(v, j, possessive ? s.first : Math.max(s.first, t.clause.first));
      if (subj) args.agent = actorIn(v, subj);
    }
  }
  // "Putin will travel to Tehran for talks with Khamenei": who goes to the talks holds them
  if (!args.agent && t.entry.event === 'meeting' && v.tokens[t.first - 1]?.lower === 'for') {
    for (let j = t.first - 2; j >= Math.max(s.first, t.clause.first, t.first - 12); j--) {
      if (v.tokens[j].pos !== 'VERB') continue;
      const subj = subjectBefore(v, j, Math.max(s.first, t.clause.first));
      args.agent = subj ? actorIn(v, subj) : null;
      if (args.agent && args.recipient?.actor.id === args.agent.actor.id) args.recipient = null;
      break;
    }
  }
  args.location = placeIn(v, pps, ['to', 'in', 'into']);
  return args;
}
