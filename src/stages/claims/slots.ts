// Slots: the places around a trigger where its arguments stand — its subject, its object, the phrase
// after "to", a nationality in what moves, the possessor of a nominal event … (frames.tsv lists them
// all and says which role reads which, in which order). A reader computes each slot once, when a
// role first asks for it. A slot yields phrases; the role decides what it needs from them (an
// actor, a list of items, a place).
import type { ActorRef } from '../../format.js';
import { loadList } from '../../lexicons/load.js';
import { actorIn, actorsIn, type ActorHit } from './actors.js';
import { makerIn } from './makers.js';
import { npEndingAt, npStartingAt, subjectBefore, type Range } from './np.js';
import { firstActorPhrase, infinitiveEnd, partOf, readPPs, relativeObject, sentenceOf, startsPhrase, subjectOf, type PPs } from './phrases.js';
import { readThemeList, type ThemeItem } from './themes.js';
import type { Trigger } from './triggers.js';
import type { DocView } from './view.js';
import { isA } from './words.js';
import { holderOf } from './holders.js';

export interface Fill {
  ranges: Range[];
  /** an actor the slot names directly (a demonym in the theme, a place's country) */
  hit?: ActorHit | null;
  /** items of a theme read from this slot */
  items?: ThemeItem[];
}

type SlotFn = (r: SlotReader) => Fill | null;
const one = (range: Range | null): Fill | null => (range ? { ranges: [range] } : null);
const items = (list: ThemeItem[], range: Range | null = null): Fill | null => (list.length ? { ranges: range ? [range] : [], items: list } : null);

export class SlotReader {
  readonly hi: number;
  /** the first token after the verb (past adverbs, and past "of" for "took delivery of") */
  readonly k: number;
  /** where the theme read by the frame ends: prepositional phrases are read from there */
  themeEnd: number;
  themeItems: ThemeItem[] = [];
  themeRange: Range | null = null;
  private cache = new Map<string, Fill | null>();
  private ppCache: PPs | null = null;

  constructor(readonly v: DocView, readonly t: Trigger, readonly isSource: (k: number) => boolean) {
    this.hi = t.clause.last;
    let k = t.last;
    while (k < this.hi && v.tokens[k].pos === 'ADV') k++;
    if (t.last - t.first > 1 && v.tokens[k]?.lower === 'of') k++;
    this.k = k;
    this.themeEnd = k;
  }

  read(name: string): Fill | null {
    if (!this.cache.has(name)) this.cache.set(name, this.compute(name));
    return this.cache.get(name)!;
  }

  private compute(name: string): Fill | null {
    if (name.startsWith('pp:')) {
      const ranges = this.pps().get(name.slice(3));
      return ranges?.length ? { ranges } : null;
    }
    const fn = SLOTS[name];
    if (!fn) throw new Error(`frames.tsv: no slot "${name}"`);
    return fn(this);
  }

  pps(): PPs {
    return (this.ppCache ??= readPPs(this.v, this.themeEnd, this.hi, this.isSource));
  }

  get subject(): Range | null {
    return this.cached('_subject', () => one(subjectOf(this.v, this.t)))?.ranges[0] ?? null;
  }

  get object(): Range | null {
    return this.cached('_object', () => one(npStartingAt(this.v, this.k, this.hi, false)))?.ranges[0] ?? null;
  }

  private cached(key: string, f: () => Fill | null): Fill | null {
    if (!this.cache.has(key)) this.cache.set(key, f());
    return this.cache.get(key)!;
  }
}

/** The actor named in a theme before its head, or as a demonym: "Belarusian guards", "Wagner fighters". */
function themeModifier(r: SlotReader): Fill | null {
  const range = r.themeRange;
  const hit = range ? actorIn(r.v, range) : null;
  if (!hit) return null;
  const before = hit.mention.rule === 'demonym' || r.themeItems.some((it) => hit.mention.first >= it.first && hit.mention.last <= it.head);
  return before ? { ranges: [], hit } : null;
}

