// Rules: title, honorific, apposition, given-name, family-name-first, speech (new people) and
// surname, honorific, title (later mentions). A person is a run of capitalised words no other rule
// took, with evidence that it names someone: a title or role around it, a known given name or an
// East Asian family name first, or a speech verb after it. "Following", "Regime Takes Delivery",
// "June" and "Pyongyang" never are.
// A later "Lee", "Mr. Lee" or "Shoigu" is the latest-introduced person of that surname (a title
// before it picks among namesakes); two different Lees stay two people.
import type { Lexicon } from './lexicon.js';
import type { Hit, Layer } from './layer.js';
import { roleAfter, roleBefore, roleBeforeComma, titleKind, type Role } from './roles.js';
import { slug, type Target } from './targets.js';
import type { Word } from './words.js';

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u;
const EAST_ASIAN_GIVEN = /^\p{Lu}\p{Ll}{1,5}(?:-\p{Ll}{1,5})?$/u;
const MAX_NAME_WORDS = 5;

export function matchPeople(layer: Layer, lex: Lexicon): void {
  extendSurnames(layer, lex);
  for (const run of nameRuns(layer, lex)) {
    if (run.b > run.a) newPerson(layer, lex, run.a, run.b);
  }
  for (const h of layer.hits()) if (h.target.type === 'person' && h.role === undefined) describe(layer, lex, h);
  resolveSingles(layer, lex);
}

/** "Gen. Abdel-Fattah Burhan": given names before a surname the gazetteer knows are that person's. */
function extendSurnames(layer: Layer, lex: Lexicon): void {
  const { words } = layer;
  for (const h of layer.hits()) {
    if (h.target.type !== 'person' || h.rule !== 'surname') continue;
    let a = h.first;
    while (a > 0 && !words[a].gap && !words[a - 1].poss && words[a - 1].sentence === words[a].sentence && nameWord(layer, lex, a - 1, true)) a--;
    if (a < h.first) layer.put({ ...layer.span(a, h.last, h.target, 'name'), end: h.end }, true);
  }
}

/** Runs of name-like words that no other rule took, in text order. */
function nameRuns(layer: Layer, lex: Lexicon): { a: number; b: number }[] {
  const { words } = layer;
  const runs: { a: number; b: number }[] = [];
  // an initial's stop may have ended wink's sentence ("President George W. Bush")
  const joins = (k: number) => words[k + 1].sentence === words[k].sentence || /^\p{Lu}\.$/u.test(words[k].text);
  for (let i = 0; i < words.length; i++) {
    if (!nameWord(layer, lex, i, true)) continue;
    let j = i;
    while (j + 1 < words.length && !words[j].poss && !words[j + 1].gap && joins(j) && nameWord(layer, lex, j + 1, false)) j++;
    // a particle never ends a name ("… de")
    while (j > i && lex.particles.has(words[j].lower)) j--;
    // "Chief Operating Officer": capitalised words right before a title belong to the title
    const next = words[j + 1];
    const inTitle = next && !next.gap && !words[j].poss && titleKind(lex, next) && titleKind(lex, next) !== 'honorific';
    if (j - i < MAX_NAME_WORDS && !inTitle) runs.push({ a: i, b: j });
    i = j;
  }
  return runs;
}

function nameWord(layer: Layer, lex: Lexicon, k: number, first: boolean): boolean {
  const w = layer.words[k];
  if (!w.cap) return !first && lex.particles.has(w.lower) && layer.free(k, k, true);
  if (!layer.free(k, k, true)) return false;
  if (!NAME_WORD.test(w.text) || lex.notNames.has(w.lower) || titleKind(lex, w) || lex.roleModifiers.has(w.lower)) return false;
  // an all-capital word is an acronym, not a name ("DPRK", "MSMT"), unless the line is in capitals
  if (w.text === w.text.toUpperCase() && (w.text.match(/\p{L}/gu) ?? []).length > 1 && /\p{Ll}/u.test(layer.text.slice(Math.max(0, w.start - 40), w.end + 40))) return false;
  return true;
}

