// Rule: kind. An organisation named by what it is to a country: "South Korean intelligence",
// "Russia's Defence Ministry", "Seoul's spy agency", "the country's intelligence service",
// "Ministry of Defence of Ukraine" → that country's organisation of the kind (org-kinds.tsv).
// "The Ministry of Defence" alone is the ministry of that kind the report named before, written
// the same way if one was ("The British Ministry of Defence … the Ukrainian Ministry of Defense …
// The Ministry of Defence attributed" is the British one).
import { orgOfKind, orgOfPlace, type KindPhrase, type Lexicon } from './lexicon.js';
import type { Hit, Layer } from './layer.js';
import type { Target } from './targets.js';

const COUNTRY_REF_RULES = new Set(['name', 'alias', 'demonym', 'capital']);

export function matchKinds(layer: Layer, lex: Lexicon): void {
  const { words } = layer;
  const seen: { kind: string; target: Target; text: string }[] = [];
  const bareFree = (v: KindPhrase, a: number, b: number) => v.bare && b > a && layer.free(a, b, true);
  for (let i = 0; i < words.length; i++) {
    const h = layer.hit(i);
    if (h && h.first === i && h.target.kind) seen.push({ kind: h.target.kind, target: h.target, text: layer.text.slice(h.start, h.end).toLowerCase() });
    const ref = countryRef(layer, i);
    if (ref) {
      const hit = kindAfter(layer, lex, ref.from, ref.next, ref.code, ref.place);
      if (hit) {
        layer.put(hit, true);
        if (hit.target.kind) seen.push({ kind: hit.target.kind, target: hit.target, text: layer.text.slice(hit.start, hit.end).toLowerCase() });
        i = hit.last;
        continue;
      }
    }
    if (h) continue;
    const km = lex.kinds.match(words, i, bareFree);
    if (!km) continue;
    const hit = ofCountry(layer, lex, i, km.last, km.value) ?? bareKind(layer, lex, i, km.last, km.value, seen);
    if (!hit) continue;
    layer.put(hit, true);
    if (hit.target.kind) seen.push({ kind: hit.target.kind, target: hit.target, text: layer.text.slice(hit.start, hit.end).toLowerCase() });
    i = hit.last;
  }
}

/** A country reference starting at word i: "Russia's", "Russian", "UK", "Seoul's", "the country's";
 *  or a region's ("Gaza's Health Ministry"), whose ministries are its own. */
function countryRef(layer: Layer, i: number): { from: number; next: number; code: string; place?: Target } | null {
  const { words } = layer;
  const h = layer.hit(i);
  if (h && h.first === i && h.target.type === 'place' && h.target.kind === 'region' && h.target.country) {
    return { from: i, next: h.last + 1, code: h.target.country, place: h.target };
  }
  if (h && h.first === i && h.target.type === 'country' && COUNTRY_REF_RULES.has(h.rule) && h.target.country) {
    // a capital names its country's organisations only in the possessive ("Seoul's spy agency")
    if (h.rule === 'capital' && !words[h.last].poss) return null;
    return { from: i, next: h.last + 1, code: h.target.country };
  }
  const w = words[i];
  if (w.lower === 'the' && words[i + 1] && /^(?:country|nation)$/.test(words[i + 1].lower) && words[i + 1].poss) {
    const code = recentCountry(layer, i);
    return code ? { from: i, next: i + 2, code } : null;
  }
  // "the territory's Health Ministry", "the enclave's health ministry": the region named last
  if (w.lower === 'the' && words[i + 1] && /^(?:territory|enclave|strip|region|province)$/.test(words[i + 1].lower) && words[i + 1].poss) {
    const place = recentRegion(layer, i);
    return place?.country ? { from: i, next: i + 2, code: place.country, place } : null;
  }
  return null;
}

function recentRegion(layer: Layer, i: number): Target | null {
  for (let k = i - 1; k >= 0; k--) {
    const h = layer.hit(k);
    if (h && h.target.type === 'place' && h.target.kind === 'region') return h.target;
  }
  return null;
}

