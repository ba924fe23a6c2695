// A free phrase through the gazetteer, for the claims layer: "Pyongyang" → North Korea, "South
// Korean intelligence" → the National Intelligence Service, "Russia's Defence Ministry" → the
// Russian Ministry of Defence. The whole phrase must be a name; anything else is null.
import type { EntityType } from '../../format.js';
import { lexicon, orgOfKind, type GazEntry } from './lexicon.js';
import { scanWords, type Word } from './words.js';
import type { Target } from './targets.js';

export interface ActorName {
  id: string;
  name: string;
  type: EntityType;
  country: string | null;
}

const COUNTRY_REF_RULES = new Set(['name', 'alias', 'demonym', 'capital']);

export function resolveActorName(phrase: string): ActorName | null {
  return resolveActorNames(phrase)[0] ?? null;
}

/**
 * Every actor a phrase may name: the one resolveActorName gives first, then what the same name
 * also names ("Pyongyang": North Korea, then the city; "the Kremlin": Russia, then the office).
 * The ledger looks up what a user types with it.
 */
export function resolveActorNames(phrase: string): ActorName[] {
  if (typeof phrase !== 'string' || !phrase.trim()) return [];
  const words = scanWords(phrase.trim());
  const found = resolveWords(words) ?? (words[0]?.lower === 'the' ? resolveWords(words.slice(1)) : null);
  if (!found) return [];
  return [found.target, ...(found.also ? [found.also] : [])].map((t) => ({ id: t.id, name: t.name, type: t.type, country: t.country }));
}

function resolveWords(words: Word[]): { target: Target; also?: Target } | null {
  if (!words.length) return null;
  const lex = lexicon();
  const text = (a: number, b: number) => words.slice(a, b + 1).map((w) => w.text).join(' ');
  // a phrase's case is its writer's: acronyms as written, the rest in any case
  const accept = (e: GazEntry, a: number, b: number) => !e.exact || text(a, b).replace(/’/g, "'") === e.surface.replace(/,/g, '');
  const whole = lex.gazetteer.match(words, 0, accept);
  if (whole && whole.last === words.length - 1 && !words[whole.last].poss) return { target: whole.value.target, also: whole.value.also };
  // "Kursk Oblast", "the Kyiv region": a place, or a capital's city, and a region word
  if (whole && !words[whole.last].poss) {
    const place = whole.value.target.type === 'place' ? whole.value.target : whole.value.rule === 'capital' ? whole.value.also : undefined;
    const suffix = lex.regionSuffixes.match(words, whole.last + 1, () => true);
    if (place && suffix?.last === words.length - 1) return { target: place };
  }
  // "South Korean intelligence", "Seoul's spy agency", "the country's …" has no country here
  const ref = lex.gazetteer.match(words, 0, (e, a, b) => accept(e, a, b) && e.target.type === 'country' && COUNTRY_REF_RULES.has(e.rule) && (e.rule !== 'capital' || words[b].poss));
  if (!ref || ref.last === words.length - 1) return null;
  const kind = lex.kinds.match(words, ref.last + 1, () => true);
  if (!kind || kind.last !== words.length - 1) return null;
  const org = orgOfKind(lex, ref.value.target.country, kind.value.kind);
  return org ? { target: org } : null;
}