/** A multi-word run: a person when something around it says so. */
function newPerson(layer: Layer, lex: Lexicon, a0: number, b: number): void {
  const { words } = layer;
  // "the UN's High Commissioner for Refugees Filippo Grandi": a given name inside the run starts
  // the name; the capitalised words before it belong to the role
  const given = words.slice(a0 + 1, b).findIndex((w) => lex.givenNames.has(w.lower));
  const a = !lex.givenNames.has(words[a0].lower) && given >= 0 ? a0 + 1 + given : a0;
  const before = roleBefore(layer, lex, a);
  const after = roleAfter(layer, lex, b);
  const comma = roleBeforeComma(layer, lex, before ? before.first : a);
  // "Initially", "Following" open sentences; a run starting there must stand on other evidence
  const opener = words[a].sentStart && words[a].pos !== 'PROPN';
  const shaped = lex.givenNames.has(words[a].lower) || familyFirstName(lex, words, a, b);
  let rule: string | null = null;
  // a title before an "of" complement ("Head of Ukraine Support Tracker") may run into a name
  // that is no person's: then the run needs a name's shape or other evidence
  if (before && (!before.complement || shaped || after)) rule = before.honorific ? 'honorific' : 'title';
  else if (after || comma) rule = 'apposition';
  else if (lex.givenNames.has(words[a].lower)) rule = 'given-name';
  else if (familyFirstName(lex, words, a, b)) rule = 'family-name-first';
  else if (!words[a].titleCase && !opener && spoken(layer, lex, a, b)) rule = 'speech';
  if (!rule) return;
  const name = layer.text.slice(words[a].start, words[b].end).replace(/\s+/g, ' ');
  const target: Target = { id: `person:${slug(name)}`, name, type: 'person', country: null };
  const role = pickRole(before, after, comma);
  const extra: Partial<Hit> = { role: role?.text ?? null, affiliation: role?.affiliation ?? null };
  layer.put(layer.span(a, b, target, rule, extra));
}

function pickRole(...roles: (Role | null)[]): Role | null {
  const real = roles.filter((r): r is Role => !!r && !!r.text);
  return real.find((r) => r.affiliation) ?? real[0] ?? null;
}

/** Role and affiliation for a person the gazetteer found ("Swedish Defence Council Secretary Anna Berg"). */
function describe(layer: Layer, lex: Lexicon, h: Hit): void {
  const before = roleBefore(layer, lex, h.first);
  const role = pickRole(before, roleAfter(layer, lex, h.last), roleBeforeComma(layer, lex, before ? before.first : h.first));
  h.role = role?.text ?? null;
  h.affiliation = role?.affiliation ?? null;
}

function familyFirstName(lex: Lexicon, words: Word[], a: number, b: number): boolean {
  if (!lex.familyNameFirst.has(words[a].lower) || b - a > 2) return false;
  for (let k = a + 1; k <= b; k++) if (!EAST_ASIAN_GIVEN.test(words[k].text)) return false;
  // "Lee Jong-seok", "Kim Jong Un": a hyphenated given name, or two short syllables
  return words[a + 1].text.includes('-') || b - a === 2;
}

/** A speech verb after the run ("John Healey said"), "according to" or an inverted "said" before it. */
function spoken(layer: Layer, lex: Lexicon, a: number, b: number): boolean {
  const { words } = layer;
  const next = words[b + 1];
  if (next && (next.gap === '' || next.gap === ',') && lex.speechVerbs.has(next.lower)) return true;
  const p1 = words[a - 1];
  const p2 = words[a - 2];
  if (p1 && !words[a].gap && p1.lower === 'to' && p2?.lower === 'according') return true;
  // "…, said Christophe Trebesch." — the name closes the clause; "said Labour backed" is a subject
  const closes = !next || next.sentence !== words[b].sentence || /[,.;]/.test(next.gap);
  return !!p1 && !words[a].gap && closes && (p1.lower === 'said' || p1.lower === 'says');
}

/** Single words: later (or, in a headline, earlier) mentions of the people found, or new people
 *  when a title or an honorific says so. */
