// The actor gazetteer: countries, organisations, places and people from src/lexicons/, loaded
// once into phrase tries. Every entry remembers the rule it stands for (name, alias, demonym,
// capital, seat …) so that each mention says how it was found.
// the library without its 80 languages' names: only the codes are checked
import isoCountries from 'i18n-iso-countries/index.js';
import { loadList, loadTsv } from '../../lexicons/load.js';
import { PhraseTrie } from './trie.js';
import { countryId, slug, type Target } from './targets.js';
import type { Word } from './words.js';

export interface GazEntry {
  target: Target;
  rule: string;
  /** All-capital entries (US, NIS, U.S.) match only as written. */
  exact: boolean;
  surface: string;
  /** Per word of the entry: must the text's word be capitalised there? */
  caps: boolean[];
  /** What the mention also names: the city behind a capital, the office behind a seat. */
  also?: Target;
  /** Contextual aliases apply only when one of these ids is named elsewhere in the report. */
  requires?: string[];
}

export interface KindPhrase {
  kind: string;
  bare: boolean;
}

export interface KindInfo {
  name: string;
  bare: boolean;
}

export interface Lexicon {
  gazetteer: PhraseTrie<GazEntry>;
  contextual: PhraseTrie<GazEntry>;
  kinds: PhraseTrie<KindPhrase>;
  kindInfo: Map<string, KindInfo>;
  /** (country, kind) → the organisation of that kind, from organisations.tsv. */
  orgByKind: Map<string, Target>;
  byId: Map<string, Target>;
  countries: Map<string, Target>;
  demonym: Map<string, string>;
  titles: Map<string, string>;
  roleModifiers: Set<string>;
  orgHeads: Set<string>;
  placeHeads: Set<string>;
  givenNames: Set<string>;
  familyNameFirst: Set<string>;
  particles: Set<string>;
  notNames: Set<string>;
  speechVerbs: Set<string>;
  regionSuffixes: PhraseTrie<string>;
}

const list = (cell: string) => cell.split('|').map((s) => s.trim()).filter(Boolean);
const isExact = (s: string) => !/\p{Ll}/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2;

/** Adds one surface form; a leading capital "The" is optional in text, a lower-case "the" required. */
function addEntry(trie: PhraseTrie<GazEntry>, surface: string, target: Target, rule: string, extra: Partial<GazEntry> = {}): void {
  const s = surface.replace(/^The\s+/, '');
  const entry: GazEntry = { target, rule, exact: isExact(s), surface: s.replace(/’/g, "'"), caps: [], ...extra };
  const words = trie.add(s, entry);
  entry.caps = words.map((w) => w.cap);
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  return (cached ??= buildLexicon());
}

