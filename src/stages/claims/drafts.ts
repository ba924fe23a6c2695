// Drafts: a claim before its refiners run — a trigger with its arguments, the items that move and,
// when counted, their quantity. A trigger's theme gives one draft per counted item and one per
// group of un-counted items (themeDrafts); counts outside any theme are drafted in counts.ts.
import type { EventType, QuantityOut } from '../../format.js';
import { actorsIn, gappedSubject } from './actors.js';
import type { Args } from './args.js';
import { claimLexicon } from './lexicon.js';
import type { Range } from './np.js';
import { countsSystems, isPeopleNoun, notGoodsNouns, type ThemeItem } from './themes.js';
import type { Trigger } from './triggers.js';
import type { DocView } from './view.js';

export interface Draft {
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

/** The counted quantity in a theme item, if any ("1,000 sappers", "thousands of workers"). */
export function quantityOfItem(v: DocView, it: Range): QuantityOut | null {
  for (let i = it.first; i < it.last; i++) {
    const q = v.quantity[i];
    if (q && (q.kind === 'count' || q.kind === 'money')) return q;
  }
  return null;
}

/** The event of a trigger for what moves: "send troops" deploys, "send shells" transfers. */
export const eventFor = (t: Trigger, people: boolean, money: boolean): EventType => (people && !money && t.entry.peopleEvent ? t.entry.peopleEvent : t.entry.event);

/** Does a unit count people ("troops", "Ukrainians"), not systems ("IRIS-T units") or equipment ("jet fighters")? */
export function isPeopleUnit(unit: string): boolean {
  const { people, notPeople } = claimLexicon();
  const words = unit.toLowerCase().split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (words.length > 1 && notPeople.has(`${words[words.length - 2]} ${head}`)) return false;
  const written = unit.split(/\s+/);
  if (written.length > 1 && countsSystems(written[written.length - 2], head)) return false;
  return people.has(head) || (/(?:ians|ese|ans)$/.test(head) && /^\p{Lu}/u.test(unit.split(/\s+/).pop() ?? ''));
}

/** A named person moving is a visit, not goods or troops ("Erdogan arrived in Moscow"); a country is no goods. */
const isActorItem = (v: DocView, it: ThemeItem) => {
  const m = v.mention[it.head];
  return Boolean(m && (m.entity.type === 'country' || m.entity.type === 'organisation' || m.entity.type === 'person') && m.rule !== 'demonym');
};

/** Merges the items one quantity spans ("hundreds of army road builders and medics"). */
function mergeCounted(v: DocView, theme: ThemeItem[]): ThemeItem[] {
  const items: ThemeItem[] = [];
  for (const it of theme) {
    const q = quantityOfItem(v, it);
    const prev = items[items.length - 1];
    const prevQ = prev ? quantityOfItem(v, prev) : null;
    if (prev && q && prevQ === q) prev.last = Math.max(prev.last, it.last);
    else if (prev && !q && prevQ && v.tokenRange(prevQ.start, prevQ.end)[1] >= it.last) prev.last = it.last;
    else items.push({ ...it });
  }
  return items;
}

/** Not a thing that moves: "the kind of support", "the number of Chadian guards", a country, "praise". */
function notMoving(v: DocView, it: ThemeItem, q: QuantityOut | null): boolean {
  if (notGoodsNouns().has(v.tokens[it.head].lower) && !(q && q.kind === 'money')) return true;
  return isActorItem(v, it) || /^(?:the )?(?:kind|sort|type|number|total|share|majority|rest|bulk)s? of\b/i.test(v.text(it.first, it.last));
}

/** Items of the theme, grouped: people apart from goods; a long list of multi-word items one claim each; each addition its own. */
function groupUncounted(v: DocView, uncounted: ThemeItem[]): ThemeItem[][] {
  const groups: ThemeItem[][] = [];
  const people = uncounted.filter((it) => it.people);
  const goods = uncounted.filter((it) => !it.people);
  if (people.length) groups.push(people);
  const distinct = (list: ThemeItem[]) => list.length >= 3 && list.every((it) => it.last - it.first - (v.tokens[it.first].pos === 'DET' ? 1 : 0) >= 2);
  const joint = goods.filter((it) => !it.separate);
  if (distinct(joint)) {
    for (const it of goods) groups.push([it]);
    return groups;
  }
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
  return groups;
}

/** A draft for a trigger with no items: casualties, combat, meetings, agreements need no theme. */
function themeless(v: DocView, t: Trigger, args: Args, rules: string[]): Draft | null {
  // "has agreed to be available": a promise with no other side is no agreement
  const promise = t.entry.frame === 'agree' && !args.recipient && v.tokens[t.last]?.lower === 'to' && v.tokens[t.last + 1]?.pos !== 'DET';
  if (promise || ['deploy', 'transfer', 'other'].includes(t.entry.event) || t.entry.frame === 'die') return null;
  return { trigger: t, event: eventFor(t, false, false), args, items: [], quantity: null, anchor: t.first, rules };
}

/** The drafts of a trigger's theme: one per counted item (a count used here is not drafted again), one per group of others. */
export function themeDrafts(v: DocView, t: Trigger, args: Args, used: Set<QuantityOut>): Draft[] {
  // a participle after a noun ("guards posted to Chad have been wounded") leaves its counts to the clause's verb
  if (t.mainLater) return [];
  const rules = [`trigger:${t.entry.lemma}`, `frame:${t.entry.frame}${t.passive ? ':passive' : ''}`, ...slotRules(args)];
  const items = mergeCounted(v, args.theme);
  // going, fleeing, returning is news when people are counted or named as such
  if ((t.entry.frame === 'leave' || t.entry.frame === 'return') && !items.some((it) => it.people || quantityOfItem(v, it))) return [];
  // coordinated counts share their class: "1,500 engineers and 4,500 builders"
  const listOfPeople = items.some((it) => it.people);
  const out: Draft[] = [];
  const uncounted: ThemeItem[] = [];
  let q1: QuantityOut | null = null;
  for (const it of items) {
    const q = quantityOfItem(v, it);
    if (notMoving(v, it, q)) continue;
    if (q && q.min != null && !used.has(q)) {
      used.add(q);
      const people = it.people || Boolean(q.unit && isPeopleUnit(q.unit)) || (listOfPeople && /(?:ers|ists|ians|men)$/.test(v.tokens[it.head].lower));
      const qf = v.tokenRange(q.start, q.end)[0];
      const gapped = gappedSubject(v, qf);
      const own = gapped ?? (items.length > 1 ? ownActor(v, it, args) : null);
      const itemArgs = own ? { ...args, agent: own } : args;
      const ownRule = gapped ? 'agent:gapped-subject' : 'agent:item-own-actor';
      out.push({ trigger: t, event: eventFor(t, people, q.kind === 'money'), args: itemArgs, items: [it], quantity: q, anchor: qf, rules: [...rules, `theme:${args.themeFrom}`, `quantity:${q.rule}`, ...(own ? [ownRule] : [])] });
    } else if (!q && t.entry.frame === 'die' && killedOutright(v, t) && (q1 = onePerson(v, it))) {
      // "a 19-year-old man was fatally shot": one person, as the annotation counts
      out.push({ trigger: t, event: 'casualties', args, items: [it], quantity: q1, anchor: it.first, rules: [...rules, `theme:${args.themeFrom}`, 'quantity:one-person'] });
    } else if (!q || q.min == null) uncounted.push(it);
  }
  if (!uncounted.length) {
    const d = out.length ? null : themeless(v, t, args, rules);
    return d ? [d] : out;
  }
  // a noun that is its own theme ("military aid to Ukraine") needs a named giver and receiver; a
  // moving noun ("weapons deliveries to Israel") at least its destination
  if (args.themeFrom === 'self' && (!(args.recipient || args.recipientRange) || (!args.agent && !t.entry.peopleEvent))) return out;
  for (const g of groupUncounted(v, uncounted)) {
    // "hit the UN base, killing one peacekeeper and wounding …": a losses verb's theme is people, not a named place or body's thing
    if (t.entry.frame === 'die' && !g.some((it) => it.people || isPeopleNoun(v, it.head)) && g.some((it) => v.mentionsIn(it.first, it.last).length)) continue;
    const vagueQ = g.map((it) => quantityOfItem(v, it)).find((q) => q && q.min == null) ?? null;
    out.push({ trigger: t, event: eventFor(t, g[0].people, false), args, items: g, quantity: vagueQ, anchor: g[0].first, rules: [...rules, `theme:${args.themeFrom}`] });
  }
  return out;
}

/** A death reported in the outlet's own sentence, not in a quotation: "was killed", "died", "fatally shot", "shot dead". */
function killedOutright(v: DocView, t: Trigger): boolean {
  const s = v.sentences[v.tokens[t.first].sentence];
  if (v.tokens.slice(s.first, t.first).some((x) => /^[“"]$/.test(x.text))) return false;
  if (['kill', 'die', 'murder'].includes(t.entry.lemma)) return true;
  const around = v.tokens.slice(Math.max(t.clause.first, t.first - 2), Math.min(t.clause.last, t.last + 2)).map((x) => x.lower);
  return around.includes('fatally') || around.includes('dead');
}

/** "a man", "an 82-year-old woman": one person, named with the indefinite article (a count of 1 for
 *  the losses a verb of losses reports). */
function onePerson(v: DocView, it: ThemeItem): QuantityOut | null {
  const first = v.tokens[it.first];
  const head = v.tokens[it.head];
  if (!first || !['a', 'an'].includes(first.lower) || !head || v.mention[it.head]) return null;
  const { people } = claimLexicon();
  const w = head.lower;
  if (!((people.has(w) && !w.endsWith('s')) || people.has(`${w}s`))) return null;
  const start = first.start;
  const end = head.end;
  return { start, end, text: v.doc.text.slice(start, end), min: 1, max: 1, approximate: false, vague: false, bound: null, unit: head.text, unitSpan: { start: head.start, end: head.end }, kind: 'count', rule: 'article' };
}

/** "killed 84 Wagner fighters and 47 Malian soldiers": when the agent was read from the theme, an
 *  item of a list naming an actor of its own is that actor's (Mali's), not the first item's. */
function ownActor(v: DocView, it: ThemeItem, args: Args) {
  if (!/^(?:object-actor|theme-)/.test(args.from.agent ?? '')) return null;
  const hit = actorsIn(v, { first: it.first, last: it.last })[0];
  return hit && hit.actor.id !== args.agent?.actor.id ? hit : null;
}

/** Which slot of the frame gave each role ("agent:slot:subject"), for the reader and for learning. */
export const slotRules = (args: Args): string[] => Object.entries(args.from).map(([role, slot]) => `${role}:slot:${slot}`);
