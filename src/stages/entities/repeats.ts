// Rule: repeat. A name a rule found once (an organisation from its head word, an outlet, a person
// from a title) is the same actor wherever else the report writes it, even where no rule would
// fire again: "Etemad's website" earlier, "the daily newspaper Etemad" later.
import type { GazEntry, Lexicon } from './lexicon.js';
import { caseFits } from './lexicon.js';
import type { Layer } from './layer.js';
import { PhraseTrie } from './trie.js';

const FOUND_BY_RULES = new Set(['org-head', 'outlet', 'acronym-long-form', 'title', 'apposition', 'given-name', 'family-name-first', 'speech', 'honorific', 'region', 'administration']);

export function matchRepeats(layer: Layer, _lex: Lexicon): void {
  const { words, text } = layer;
  const names = new PhraseTrie<GazEntry>();
  const seen = new Set<string>();
  for (const h of layer.hits()) {
    if (!FOUND_BY_RULES.has(h.rule) || h.weak) continue;
    const written = text.slice(h.start, h.end);
    // a name of two words or more, or one that is not an ordinary capitalised word
    if (seen.has(written) || (h.target.type === 'person' && !written.includes(' '))) continue;
    seen.add(written);
    const entry: GazEntry = { target: h.target, rule: 'repeat', exact: true, surface: written.replace(/’/g, "'"), caps: [] };
    names.add(written, entry);
  }
  if (!names.size) return;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].cap || !layer.free(i, i, true)) continue;
    const m = names.match(words, i, (e, a, b) => caseFits(e, text, words, a, b) && layer.free(a, b, true));
    if (!m) continue;
    layer.put(layer.span(i, m.last, m.value.target, 'repeat'));
    i = m.last;
  }
}
