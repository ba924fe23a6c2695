// What moves: the theme phrase after a trigger, read as a list of items ("air defense systems,
// electronic jamming equipment, and technological expertise for space rocket engines, drones,
// and missile guidance systems, along with unspecified economic assistance").
import type { Token } from '../../doc.js';
import { isIngCompound } from '../../lexicons/compounds.js';
import { loadList, loadTsv } from '../../lexicons/load.js';
import { claimLexicon } from './lexicon.js';
import { pastForms } from './triggers.js';
import type { Range } from './np.js';
import type { DocView } from './view.js';
import type { Draft } from './drafts.js';

export interface ThemeItem extends Range {
  /** token index of the head noun */
  head: number;
  /** introduced by "along with", "as well as", "plus": always a claim of its own */
  separate: boolean;
  people: boolean;
  /** the start of the additive phrase that introduced a list of items ("on top of shells and missiles"):
   *  that list is one addition, read like a theme of its own */
  addition?: number;
}

const ITEM_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'SYM', 'PART']);
const STOP_WORDS = new Set(['that', 'which', 'who', 'whose', 'to', 'in', 'into', 'from', 'by', 'with', 'including', 'such', 'on', 'at', 'as', 'after', 'before', 'since', 'during', 'over', 'than', 'against', 'via', 'amid', 'under', 'while']);
export interface Additive {
  words: string[];
  /** a definite item after it is goods already named ("in addition to the Su-35 jets") */
  definiteGiven: boolean;
}
let additive: Additive[] | null = null;
/** "along with", "as well as", "in addition to" …: what follows is more of the theme (additive-phrases.tsv). */
export const additivePhrases = () =>
  (additive ??= loadTsv('additive-phrases.tsv').map((r) => ({ words: r.phrase.split(/\s+/), definiteGiven: r.definite === 'given' })));
/** The additive phrase at token k, or null. */
export const additiveAt = (v: DocView, k: number): Additive | null => additivePhrases().find((p) => p.words.every((x, j) => v.tokens[k + j]?.lower === x)) ?? null;

const DEFINITE = new Set(['the', 'these', 'those', 'this', 'that']);
/** Starts with a definite determiner: goods the report has named before. */
export const isDefinite = (v: DocView, it: Range) => DEFINITE.has(v.tokens[it.first].lower);

let notGoods: Set<string> | null = null;
export const notGoodsNouns = () => (notGoods ??= new Set(loadList('not-goods.txt')));

const quantityOf = (v: DocView, r: { first: number; last: number }) => {
  for (let i = r.first; i < r.last; i++) if (v.quantity[i] && (v.quantity[i]!.kind === 'count' || v.quantity[i]!.kind === 'money')) return v.quantity[i];
  return undefined;
};

/** "… took in over 12,000 and 9,300 went to Niger": a phrase followed by its own verb is a clause. */
const startsClause = (v: DocView, it: Range) => ['VERB', 'AUX'].includes(v.tokens[it.last]?.pos ?? '') && !/ing$/.test(v.tokens[it.last].lower);

let modelUnitNouns: Set<string> | null = null;
const modelUnits = () => (modelUnitNouns ??= new Set(loadList('model-unit-nouns.txt')));
const MODEL = /^[A-Z][A-Za-z]*-?[A-Z0-9]+$/;
/** "IRIS-T units", "S-400 units", "HIMARS units": a people noun that counts systems after a model
 *  designation (a word with a digit, an inner hyphen, or in capitals). */
export function countsSystems(model: string, head: string): boolean {
  return modelUnits().has(head.toLowerCase()) && MODEL.test(model) && (/\d|-/.test(model) || /^[A-Z]{3,}$/.test(model));
}

/** The word before token k as written, across tokens with no space between ("IRIS" "-" "T"). */
function wordBefore(v: DocView, k: number): { text: string; first: number } {
  let first = k - 1;
  while (first > 0 && v.tokens[first - 1].end === v.tokens[first].start) first--;
  return { text: v.text(first, k), first };
}

export function isPeopleNoun(v: DocView, head: number): boolean {
  const t = v.tokens[head];
  const { people, notPeople } = claimLexicon();
  if (head > 0 && notPeople.has(`${v.tokens[head - 1].lower} ${t.lower}`)) return false;
  if (people.has(t.lower)) {
    const model = head > 0 ? wordBefore(v, head) : null;
    return !(model && !v.mention[model.first] && countsSystems(model.text, t.text));
  }
  // "North Koreans", "Ukrainians": a demonym used as a noun
  const m = v.mention[head];
  return Boolean(m && m.rule === 'demonym' && /s$/.test(t.text));
}

