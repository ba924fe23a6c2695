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
  for (let i = 0; i < words.length; i++) {
    // the noun in lower case (or opening the sentence): "Daily NK" is a name, not a noun
    const noun = trie.match(words, i, (_v, a, b) => (!words[a].cap || words[a].sentStart) && layer.free(a, b, true));
    if (noun) {
      // "the daily newspaper Etemad": the name after the noun
      const run = nameRun(layer, lex, noun.last + 1);
      if (run && !trie.match(words, run.a, () => true)) add(layer, run.a, run.b, noun.value);
      continue;
    }
    // "Etemad's website", "the Kommersant newspaper": the name before it
    const run = nameRun(layer, lex, i);
    if (!run) continue;
    const after = trie.match(words, run.b + 1, () => true);
    if (after && !words[run.b + 1].gap && layer.free(run.b + 1, after.last, true)) add(layer, run.a, run.b, after.value);
    i = run.b;
  }
}

/** One or two free capitalised words from word a that are not a sentence opener. */
function nameRun(layer: Layer, lex: Lexicon, a: number): { a: number; b: number } | null {
  const { words } = layer;
  const ok = (k: number) => words[k] && words[k].cap && layer.free(k, k, true) && !lex.notNames.has(words[k].lower) && !(words[k].sentStart && words[k].pos !== 'PROPN') && !words[k].titleCase;
  if (!ok(a) || (words[a].gap && a > 0 && words[a].gap !== '')) return null;
  let b = a;
  if (!words[b].poss && words[b + 1] && !words[b + 1].gap && ok(b + 1)) b++;
  return { a, b };
}

function add(layer: Layer, a: number, b: number, noun: string): void {
  const name = layer.text.slice(layer.words[a].start, layer.words[b].end);
  // every company has a website: "Apple's website" names an organisation, not an outlet
  const kind = noun === 'website' ? null : 'outlet';
  const target: Target = { id: `org:${slug(name)}`, name, type: 'organisation', country: null, kind };
  layer.put(layer.span(a, b, target, 'outlet'));
}