function buildLexicon(): Lexicon {
  const gazetteer = new PhraseTrie<GazEntry>();
  const contextual = new PhraseTrie<GazEntry>();
  const byId = new Map<string, Target>();
  const countries = new Map<string, Target>();
  const demonym = new Map<string, string>();

  // Countries first: on a tie the earlier row wins, and a country name should beat a namesake.
  for (const row of loadTsv('countries.tsv')) {
    if (!isoCountries.isValid(row.code) && row.code !== 'XK') throw new Error(`countries.tsv: "${row.code}" is not an ISO 3166-1 alpha-2 code`);
    const target: Target = { id: countryId(row.code), name: row.name, type: 'country', country: row.code };
    countries.set(row.code, target);
    byId.set(target.id, target);
    const dems = list(row.demonyms);
    if (dems[0]) demonym.set(row.code, dems[0]);
    addEntry(gazetteer, row.name, target, 'name');
    for (const a of list(row.aliases)) addEntry(gazetteer, a, target, 'alias');
    for (const d of dems) addEntry(gazetteer, d, target, 'demonym');
    for (const c of list(row.capitals)) {
      const place: Target = { id: `place:${slug(c.replace(/,.*$/, ''))}`, name: c.replace(/,.*$/, ''), type: 'place', country: row.code, kind: 'city' };
      byId.set(place.id, place);
      addEntry(gazetteer, c, target, 'capital', { also: place });
    }
    for (const seat of list(row.seats)) {
      const names = seat.split('=').map((x) => x.trim());
      const office: Target = { id: `org:${slug(names[0])}`, name: names[0], type: 'organisation', country: row.code, kind: 'seat' };
      byId.set(office.id, office);
      for (const n of names) addEntry(gazetteer, n, target, 'seat', { also: office });
    }
  }

  const orgByKind = new Map<string, Target>();
  for (const row of loadTsv('organisations.tsv')) {
    const type = row.type === 'group' ? 'group' : 'organisation';
    const target: Target = { id: row.id, name: row.name, type, country: row.country || null, kind: row.kind || null };
    byId.set(target.id, target);
    if (row.kind && row.country && !orgByKind.has(`${row.country}/${row.kind}`)) orgByKind.set(`${row.country}/${row.kind}`, target);
    addEntry(gazetteer, row.name, target, 'name');
    for (const a of list(row.aliases)) addEntry(gazetteer, a, target, 'alias');
  }

  for (const row of loadTsv('places.tsv')) {
    const target: Target = { id: row.id, name: row.name, type: 'place', country: row.country || null, kind: row.kind || null };
    byId.set(target.id, target);
    addEntry(gazetteer, row.name, target, 'name');
    const aliasRule = row.kind === 'continent' ? 'demonym' : 'alias';
    for (const a of list(row.aliases)) addEntry(gazetteer, a, target, /^\p{Lu}\p{Ll}+(?:an|ern)$/u.test(a) ? aliasRule : 'alias');
  }

  for (const row of loadTsv('people.tsv')) {
    const target: Target = { id: row.id, name: row.name, type: 'person', country: row.country || null };
    byId.set(target.id, target);
    addEntry(gazetteer, row.name, target, 'name');
    for (const a of list(row.aliases)) addEntry(gazetteer, a, target, a.includes(' ') ? 'alias' : 'surname');
  }

  for (const row of loadTsv('contextual-aliases.tsv')) {
    const target = byId.get(row.id);
    if (!target) throw new Error(`contextual-aliases.tsv: unknown id "${row.id}" for "${row.alias}"`);
    addEntry(contextual, row.alias, target, 'alias', { requires: list(row.requires) });
  }

  const kinds = new PhraseTrie<KindPhrase>();
  const kindInfo = new Map<string, KindInfo>();
  for (const row of loadTsv('org-kinds.tsv')) {
    const bare = row.bare === 'yes';
    kindInfo.set(row.kind, { name: row.name, bare });
    for (const p of list(row.phrases)) kinds.add(p, { kind: row.kind, bare });
  }

  const titles = new Map(loadTsv('person-titles.tsv').map((r) => [r.title.toLowerCase(), r.kind] as [string, string]));
  const regionSuffixes = new PhraseTrie<string>();
  for (const s of loadList('region-suffixes.txt')) regionSuffixes.add(s, s);

  return {
    gazetteer, contextual, kinds, kindInfo, orgByKind, byId, countries, demonym, titles, regionSuffixes,
    roleModifiers: new Set(loadList('role-modifiers.txt')),
    orgHeads: new Set(loadList('org-heads.txt')),
    placeHeads: new Set(loadList('place-heads.txt')),
    givenNames: new Set(loadList('given-names.txt')),
    familyNameFirst: new Set(loadList('family-name-first.txt')),
    particles: new Set(loadList('name-particles.txt')),
    notNames: new Set(loadList('not-names.txt')),
    speechVerbs: new Set(loadList('speech-verbs.txt')),
  };
}

/** Does the text at words[first..last] honour the entry's case? */
export function caseFits(entry: GazEntry, text: string, words: Word[], first: number, last: number): boolean {
  if (entry.exact) return text.slice(words[first].start, words[last].end).replace(/’/g, "'") === entry.surface;
  for (let k = 0; k <= last - first; k++) if (entry.caps[k] && !words[first + k].cap) return false;
  return true;
}

/** The organisation of `kind` that belongs to `code`: from the gazetteer, or made from the kind's
 *  name template ("Ministry of Defence of {name}" → "Ministry of Defence of Russia"). */
export function orgOfKind(lex: Lexicon, code: string | null, kind: string): Target | null {
  const info = lex.kindInfo.get(kind);
  if (!info) return null;
  if (!code) {
    const name = info.name.replace(/^\{demonym\}\s*/, '').replace(/\s+of \{name\}$/, '').replace(/^\w/, (c) => c.toUpperCase());
    return { id: `org:${slug(kind)}`, name, type: 'organisation', country: null, kind };
  }
  const known = lex.orgByKind.get(`${code}/${kind}`);
  if (known) return known;
  const country = lex.countries.get(code);
  if (!country) return null;
  if (kind === 'government') return country;
  const name = info.name.replace('{demonym}', lex.demonym.get(code) ?? country.name).replace('{name}', country.name);
  return { id: `org:${slug(kind)}-${code.toLowerCase()}`, name, type: 'organisation', country: code, kind };
}

/** A region's own ministry: "Gaza's Health Ministry" → "Gaza Ministry of Health". */
export function orgOfPlace(lex: Lexicon, place: Target, kind: string): Target | null {
  const info = lex.kindInfo.get(kind);
  if (!info) return null;
  const name = info.name.replace('{demonym}', place.name).replace('{name}', place.name);
  return { id: `org:${slug(kind)}-${slug(place.name)}`, name, type: 'organisation', country: place.country, kind };
}
