// Rule: outlet. A news outlet the gazetteer lacks, named next to a noun that presents it: "the
// daily newspaper Etemad", "news agency Ukrinform", "the Kommersant newspaper", "Etemad's website".
import type { Lexicon } from './lexicon.js';
import type { Layer } from './layer.js';
import { PhraseTrie } from './trie.js';
import { loadList } from '../../lexicons/load.js';
import { slug, type Target } from './targets.js';

let nouns: PhraseTrie<string> | undefined;
function outletNouns(): PhraseTrie<string> {
  if (nouns) return nouns;
  nouns = new PhraseTrie<string>();
  for (const n of loadList('outlet-nouns.txt')) nouns.add(n, n);
  return nouns;
}

export function matchOutlets(layer: Layer, lex: Lexicon): void {
  const { words } = layer;
  const trie = outletNouns();
  const any = () => true;
  // the noun in lower case (or opening the sentence): "Daily NK" is a name, not a noun
  const asNoun = (_v: string, a: number, b: number) => (!words[a].cap || words[a].sentStart) && layer.free(a, b, true);
  for (let i = 0; i < words.length; i++) {
    if (!trie.hasStart(words[i].lower)) continue;
    const noun = trie.match(words, i, asNoun);
    if (noun) {
      // "the daily newspaper Etemad": the name after the noun
      const run = nameRun(layer, lex, noun.last + 1);
      if (run && !trie.match(words, run.a, any)) add(layer, run.a, run.b, noun.value);
      i = noun.last;
      continue;
    }
    // "Etemad's website", "the Kommersant newspaper": the name before it
    const run = i > 0 ? nameRun(layer, lex, words[i - 1].poss || !words[i].gap ? nameStart(layer, lex, i - 1) : -1) : null;
    if (!run || run.b !== i - 1) continue;
    const after = trie.match(words, i, any);
    if (after && layer.free(i, after.last, true)) add(layer, run.a, run.b, after.value);
  }
}

/** The first word of a one- or two-word name ending at word b, or -1. */
function nameStart(layer: Layer, lex: Lexicon, b: number): number {
  if (!nameOk(layer, lex, b)) return -1;
  const w = layer.words;
  return b > 0 && !w[b].gap && !w[b - 1].poss && nameOk(layer, lex, b - 1) ? b - 1 : b;
}

function nameOk(layer: Layer, lex: Lexicon, k: number): boolean {
  const w = layer.words[k];
  return !!w && w.cap && layer.free(k, k, true) && !lex.notNames.has(w.lower) && !(w.sentStart && w.pos !== 'PROPN') && !w.titleCase;
}

/** One or two free capitalised words from word a that are not a sentence opener. */
function nameRun(layer: Layer, lex: Lexicon, a: number): { a: number; b: number } | null {
  const { words } = layer;
  if (a < 0 || !nameOk(layer, lex, a)) return null;
  let b = a;
  if (!words[b].poss && words[b + 1] && !words[b + 1].gap && nameOk(layer, lex, b + 1)) b++;
  return { a, b };
}

function add(layer: Layer, a: number, b: number, noun: string): void {
  const name = layer.text.slice(layer.words[a].start, layer.words[b].end);
  // every company has a website: "Apple's website" names an organisation, not an outlet
  const kind = noun === 'website' ? null : 'outlet';
  const target: Target = { id: `org:${slug(name)}`, name, type: 'organisation', country: null, kind };
  layer.put(layer.span(a, b, target, 'outlet'));
}
