// Roles of people as written, and the actor a role names: before the name ("Russian Security
// Council Secretary Anna Berg", "Deputy Navy Press Secretary Tom Reed", "US
// Secretary of Defense Lloyd Austin"), after it in an apposition ("Sergei Shoigu, a top Russian
// security official", "Mari Ito, director of the Defense Intelligence Headquarters") or before it
// in one ("The U.S. Special Envoy for Chad, Ann Lowe, …").
import type { Lexicon } from './lexicon.js';
import type { Hit, Layer } from './layer.js';
import type { Word } from './words.js';

export interface Role {
  /** The title is not next to the name but before an "of"/"for" complement ("Secretary of Defense"). */
  complement?: boolean;
  /** First and last word of the role phrase. */
  first: number;
  last: number;
  /** The role as written, without a leading "the" for a title before the name. */
  text: string | null;
  affiliation: string | null;
  /** The title word nearest the name (lower case): "rep.", "director", "mr". */
  title: string | null;
  honorific: boolean;
}

const LINKS = new Set(['of', 'for', 'the', 'to']);
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'one', 'its', 'his', 'her', 'their', 'another', 'also', 'now', 'then']);
const CLAUSE_BREAK = /[,;:()\[\]"“”—–]|^-$/;

export function titleKind(lex: Lexicon, w: Word | undefined): string | undefined {
  if (!w) return undefined;
  return lex.titles.get(w.lower) ?? lex.titles.get(w.lower.replace(/\.$/, ''));
}

function pluralTitle(lex: Lexicon, w: Word): boolean {
  return w.lower.endsWith('s') && lex.titles.has(w.lower.slice(0, -1));
}

/** Is word k part of a role phrase: a title, a modifier, a link word, an actor, a capitalised word? */
function roleItem(layer: Layer, lex: Lexicon, k: number): 'title' | 'hit' | 'word' | 'link' | null {
  const w = layer.words[k];
  const h = layer.hit(k);
  if (h && !h.weak) return h.target.type === 'person' ? null : 'hit';
  if (titleKind(lex, w)) return 'title';
  if (w.poss) return null;
  if (lex.roleModifiers.has(w.lower)) return 'word';
  if (LINKS.has(w.lower)) return 'link';
  if (w.cap && !lex.notNames.has(w.lower) && !(w.sentStart && w.pos !== 'PROPN')) return 'word';
  return null;
}

/** The role phrase right before word a (the first word of a name). */
export function roleBefore(layer: Layer, lex: Lexicon, a: number): Role | null {
  const { words } = layer;
  if (a === 0 || words[a].gap) return null;
  const items: { k: number; kind: string }[] = [];
  let s = a;
  while (s > 0 && !words[s].gap && items.length < 12) {
    const k = s - 1;
    const kind = roleItem(layer, lex, k);
    if (!kind) break;
    const h = kind === 'hit' ? layer.hit(k)! : undefined;
    s = h ? h.first : k;
    items.unshift({ k: s, kind });
  }
  // the phrase starts at a title, modifier or actor, never at a link word
  while (items.length && items[0].kind === 'link') items.shift();
  if (!items.length) return null;
  const nearest = items[items.length - 1];
  const complement = nearest.kind !== 'title' && complementOfTitle(items);
  if (nearest.kind !== 'title' && !complement) return null;
  const first = items[0].k;
  const titleWord = [...items].reverse().find((x) => x.kind === 'title');
  const title = titleWord ? words[titleWord.k].lower : null;
  const honorific = items.length === 1 && titleKind(lex, words[first]) === 'honorific';
  if (honorific) return { first, last: a - 1, text: null, affiliation: null, title, honorific };
  return { first, last: a - 1, text: layer.text.slice(words[first].start, words[a - 1].end), affiliation: affiliationIn(layer, first, a - 1), title, honorific: false, complement };
}

// "Secretary of Defense Lloyd Austin", "Special Envoy for Sudan Tom Perriello": a title, then
// "of"/"for" and its complement up to the name
function complementOfTitle(items: { k: number; kind: string }[]): boolean {
  const link = items.findIndex((x) => x.kind === 'link');
  return link > 0 && items.slice(0, link).some((x) => x.kind === 'title') && items.slice(link + 1).every((x) => x.kind !== 'title');
}

/** ", a top Russian security official," after word b. */
export function roleAfter(layer: Layer, lex: Lexicon, b: number): Role | null {
  const { words } = layer;
  const first = b + 1;
  if (!words[first] || words[first].gap !== ',' || words[first].sentence !== words[b].sentence) return null;
  const w0 = words[first];
  if (!APPOSITION_OPENERS.has(w0.lower) && !roleItem(layer, lex, first)) return null;
  let last = first;
  let titleAt = -1;
  for (let k = first; k < words.length && k - first < 16; k++) {
    if (k > first && (CLAUSE_BREAK.test(words[k].gap) || words[k].sentence !== words[first].sentence)) break;
    if (titleAt < 0 && (titleKind(lex, words[k]) || (k > first && pluralTitle(lex, words[k])))) titleAt = k;
    last = k;
  }
  if (titleAt < 0 || titleAt - first > 6) return null;
  // a verb before the title makes it a clause ("Oleksandr Kindratenko, told CNN"), not a role
  for (let k = first; k < titleAt; k++) if (/^(?:VERB|AUX)$/.test(words[k].pos) && !layer.hit(k)) return null;
  const text = layer.text.slice(words[first].start, words[last].end + (words[last].poss ? 2 : 0));
  return { first, last, text, affiliation: affiliationIn(layer, first, last), title: words[titleAt].lower, honorific: false };
}

/** "The U.S. Special Envoy for Chad, Ann Lowe": a clause-initial role, then a comma, then the name at word a. */
export function roleBeforeComma(layer: Layer, lex: Lexicon, a: number): Role | null {
  const { words } = layer;
  if (a === 0 || words[a].gap !== ',') return null;
  let s = a;
  let hasTitle = false;
  while (s > 0 && (s === a || !words[s].gap) && words[s - 1].sentence === words[a].sentence) {
    const k = s - 1;
    const kind = roleItem(layer, lex, k) ?? (APPOSITION_OPENERS.has(words[k].lower) ? 'link' : null);
    if (!kind) return null;
    if (kind === 'title') hasTitle = true;
    s = kind === 'hit' ? layer.hit(k)!.first : k;
  }
  // it must open its clause: the start of the sentence or right after punctuation
  if (!hasTitle || !(words[s].sentStart || words[s].gap)) return null;
  while (s < a - 1 && (APPOSITION_OPENERS.has(words[s].lower) || words[s].lower === 'the')) s++;
  return { first: s, last: a - 1, text: layer.text.slice(words[s].start, words[a - 1].end), affiliation: affiliationIn(layer, s, a - 1), title: null, honorific: false };
}

/** The organisation a role phrase names, else its country; a country after "for" is the subject
 *  of the post ("Special Envoy for Sudan"), not its owner. */
function affiliationIn(layer: Layer, a: number, b: number): string | null {
  const hits: { h: Hit; afterFor: boolean }[] = [];
  for (let k = a; k <= b; k++) {
    const h = layer.hit(k);
    if (!h || h.weak || h.target.type === 'person' || hits.some((x) => x.h === h)) continue;
    hits.push({ h, afterFor: layer.words[h.first - 1]?.lower === 'for' || layer.words[h.first - 2]?.lower === 'for' && layer.words[h.first - 1]?.lower === 'the' });
  }
  // "a spokesman for the Polish army's Territorial Defence Forces": the last organisation
  // is the one the possessives lead to
  const org = [...hits].reverse().find((x) => x.h.target.type === 'organisation' || x.h.target.type === 'group');
  if (org) return org.h.target.id;
  const country = hits.find((x) => x.h.target.type === 'country' && !x.afterFor);
  return country ? country.h.target.id : null;
}