function itemToken(t: Token, v: DocView, k: number): boolean {
  if (v.time[k]) return false;
  // "at least 300 soldiers", "up to 50 aircraft": a count's own words
  const q = v.quantity[k];
  if (q && (q.kind === 'count' || q.kind === 'money')) return true;
  if (STOP_WORDS.has(t.lower) && !(t.lower === 'to' && v.quantity[k])) return false;
  if (ITEM_POS.has(t.pos)) return t.pos !== 'PART' || t.lower === "'s";
  // a hyphen joins words ("Russian-made", "one-way"), a spaced dash ends the phrase ("jets - report")
  if (t.text === '-') return v.tokens[k - 1]?.end === t.start && v.tokens[k + 1]?.start === t.end;
  if (t.text === '"' || t.text === '“' || t.text === '”') return true;
  // participles before a noun modify it ("guided missiles", "Russian-made system"); after one they
  // start a clause ("shells using ships")
  if (t.pos === 'VERB' && (/(?:ed|ing)$/.test(t.lower) || pastForms().has(t.lower)) && v.tokens[k + 1] && ITEM_POS.has(v.tokens[k + 1].pos) && !['NOUN', 'PROPN'].includes(v.tokens[k - 1]?.pos ?? '')) return true;
  if (t.pos === 'VERB' && isIngCompound(v.tokens, k)) return true;
  if (t.pos === 'VERB' && v.tokens[k - 1]?.text === '-' && v.tokens[k - 1].end === t.start) return true;
  if (t.pos === 'PRON' && ['its', 'their', 'his', 'her', 'our'].includes(t.lower)) return true;
  if (t.pos === 'ADP' && t.lower === 'of') return true;
  if (t.pos === 'ADV' && /ly$/.test(t.lower) && v.tokens[k + 1]?.pos === 'ADJ') return true;
  // "a new/ADV military package": a word the tagger misread, between an article and the noun
  if (t.pos === 'ADV' && v.tokens[k - 1]?.pos === 'DET' && ['ADJ', 'NOUN'].includes(v.tokens[k + 1]?.pos ?? '')) return true;
  return Boolean(v.quantity[k]);
}

/** One item: a noun phrase, with "of"/"for" complements ("technological expertise for …"). */
function readItem(v: DocView, i: number, hi: number): (Range & { head: number }) | null {
  if (v.tokens[i]?.lower === 'of' || v.tokens[i]?.pos === 'VERB') return null;
  let b = i;
  let head = -1;
  while (b < hi) {
    const t = v.tokens[b];
    // "military and economic assistance": coordinated modifiers of one head
    // "ballistic and cruise missiles": before any noun, a conjunction joins modifiers
    const adjAnd = (t.lower === 'and' || t.lower === 'or' || t.text === ',') && v.tokens[b - 1]?.pos === 'ADJ' && b > i && (v.tokens[b + 1]?.pos === 'ADJ' || (head < 0 && v.tokens[b + 1]?.pos === 'NOUN'));
    if (!adjAnd && !itemToken(t, v, b)) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || (v.quantity[b] && t.pos === 'NUM')) head = b;
    b++;
  }
  // "for" complement: "know-how for jet engines, radars, and satellite navigation units"
  if (b < hi && v.tokens[b].lower === 'for' && v.tokens[b + 1]?.lower !== 'use' && head >= 0) {
    const comp = readItem(v, b + 1, hi);
    if (comp) b = comp.last;
  }
  while (b > i && ['of', 'the', 'a', 'an', '-', 'and'].includes(v.tokens[b - 1].lower)) b--;
  if (head < 0 || head >= b) return null;
  return { first: i, last: b, head };
}

/** The state of a theme list being read. */
interface ListReader {
  v: DocView;
  hi: number;
  k: number;
  items: ThemeItem[];
  /** once an additive phrase is read, the items after it are that addition ("drones as well as shells and rockets") */
  addition?: number;
  /** the additive phrase said goods already named follow ("in addition to the jets") */
  skipGiven: boolean;
  /** the list's own "and" was read: a further ", X, and Y" belongs to the last item's complement */
  closed: boolean;
  /** "not only arms but also technology" */
  pair: boolean;
}

const markItem = (r: ListReader, item: Range & { head: number }): ThemeItem => ({ ...item, separate: r.addition !== undefined, people: isPeopleNoun(r.v, item.head), ...(r.addition !== undefined ? { addition: r.addition } : {}) });