/** "its missiles", "50 of its servicemen": the owner a pronoun in the theme stands for. */
function themeOwner(r: SlotReader): Fill | null {
  const range = r.themeRange;
  if (!range) return null;
  for (let k = range.first; k < Math.min(range.last, range.first + 4); k++) if (isA('possessive', r.v.tokens[k].lower) || r.v.tokens[k].lower === 'my') return one({ first: k, last: k + 1 });
  return null;
}

/** Counted people or a count in the theme: their side is the actor named with them. */
function themePeopleActor(r: SlotReader): Fill | null {
  if (!r.themeRange || !r.themeItems.some((it) => it.people || r.v.quantity[it.first])) return null;
  const hit = actorIn(r.v, r.themeRange);
  return hit ? { ranges: [], hit } : null;
}

/** The country of people in the theme: a demonym ("Armenian soldiers"), else the owner of "its soldiers". */
function themeHome(r: SlotReader): Fill | null {
  for (const it of r.themeItems.filter((x) => x.people)) {
    const hit = actorsIn(r.v, it).find((h) => h.actor.id?.startsWith('country:'));
    if (hit) return { ranges: [], hit };
    for (let k = it.first; k < it.last; k++) if (isA('possessive-self', r.v.tokens[k].lower)) return one({ first: k, last: k + 1 });
  }
  return null;
}

/** A place in the clause standing for its country: "in Kharkiv", "on Dnipro", "in southern Israel". */
function placeIn(r: SlotReader, first: number): Fill | null {
  const hit = actorsIn(r.v, { first, last: r.hi }, true).find((h) => !h.placeOnly && inPlace(r.v, h));
  return hit ? { ranges: [], hit } : null;
}

/** A place named as where something happened (a country too, after a preposition or a compass word; never a demonym). */
export function inPlace(v: DocView, h: ActorHit): boolean {
  if (!(h.place || h.mention.entity.type === 'country') || h.mention.rule === 'demonym') return false;
  const prev = v.tokens[h.mention.first - 1];
  if (!prev) return false;
  if (isA('compass', prev.lower)) return true;
  return h.place ? prev.pos === 'ADP' : /^(?:in|near|across|around|inside)$/.test(prev.lower);
}

/** "Norway has unveiled its biggest aid package": the subject of the verb whose object the noun is. */
function verbSubject(r: SlotReader): Fill | null {
  const { v, t } = r;
  const s = sentenceOf(v, t.first);
  const np = possessorPhrase(r);
  let j = (np ? np.first : t.first) - 1;
  while (j >= s.first && ['DET', 'PRON', 'ADJ', 'ADV', 'PART'].includes(v.tokens[j].pos) && !v.mention[j]) j--;
  // a phrasal verb's particle: "carried out 50 attacks"
  if (j > s.first && ['out', 'up', 'off'].includes(v.tokens[j].lower) && v.tokens[j - 1].pos === 'VERB') j--;
  if (j < s.first || (v.tokens[j].pos !== 'VERB' && v.tokens[j].pos !== 'AUX')) return null;
  // "its" is the subject's, whatever reported it; a free participle shares the sentence's subject
  const possessive = np && isA('possessive-owner', v.tokens[np.first].lower);
  const free = /ing$/.test(v.tokens[j].lower) && v.tokens[j - 1]?.text === ',';
  // "we are announcing the delivery of …": a pronoun subject, for the refiners to resolve
  let p = j - 1;
  while (p >= s.first && (v.tokens[p].pos === 'AUX' || v.tokens[p].pos === 'ADV')) p--;
  if (!free && p >= s.first && v.tokens[p].pos === 'PRON' && (isA('first-person', v.tokens[p].lower) || ['it', 'they'].includes(v.tokens[p].lower))) return one({ first: p, last: p + 1 });
  return one(free ? firstActorPhrase(v, s.first, j) : subjectBefore(v, j, possessive ? s.first : Math.max(s.first, t.clause.first)));
}

