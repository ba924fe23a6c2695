// The arguments of a trigger, read from the frame table (frames.tsv): each role of the trigger's
// frame and voice takes the first of its slots (slots.ts) that yields what it needs. No frame has
// code of its own here: what differs between frames is data.
import type { ActorRef } from '../../format.js';
import { actorIn, actorsIn, type ActorHit } from './actors.js';
import { rowsFor, voiceOf, type FrameRow, type Role } from './frames.js';
import { claimLexicon } from './lexicon.js';
import type { Range } from './np.js';
import { SlotReader, type Fill } from './slots.js';
import { additiveAt, isDefinite, readThemeList, type Additive, type ThemeItem } from './themes.js';
import type { Trigger } from './triggers.js';
import type { DocView } from './view.js';
import { isA } from './words.js';

export interface Args {
  agent: ActorHit | null;
  /** the phrase standing for the agent when it names no actor directly ("the Prime Minister", "its") */
  agentRange?: Range | null;
  /** the phrase standing for the recipient when it names no actor directly ("It took delivery …") */
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
  /** which slot filled each role (frames.tsv), for the rules that depend on it and for learning */
  from: Partial<Record<Role, string>>;
}

export interface ArgContext {
  /** token i stands in a source phrase of an attribution ("formally confirmed by Japan") */
  isSource: (i: number) => boolean;
}

/** Arguments with nothing read yet. */
export const emptyArgs = (): Args => ({ agent: null, agentText: null, recipient: null, location: null, theme: [], themeFrom: null, from: {} });

const THEME_FROM: Record<string, Args['themeFrom']> = { subject: 'subject', 'reduced-head': 'subject', 'part-of': 'subject', of: 'of', self: 'self' };
/** Slots whose phrase, naming no actor, still stands for one ("the Prime Minister", "its", "their soldiers"). */
const DESCRIBING = new Set(['subject', 'possessor', 'theme-owner', 'theme-home', 'object', 'with-object', 'verb-subject']);

/** A verb, or a word the tagger read as a noun between a subject and a count or determiner
 *  ("Police shot/NOUN two suspects", "Armed men abducted/NOUN 40 schoolgirls"). */
function actsAsVerb(v: DocView, t: Trigger): boolean {
  const tok = v.tokens[t.first];
  if (tok.pos === 'VERB') return true;
  const prev = v.tokens[t.first - 1];
  const next = v.tokens[t.last];
  return ['NOUN', 'ADJ'].includes(tok.pos) && ['NOUN', 'PROPN'].includes(prev?.pos ?? '') && (next?.pos === 'NUM' || next?.pos === 'DET');
}

export function readArgs(v: DocView, t: Trigger, ctx: ArgContext): Args {
  const r = new SlotReader(v, t, ctx.isSource);
  const rows = rowsFor(t.entry.frame, voiceOf(t, Boolean(r.object), actsAsVerb(v, t)));
  const args = emptyArgs();
  const used = new Set<string>();
  for (const row of rows) {
    if (row.role === 'theme') readTheme(r, row, args, used);
    else if (row.role === 'location') args.location ??= readPlace(r, row);
    else readActor(r, row, args, used);
  }
  if (args.from.recipient === 'pp:for' && t.entry.frame === 'buy') args.forThirdParty = true;
  if (t.entry.pos === 'noun') keepAdjacentRecipient(v, t, args);
  return args;
}

function readTheme(r: SlotReader, row: FrameRow, args: Args, used: Set<string>): void {
  if (args.theme.length) return;
  for (const slot of row.slots) {
    if (used.has(slot)) continue;
    const fill = r.read(slot);
    const range = fill?.ranges[0];
    const items = fill?.items ?? (range ? readThemeList(r.v, range.first, range.last) : []);
    if (!items.length) continue;
    used.add(slot);
    args.theme = items;
    args.themeFrom = THEME_FROM[slot] ?? 'object';
    args.from.theme = slot;
    r.themeItems = items;
    r.themeRange = range ?? { first: items[0].first, last: items[items.length - 1].last };
    r.themeEnd = args.themeFrom === 'subject' ? r.k : Math.max(r.k, items[items.length - 1].last);
    if (row.additions) args.theme.push(...alongWith(r.v, r.themeEnd, r.hi), ...frontedAdditions(r.v, r.t));
    return;
  }
}