function resolveSingles(layer: Layer, lex: Lexicon): void {
  const { words } = layer;
  const people = introductions(layer, lex);
  for (let i = 0; i < words.length; i++) {
    if (!nameWord(layer, lex, i, true)) continue;
    if (i + 1 < words.length && !words[i].poss && !words[i + 1].gap && nameWord(layer, lex, i + 1, false)) {
      i++;
      continue;
    }
    const before = roleBefore(layer, lex, i);
    const found = pickPerson(people, words[i], before?.title ?? null);
    const first = before?.honorific ? before.first : i;
    if (found) {
      const rule = before?.honorific ? 'honorific' : before ? 'title' : 'surname';
      layer.put(layer.span(first, i, found.target, rule, { role: before?.text ?? undefined, affiliation: before?.affiliation ?? undefined }));
      continue;
    }
    // a lone capitalised word before "said" is as often a company or a party as a person: only a
    // title or an honorific makes a new person of one word
    const next = words[i + 1];
    const inTitle = next && !next.gap && titleKind(lex, next) && titleKind(lex, next) !== 'honorific';
    const evidence = before && !before.complement && !inTitle ? (before.honorific ? 'honorific' : 'title') : null;
    if (!evidence) continue;
    const name = words[i].text;
    const target: Target = { id: `person:${slug(name)}`, name, type: 'person', country: null };
    const after = roleAfter(layer, lex, i);
    const role = pickRole(before, after);
    layer.put(layer.span(first, i, target, evidence, { role: role?.text ?? null, affiliation: role?.affiliation ?? null }));
    people.push({ target, at: words[i].start, keys: [surnameKey(name)], role: role?.text?.toLowerCase() ?? '' });
  }
}

interface Known {
  target: Target;
  /** Where the person is first named. */
  at: number;
  keys: string[];
  role: string;
}

function introductions(layer: Layer, lex: Lexicon): Known[] {
  const out = new Map<string, Known>();
  for (const h of layer.hits()) {
    if (h.target.type !== 'person') continue;
    const known = out.get(h.target.id);
    if (known) {
      if (h.role) known.role += ' ' + h.role.toLowerCase();
      continue;
    }
    out.set(h.target.id, { target: h.target, at: h.start, keys: nameKeys(lex, h.target.name, layer.text.slice(h.start, h.end)), role: (h.role ?? '').toLowerCase() });
  }
  return [...out.values()];
}

/** The words a later mention may use: the family name (first for a Korean or Chinese name, else last). */
function nameKeys(lex: Lexicon, ...names: string[]): string[] {
  const keys = new Set<string>();
  for (const n of names) {
    const parts = n.split(/\s+/).filter(Boolean);
    if (parts.length < 2) continue;
    keys.add(surnameKey(parts[parts.length - 1]));
    if (lex.familyNameFirst.has(parts[0].toLowerCase()) && parts.length <= 3) keys.add(surnameKey(parts[0]));
  }
  return [...keys];
}

const keyCache = new Map<string, string>();

/** "Zelenskyy", "Zelensky", "Zelenskiy" → one key. */
export function surnameKey(word: string): string {
  let key = keyCache.get(word);
  if (key === undefined) {
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(word, (key = surnameKeyOf(word)));
  }
  return key;
}

function surnameKeyOf(word: string): string {
  return slug(word).replace(/^(?:al|el)-/, '').replace(/-/g, '').replace(/(?:iy|yy|yi|y|i)$/, '');
}

function pickPerson(people: Known[], w: Word, title: string | null): Known | null {
  const key = surnameKey(w.text);
  let cands = people.filter((p) => p.keys.includes(key));
  if (!cands.length) return null;
  if (title) {
    const t = title.replace(/\.$/, '');
    const titled = cands.filter((p) => p.role.includes(t));
    if (titled.length) cands = titled;
  }
  const before = cands.filter((p) => p.at < w.start);
  if (before.length) return before.reduce((x, y) => (y.at > x.at ? y : x));
  return cands.length === 1 ? cands[0] : null;
}