/** "Putin will travel to Tehran for talks with …": who travels to the talks holds them. */
function travelSubject(r: SlotReader): Fill | null {
  const { v, t } = r;
  if (v.tokens[t.first - 1]?.lower !== 'for') return null;
  const s = sentenceOf(v, t.first);
  for (let j = t.first - 2; j >= Math.max(s.first, t.clause.first, t.first - 12); j--) {
    if (v.tokens[j].pos === 'VERB') return one(subjectBefore(v, j, Math.max(s.first, t.clause.first)));
  }
  return null;
}

/** The phrase before a nominal event: its possessor or modifier, past "planned", "likely", "first". */
function possessorPhrase(r: SlotReader): Range | null {
  const { v, t } = r;
  const s = sentenceOf(v, t.first);
  let m = t.first - 1;
  while (m >= s.first && (v.tokens[m].pos === 'ADJ' || (v.tokens[m].pos === 'VERB' && /ed$/.test(v.tokens[m].lower))) && !v.mention[m]) m--;
  return m >= s.first ? npEndingAt(v, m, Math.max(s.first, t.clause.first)) : null;
}

/** "weapons deliveries to Israel", "military aid": what moves named before (and by) the noun. */
function selfTheme(r: SlotReader): Fill | null {
  const { v, t } = r;
  if (t.entry.pos === 'verb') return items([{ first: t.first, last: t.last, head: t.first, separate: false, people: false }]);
  if (t.entry.event !== 'transfer') return null;
  const s = sentenceOf(v, t.first);
  let first = t.first;
  while (first - 1 >= s.first && ['NOUN', 'ADJ', 'PROPN'].includes(v.tokens[first - 1].pos) && !v.mention[first - 1] && !v.time[first - 1]) first--;
  // a moving noun's theme is its modifier ("weapons"); aid, support, a package are their own theme
  const last = t.entry.peopleEvent ? t.first : t.last;
  const content = v.tokens.slice(first, last).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN' || (x.pos === 'ADJ' && last === t.last));
  return first < last && content ? items([{ first, last, head: last - 1, separate: false, people: false }]) : null;
}

/** "In Mali, where Wagner fighters have been deployed": the place the relative clause hangs on. */
function whereHead(r: SlotReader): Fill | null {
  const { v, t } = r;
  if (v.tokens[t.clause.first - 1]?.lower !== 'where') return null;
  let k = t.clause.first - 2;
  if (v.tokens[k]?.text === ',') k--;
  const m = k >= 0 ? v.mention[k] : null;
  return m && m.last === k + 1 ? one({ first: m.first, last: m.last }) : null;
}

/** "Of the 12,000 soldiers deployed, about 4,000 have been killed": the whole named first. */
function partitiveWhole(r: SlotReader): Fill | null {
  const s = sentenceOf(r.v, r.t.first);
  return r.v.tokens[s.first]?.lower === 'of' ? one(npStartingAt(r.v, s.first + 1, r.t.first)) : null;
}

let captors: Set<string> | null = null;
/** "the release of 50 hostages held by Hamas": who holds the people released (captor-participles.txt). */
function heldBy(r: SlotReader): Fill | null {
  const { v, t } = r;
  captors ??= new Set(loadList('captor-participles.txt'));
  // in the theme before the trigger too ("12 sailors held by the Houthis were released")
  for (let k = t.clause.first; k < r.hi - 2; k++) {
    if (!captors.has(v.tokens[k].lower) || (k >= t.first && k < t.last)) continue;
    // "held hostage by", "held captive by"
    const by = v.tokens[k + 1]?.lower === 'by' ? k + 1 : v.tokens[k + 2]?.lower === 'by' ? k + 2 : -1;
    if (by > 0) return one(npStartingAt(v, by + 1, r.hi));
  }
  return null;
}