/** The first actor of a slot's phrases that no other role holds. */
function actorOfFill(r: SlotReader, fill: Fill, taken: (h: ActorHit) => boolean): ActorHit | null {
  if (fill.hit) return taken(fill.hit) ? null : fill.hit;
  for (const range of fill.ranges) {
    const hit = actorsIn(r.v, range).find((h) => !taken(h));
    if (hit) return hit;
  }
  return null;
}

function readActor(r: SlotReader, row: FrameRow, args: Args, used: Set<string>): void {
  const role = row.role as 'agent' | 'recipient';
  if (args[role]) return;
  const others = [args.agent, args.recipient].filter((h): h is ActorHit => Boolean(h));
  const taken = (h: ActorHit) => others.some((o) => o.actor.id === h.actor.id && o.actor.name === h.actor.name);
  const rangeKey = role === 'agent' ? 'agentRange' : 'recipientRange';
  for (const slot of row.slots) {
    if (used.has(slot)) continue;
    const fill = r.read(slot);
    if (!fill) continue;
    const hit = actorOfFill(r, fill, taken);
    if (hit) {
      args[role] = hit;
      args.from[role] = slot;
      used.add(slot);
      return;
    }
    const range = fill.ranges[0];
    if (row.describe && range && !args[rangeKey] && describes(r.v, slot, range)) {
      args[rangeKey] = range;
      if (role === 'agent' && slot === 'subject') describeSubject(r.v, range, args);
    }
  }
}

/** Can this phrase stand for an actor named elsewhere? A possessor only as a possessive pronoun. */
function describes(v: DocView, slot: string, range: Range): boolean {
  if (!DESCRIBING.has(slot)) return false;
  // "we are announcing the provision of …": the governing verb's subject only as a pronoun
  if (slot === 'verb-subject') return range.last - range.first === 1 && (isA('first-person', v.tokens[range.first].lower) || ['it', 'they'].includes(v.tokens[range.first].lower));
  if (slot === 'possessor') return range.last - range.first === 1 && (isA('possessive', v.tokens[range.first].lower) || isA('first-person', v.tokens[range.first].lower));
  return true;
}

/** A subject naming no actor: kept as written when it names people ("donors", "Western partners"). */
function describeSubject(v: DocView, subj: Range, args: Args): void {
  const head = v.tokens[subj.last - 1];
  const named = claimLexicon().people.has(head.lower) || /^\p{Lu}/u.test(head.text) || /(?:ers|ors|ists|ies)$/.test(head.lower);
  // a pronoun is resolved later, never kept as a name ("they would train …")
  if (!(subj.last - subj.first === 1 && head.pos === 'PRON') && named) args.agentText = v.text(subj.first, subj.last);
  args.agentGeneric = /^(?:a|an|any|some|another)$/i.test(v.tokens[subj.first].text);
}

function readPlace(r: SlotReader, row: FrameRow): ActorRef | null {
  for (const slot of row.slots) {
    const fill = r.read(slot);
    if (!fill) continue;
    if (fill.hit?.place) return fill.hit.place;
    for (const range of fill.ranges) for (const h of actorsIn(r.v, range, true)) if (h.place) return h.place;
  }
  return null;
}

/** A noun that is its own theme ("military aid to Ukraine") takes a recipient only right after it. */
function keepAdjacentRecipient(v: DocView, t: Trigger, args: Args): void {
  if (args.themeFrom !== 'self' && args.themeFrom !== 'subject') return;
  const after = args.themeFrom === 'subject' || !args.theme.length ? t.last : Math.max(t.last, args.theme[args.theme.length - 1].last);
  const next = v.tokens[after];
  const adjacent = Boolean(next && ['to', 'for'].includes(next.lower) && args.recipient && args.recipient.mention.first <= after + 3);
  if (!adjacent && args.from.recipient?.startsWith('pp:')) {
    args.recipient = null;
    delete args.from.recipient;
  }
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

/** "On top of shells and rockets, Minsk has shipped howitzers": the fronted items, more of the
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

/** Items that name no actor ("in addition to Iran, Belarus has shipped shells" adds a sender, not
 *  goods), nor goods already named ("in addition to the jets"). */
const goodsOnly = (v: DocView, items: ThemeItem[], addition: number, add: Additive): ThemeItem[] =>
  items.filter((it) => !actorIn(v, it) && !(add.definiteGiven && isDefinite(v, it))).map((it) => ({ ...it, separate: true, addition }));