/** The country of the latest country or organisation named before word i. */
function recentCountry(layer: Layer, i: number): string | null {
  for (let k = i - 1; k >= 0; k--) {
    const h = layer.hit(k);
    if (h && (h.target.type === 'country' || h.target.type === 'organisation') && h.target.country) return h.target.country;
  }
  return null;
}

function kindAfter(layer: Layer, lex: Lexicon, from: number, next: number, code: string, place?: Target): Hit | null {
  const { words } = layer;
  if (next >= words.length || words[next].gap) return null;
  // a region has ministries of its own ("Gaza's Health Ministry"), not an army or a government
  const km = lex.kinds.match(words, next, (v, a, b) => (!place || v.bare) && wholeHitsInside(layer, a, b));
  if (!km) return null;
  const target = place ? orgOfPlace(lex, place, km.value.kind) : orgOfKind(lex, code, km.value.kind);
  if (!target) return null;
  return layer.span(from, km.last, target, km.value.kind === 'government' ? 'government' : 'kind');
}

/** "Ministry of Defence of Ukraine", "Foreign Ministry of the Russian Federation". */
function ofCountry(layer: Layer, lex: Lexicon, a: number, b: number, v: KindPhrase): Hit | null {
  const { words } = layer;
  let k = b + 1;
  if (words[k]?.lower !== 'of' || words[k].gap) return null;
  k++;
  if (words[k]?.lower === 'the') k++;
  const h = layer.hit(k);
  if (!h || h.first !== k || h.target.type !== 'country' || !h.target.country || !/^(?:name|alias)$/.test(h.rule)) return null;
  const target = orgOfKind(lex, h.target.country, v.kind);
  return target ? layer.span(a, h.last, target, 'kind') : null;
}

function bareKind(layer: Layer, lex: Lexicon, a: number, b: number, v: KindPhrase, seen: { kind: string; target: Target; text: string }[]): Hit | null {
  const { words } = layer;
  // "the Defense Ministry in Seoul": the capital or country after "in" owns it
  const there = words[b + 1]?.lower === 'in' && !words[b + 1].gap ? layer.hit(b + 2) : undefined;
  if (there && there.first === b + 2 && there.target.type === 'country' && there.target.country && !words[b + 2].gap) {
    const target = orgOfKind(lex, there.target.country, v.kind);
    if (target) return layer.span(a, b, target, 'kind');
  }
  const phrase = layer.text.slice(words[a].start, words[b].end).toLowerCase();
  const same = seen.filter((s) => s.kind === v.kind);
  const pick = [...same].reverse().find((s) => s.text.endsWith(phrase)) ?? same[same.length - 1];
  if (pick) return layer.span(a, b, pick.target, 'kind');
  // named for the first time and capitalised: a ministry whose country the report does not say
  if (!words[a].cap) return null;
  const target = orgOfKind(lex, null, v.kind);
  return target ? layer.span(a, b, target, 'kind') : null;
}

/** Words a..b hold no hit that reaches outside them. */
function wholeHitsInside(layer: Layer, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const h = layer.hit(k);
    if (h && !h.weak && (h.first < a || h.last > b)) return false;
  }
  return true;
}

/** "US Indo-Pacific Command", "South Korea's NIS", "Russia's Wagner Group": a country reference
 *  right before one of its own organisations belongs to the organisation's mention. */
export function absorbCountryPrefixes(layer: Layer): void {
  for (const h of layer.hits()) {
    if ((h.target.type !== 'organisation' && h.target.type !== 'group') || !h.target.country) continue;
    const ref = layer.endingAt(h.first - 1);
    if (!ref || layer.words[h.first].gap || ref.target.type !== 'country' || ref.target.country !== h.target.country || !COUNTRY_REF_RULES.has(ref.rule)) continue;
    layer.put({ ...h, first: ref.first, start: ref.start }, true);
  }
}
