// Rule: org-head (and place-head). Organisations missing from the gazetteer, from a capitalised
// run that ends in an organisation head word ("Hudson Institute", "Myanmar Air Force", "Sukhoi
// Aviation Corporation") and may go on with "of"/"for" and capitalised words ("Office of the
// President of Ukraine"); facilities the same way from a place head ("Ben Gurion International
// Airport", "Hmeimim Air Base").
// Its country comes from a country or place inside the run, an "of <country>" tail, or a
// possessive before it ("Russia's Sukhoi Aviation Corporation", "the Ukrainian military's Special
// Operations Forces").
import type { Lexicon } from './lexicon.js';
import type { Hit, Layer } from './layer.js';
import { slug, type Target } from './targets.js';

const LINKS = new Set(['of', 'for', 'on']);

export function matchOrgHeads(layer: Layer, lex: Lexicon): void {
  const { words } = layer;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w.cap || !(lex.placeHeads.has(w.lower) || lex.orgHeads.has(w.lower)) || !layer.free(i, i, true)) continue;
    // the last head of a capitalised run is the name's head ("Sukhoi Aviation Corporation")
    for (let k = i + 1; k < words.length && !words[k].gap && !words[k - 1].poss && usable(layer, lex, k) && !layer.hit(k); k++) {
      if (lex.orgHeads.has(words[k].lower) || lex.placeHeads.has(words[k].lower)) i = k;
    }
    const isPlace = lex.placeHeads.has(words[i].lower);
    const first = extendLeft(layer, lex, i);
    const last = extendRight(layer, lex, i);
    if (first === i && last === i) continue;
    const inner = hitsIn(layer, first, last);
    const placeOrCountry = inner.find((h) => h.target.type === 'country' || h.target.type === 'place');
    const code = placeOrCountry?.target.country ?? possessiveCountry(layer, first);
    const name = layer.text.slice(words[first].start, words[last].end).replace(/\s+/g, ' ');
    // a country from outside the name keeps namesakes apart ("Special Operations Forces" of Ukraine and of the US)
    const id = `${isPlace ? 'place' : 'org'}:${slug(name)}${code && !placeOrCountry ? '-' + code.toLowerCase() : ''}`;
    const target: Target = { id, name, type: isPlace ? 'place' : 'organisation', country: code ?? null, kind: isPlace ? 'facility' : null };
    layer.put(layer.span(first, last, target, isPlace ? 'place-head' : 'org-head'), true);
    i = last;
  }
}

// points of the compass start no person's name but many an organisation's ("Eastern Group of
// Forces", "Northern Fleet", "Central Command")
const COMPASS = /^(?:north|south|east|west|northern|southern|eastern|western|central)$/;

function usable(layer: Layer, lex: Lexicon, k: number): boolean {
  const w = layer.words[k];
  if (!w.cap || (lex.notNames.has(w.lower) && !COMPASS.test(w.lower))) return false;
  // "Initially", "Following": a sentence opener is capitalised for the sentence, not the name
  if (w.sentStart && w.pos !== 'PROPN') return false;
  const h = layer.hit(k);
  return !h || h.weak === true || h.target.type === 'country' || h.target.type === 'place';
}

function extendLeft(layer: Layer, lex: Lexicon, i: number): number {
  const { words } = layer;
  let first = i;
  for (let k = i - 1; k >= 0; k--) {
    if (words[k + 1].gap || words[k].poss || !usable(layer, lex, k)) break;
    const h = layer.hit(k);
    // a country or place joins whole ("U.S. Navy", "Munich Security Conference")
    k = h && !h.weak ? h.first : k;
    first = k;
  }
  return first;
}

function extendRight(layer: Layer, lex: Lexicon, i: number): number {
  const { words } = layer;
  let last = i;
  // after the head only an "of"/"for" tail goes on ("Office of the President of Ukraine"): a
  // capitalised word right after it starts another name ("Democratic Party Rep. Park")
  while (!words[last].poss && LINKS.has(words[last + 1]?.lower) && !words[last + 1].gap) {
    let k = last + 2;
    if (words[k]?.lower === 'the' && !words[k].gap) k++;
    if (!words[k] || words[k].gap || !usable(layer, lex, k)) break;
    // the tail is a name's complement, never a person after it ("… for Acquisition Marvin Sambur")
    const before = last;
    while (k < words.length && !words[k].gap && usable(layer, lex, k) && !lex.givenNames.has(words[k].lower)) {
      const h = layer.hit(k);
      last = h && !h.weak ? h.last : k;
      k = last + 1;
      if (words[last].poss) break;
    }
    // a tail that takes no word ends the name ("Republican Party for Hillary Clinton")
    if (last === before) break;
  }
  return last;
}

function hitsIn(layer: Layer, a: number, b: number): Hit[] {
  const out: Hit[] = [];
  for (let k = a; k <= b; k++) {
    const h = layer.hit(k);
    if (h && !h.weak && out[out.length - 1] !== h) out.push(h);
  }
  return out;
}

/** "Russia's X", "the Ukrainian military's X": the country of the possessor just before word a. */
export function possessiveCountry(layer: Layer, a: number): string | null {
  const { words } = layer;
  for (let k = a - 1; k >= Math.max(0, a - 4); k--) {
    if (words[k + 1].gap) return null;
    if (k === a - 1 && !words[k].poss) return null;
    const h = layer.hit(k);
    if (h && h.target.country && h.target.type !== 'person') return h.target.country;
  }
  return null;
}
