// Rule: administration. "The Biden administration", "the Trump administration": a government
// named after its leader, an actor of that leader's country.
import type { Lexicon } from './lexicon.js';
import type { Layer } from './layer.js';
import { slug, type Target } from './targets.js';

export function matchAdministrations(layer: Layer, lex: Lexicon): void {
  const { words } = layer;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.lower !== 'administration' || w.gap) continue;
    const h = layer.endingAt(i - 1);
    const prev = words[i - 1];
    const person = h?.target.type === 'person' ? h : undefined;
    // a person found already, or a lone capitalised word ("the Obama Administration")
    const bare = !h && prev.cap && !prev.poss && !lex.notNames.has(prev.lower) && !(prev.sentStart && prev.pos !== 'PROPN');
    if ((!person && !bare) || prev.poss) continue;
    const first = person ? person.first : i - 1;
    const name = `${prev.text} administration`;
    const country = person ? person.target.country ?? (person.affiliation?.startsWith('country:') ? person.affiliation.slice(8) : null) : null;
    const target: Target = { id: `org:${slug(name)}`, name, type: 'organisation', country, kind: 'government' };
    layer.put(layer.span(first, i, target, 'administration'), true);
  }
}