const SLOTS: Record<string, SlotFn> = {
  'held-by': heldBy,
  subject: (r) => one(r.subject),
  'subject-other': (r) => one(r.subject),
  object: (r) => {
    const obj = r.object;
    const list = readThemeList(r.v, r.k, r.hi);
    return obj || list.length ? { ranges: obj ? [obj] : [], items: list } : null;
  },
  'object-actor': (r) => one(r.object),
  'with-object': (r) => (r.object && r.v.tokens[r.object.last]?.lower === 'with' ? one(r.object) : null),
  'with-theme': (r) => (r.object && r.v.tokens[r.object.last]?.lower === 'with' ? items(readThemeList(r.v, r.object.last + 1, r.hi)) : null),
  iobj: (r) => {
    const m = r.v.mention[r.k];
    const ok = m && m.first === r.k && m.rule !== 'demonym' && ['country', 'organisation', 'group'].includes(m.entity.type) && startsPhrase(r.v, m.last);
    return ok ? one({ first: m.first, last: m.last }) : null;
  },
  'iobj-theme': (r) => {
    const io = SLOTS.iobj(r);
    return io ? items(readThemeList(r.v, io.ranges[0].last, r.hi)) : null;
  },
  'to-object': (r) => (r.v.tokens[r.k]?.lower === 'to' ? one(npStartingAt(r.v, r.k + 1, r.hi)) : null),
  purpose: (r) => {
    const ranges = r.pps().get('purpose');
    return ranges?.length ? { ranges } : null;
  },
  'relative-head': (r) => {
    const rel = relativeObject(r.v, r.t);
    return rel ? items(readThemeList(r.v, rel.first, rel.last), rel) : null;
  },
  'reduced-head': (r) => (r.t.reduced && !r.subject ? one(npEndingAt(r.v, r.t.first - 1, r.t.clause.first)) : null),
  'theme-modifier': themeModifier,
  'theme-named': (r) => {
    for (const it of r.themeItems) {
      const hit = actorsIn(r.v, it)[0];
      if (hit) return { ranges: [], hit };
    }
    return null;
  },
  'theme-demonym': (r) => {
    for (const it of r.themeItems) {
      const hit = actorsIn(r.v, it).find((h) => r.v.mention[h.mention.first]?.rule === 'demonym');
      if (hit) return { ranges: [], hit };
    }
    return null;
  },
  'theme-owner': themeOwner,
  'theme-people-actor': themePeopleActor,
  'theme-home': themeHome,
  'theme-maker': (r) => {
    const at = makerIn(r.v, r.themeItems);
    return at ? { ranges: [], hit: { actor: at.maker, place: null, mention: r.v.mention[at.k]! } } : null;
  },
  possessor: (r) => one(possessorPhrase(r)),
  of: (r) => (r.v.tokens[r.t.last]?.lower === 'of' ? items(readThemeList(r.v, r.t.last + 1, r.hi)) : null),
  self: selfTheme,
  'part-of': (r) => {
    const whole = r.t.entry.event === 'transfer' ? partOf(r.v, r.t.first, sentenceOf(r.v, r.t.first).first) : null;
    return whole ? items(readThemeList(r.v, whole.first, whole.last), whole) : null;
  },
  'verb-subject': (r) => (r.t.entry.event === 'transfer' || r.t.entry.event === 'casualties' || r.t.entry.event === 'combat' ? verbSubject(r) : null),
  'travel-subject': travelSubject,
  'where-head': whereHead,
  'partitive-whole': partitiveWhole,
  'clause-place': (r) => placeIn(r, r.t.clause.first),
  'place-after': (r) => placeIn(r, r.t.last),
  holder: (r) => {
    const h = holderOf(r.v, r.t, r.subject);
    return h && h.holder ? { ranges: [], hit: actorsIn(r.v, h.holder)[0] ?? null } : null;
  },
  'holder-object': (r) => (holderOf(r.v, r.t, r.subject) ? items(readThemeList(r.v, r.k, r.hi)) : null),
  infinitive: (r) => {
    const to = r.t.passive ? r.t.last : r.object ? r.object.last : r.k;
    return r.v.tokens[to]?.lower === 'to' ? items([{ first: r.t.first, last: infinitiveEnd(r.v, to, r.hi), head: r.t.first, separate: false, people: false }]) : null;
  },
};

/** The names of the slots this module reads (for checking frames.tsv at load). */
export const slotNames = (): string[] => Object.keys(SLOTS);