/** Reads one item at r.k into the list (or into the last item's complement once the list is closed). */
function takeItem(r: ListReader): boolean {
  const { v } = r;
  while (r.k < r.hi && v.tokens[r.k].pos === 'ADV' && !/ly$/.test(v.tokens[r.k].lower) && v.tokens[r.k + 1]?.pos !== 'ADJ') r.k++;
  const item = readItem(v, r.k, r.hi);
  if (!item) return false;
  if (r.closed && r.items.length) r.items[r.items.length - 1].last = item.last;
  else if (!(r.skipGiven && DEFINITE.has(v.tokens[item.first].lower))) r.items.push(markItem(r, item));
  r.k = item.last;
  r.skipGiven = false;
  // "1,000 sappers to clear mines in the region and 5,000 workers …": skip the purpose clause
  const last = r.items[r.items.length - 1];
  if (v.tokens[r.k]?.lower === 'to' && v.tokens[r.k + 1]?.pos === 'VERB' && last && quantityOf(v, last)) {
    let j = r.k + 2;
    while (j < r.hi && v.tokens[j].text !== ';' && !(v.tokens[j].lower === 'and' && quantityOf(v, { first: j + 1, last: j + 2 }))) j++;
    if (j < r.hi && v.tokens[j].lower === 'and') r.k = j;
  }
  return true;
}

/** The list's final item after "and", "or", ", and", "but also": read as an item of its own; false ends the list. */
function takeFinal(r: ListReader, from: number): boolean {
  const fin = readItem(r.v, from, r.hi);
  if (!fin || startsClause(r.v, fin)) return false;
  r.items.push(markItem(r, fin));
  r.k = fin.last;
  r.closed = true;
  return true;
}

/** Reads the separator at r.k (and the final item it opens, if any); false ends the list. */
function takeSeparator(r: ListReader): boolean {
  const { v } = r;
  const t = v.tokens[r.k];
  if (!t || r.k >= r.hi) return false;
  const sep = additiveAt(v, t.text === ',' ? r.k + 1 : r.k);
  if (sep) {
    r.k = (t.text === ',' ? r.k + 1 : r.k) + sep.words.length;
    r.addition = r.k - sep.words.length;
    r.skipGiven = sep.definiteGiven;
    r.closed = false;
    return true;
  }
  if (t.text === ',' && (v.tokens[r.k + 1]?.lower === 'and' || v.tokens[r.k + 1]?.lower === 'or')) {
    r.k += 2;
    if (r.closed) return true;
    r.closed = r.items.length >= 1;
    if (!takeFinal(r, r.k)) return false;
    // ", X, and Y" after a closed list: the complement's own list
    if (v.tokens[r.k]?.text === ',' && !additiveAt(v, r.k + 1)) r.k++;
    return true;
  }
  if (r.pair && t.lower === 'but' && v.tokens[r.k + 1]?.lower === 'also' && !r.closed) return takeFinal(r, r.k + 2);
  if (t.lower === 'and' || t.lower === 'or') {
    r.k++;
    if (!r.closed) {
      r.closed = true;
      return takeFinal(r, r.k);
    }
    // inside a complement list after the outer list closed: extend the last item
    const fin = readItem(v, r.k, r.hi);
    if (!fin) return false;
    r.items[r.items.length - 1].last = fin.last;
    r.k = fin.last;
    return true;
  }
  if (t.text === ',' && !r.closed) {
    const nxt = readItem(v, r.k + 1, r.hi);
    // "…, CNN reported": a phrase followed by its verb starts a clause, not a list item
    if (!nxt || ['VERB', 'AUX'].includes(v.tokens[nxt.last]?.pos ?? '')) return false;
    r.k++;
    return true;
  }
  return false;
}

/** The items of the theme list starting at i, stopping before `hi` or a clause word. */
export function readThemeList(v: DocView, i: number, hi: number): ThemeItem[] {
  const pair = v.tokens[i]?.lower === 'not' && v.tokens[i + 1]?.lower === 'only';
  const r: ListReader = { v, hi, k: pair ? i + 2 : i, items: [], skipGiven: false, closed: false, pair };
  // an item, then a separator and the next item, for as long as the list runs
  while (r.k < hi && takeItem(r) && takeSeparator(r));
  return r.items;
}

let civilians: Set<string> | null = null;
const lastWord = (text: string) => text.toLowerCase().split(/\s+/).pop() ?? '';
const lastTwo = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, ' ').trim().split(/\s+/).slice(-2).map((w) => w.replace(/(?<=[a-z]{3})s$/, '')).join(' ');
/** Does a noun phrase name civilians (civilian-nouns.txt): "refugees", "displaced people"? */
export function isCivilian(phrase: string): boolean {
  civilians ??= new Set(loadList('civilian-nouns.txt'));
  return civilians.has(lastTwo(phrase)) || civilians.has(lastWord(phrase));
}

/** Every thing moved names civilians: the head of each item, or the count's unit. */
export function isCivilianMove(v: DocView, d: Draft): boolean {
  const heads = d.quantity?.unit ? [d.quantity.unit] : d.items.map((it) => v.text(it.first, it.last));
  return heads.length > 0 && heads.every(isCivilian);
}
