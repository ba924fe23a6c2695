// Rule: region. "Kursk region", "Kursk Oblast", "Russia's Kursk border region", "the Kyiv region":
// a place or capital followed by a region word is the place (one `place:kursk` for all of them),
// the mention grown over the region word. A capitalised region word also makes a place of an
// unknown name before it ("Zhytomyr Oblast").
import type { Lexicon } from './lexicon.js';
import type { Layer } from './layer.js';
import { possessiveCountry } from './org-heads.js';
import { slug, type Target } from './targets.js';

export function matchRegions(layer: Layer, lex: Lexicon): void {
  const { words } = layer;
  const any = () => true;
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i].poss || words[i + 1].gap) continue;
    const suffix = lex.regionSuffixes.match(words, i + 1, any);
    if (!suffix || !layer.free(i + 1, suffix.last, true)) continue;
    const h = layer.endingAt(i);
    if (h && h.target.type === 'place' && h.target.kind !== 'sea' && h.target.kind !== 'continent') {
      layer.put({ ...h, last: suffix.last, end: words[suffix.last].end }, true);
    } else if (h && h.rule === 'capital' && h.also) {
      // "the Kyiv region" is the region around the city, not the government
      layer.put(layer.span(h.first, suffix.last, h.also, 'region'), true);
    } else if (!h && words[i].cap && words[i + 1].cap && !lex.notNames.has(words[i].lower) && !(words[i].sentStart && words[i].pos !== 'PROPN')) {
      const name = words[i].text;
      const target: Target = { id: `place:${slug(name)}`, name, type: 'place', country: possessiveCountry(layer, i), kind: 'region' };
      layer.put(layer.span(i, suffix.last, target, 'region'), true);
    } else continue;
    i = suffix.last;
  }
}
