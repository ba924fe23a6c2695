// Rule: gazetteer. Longest match of the lexicon's phrases, left to right, honouring case
// (acronyms as written, capitalised words capitalised); then the contextual aliases ("the North",
// "the Times") for reports that name their referent.
import { caseFits, type GazEntry, type Lexicon } from './lexicon.js';
import type { Layer } from './layer.js';

export function matchGazetteer(layer: Layer, lex: Lexicon): void {
  const { words, text } = layer;
  const accept = (e: GazEntry, a: number, b: number) => caseFits(e, text, words, a, b);
  for (let i = 0; i < words.length; ) {
    const m = lex.gazetteer.match(words, i, accept);
    if (!m) {
      i++;
      continue;
    }
    const e = m.value;
    layer.put(layer.span(i, m.last, e.target, e.rule, e.also ? { also: e.also } : {}));
    i = m.last + 1;
  }
}

export function matchContextual(layer: Layer, lex: Lexicon): void {
  const { words, text } = layer;
  const named = new Set(layer.hits().map((h) => h.target.id));
  const accept = (e: GazEntry, a: number, b: number) => {
    if (!caseFits(e, text, words, a, b) || !e.requires?.some((id) => named.has(id))) return false;
    // "the North Atlantic", "Security Council resolution" are other names; a title may follow
    const next = words[b + 1];
    if (next && !next.gap && next.cap && !lex.titles.has(next.lower)) return false;
    // a contextual alias refines a hit of the same words, it never splits a longer one
    for (let k = a; k <= b; k++) {
      const h = layer.hit(k);
      if (h && (h.first < a || h.last > b)) return false;
    }
    return true;
  };
  for (let i = 0; i < words.length; i++) {
    const m = lex.contextual.match(words, i, accept);
    if (!m) continue;
    layer.put(layer.span(i, m.last, m.value.target, 'context'), true);
    i = m.last;
  }
}
