// Rule: acronym. "National Intelligence Service (NIS)", "Rapid Support Forces (RSF)", "Institute
// for the Study of War (ISW)": an acronym in brackets right after a name becomes that actor's
// alias for the whole report, whatever the gazetteer would read it as. When the long form is
// not known yet, a capitalised run whose initials spell the acronym becomes a new organisation.
import type { Lexicon } from './lexicon.js';
import type { Hit, Layer } from './layer.js';
import { possessiveCountry } from './org-heads.js';
import { slug, type Target } from './targets.js';

const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}\d&-]*[\p{Lu}\d]$/u;
const FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'in', 'de', 'du', 'la']);

export function matchAcronyms(layer: Layer, lex: Lexicon): void {
  const { words, text } = layer;
  const aliases = new Map<string, Target>();
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (w.gap !== '(' || text[w.end] !== ')' || !ACRONYM.test(w.text) || (w.text.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const target = longForm(layer, lex, i - 1, w.text);
    if (target) aliases.set(w.text, target);
  }
  if (!aliases.size) return;
  words.forEach((w, i) => {
    const target = aliases.get(w.text);
    if (!target) return;
    const definition = w.gap === '(' && text[w.end] === ')';
    layer.put(layer.span(i, i, target, definition ? 'acronym-definition' : 'acronym'), true);
  });
}

/** The actor named by the words ending at word b, just before "(ACR)". */
function longForm(layer: Layer, lex: Lexicon, b: number, acronym: string): Target | null {
  const h: Hit | undefined = layer.endingAt(b);
  // the name before must spell the acronym: "JERUSALEM (AP)" is a dateline, not a definition
  if (h && !h.weak && h.target.type !== 'person') return spells(layer.text.slice(h.start, h.end), acronym) ? h.target : null;
  // a run of capitalised words (and the function words between them) whose initials spell it
  const { words } = layer;
  let a = b;
  while (a > 0 && !words[a].gap && (words[a - 1].cap || FUNCTION_WORDS.has(words[a - 1].lower)) && !words[a - 1].poss && b - a < 10) a--;
  while (a < b && !words[a].cap) a++;
  for (let start = a; start < b; start++) {
    if (!words[start].cap || lex.notNames.has(words[start].lower)) continue;
    const initials = words.slice(start, b + 1).filter((w) => w.cap).map((w) => w.text[0].toUpperCase()).join('');
    if (initials === acronym.replace(/[^\p{Lu}]/gu, '')) {
      const name = layer.text.slice(words[start].start, words[b].end).replace(/\s+/g, ' ');
      const inner = layer.hit(start);
      const code = (inner && inner.target.type === 'country' ? inner.target.country : null) ?? possessiveCountry(layer, start);
      const target: Target = { id: `org:${slug(name)}`, name, type: 'organisation', country: code };
      layer.put(layer.span(start, b, target, 'acronym-long-form'), true);
      return target;
    }
  }
  return null;
}

/** Are the acronym's capitals, in order, initials of the name's words (or capitals inside them)? */
function spells(name: string, acronym: string): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (w === w.toUpperCase() && w.length <= 6 ? w : w[0]))
    .join('')
    .toUpperCase();
  let k = 0;
  for (const c of initials) if (c === letters[k]) k++;
  return letters.length >= 2 && k === letters.length;
}
