// Closed classes of English words (forms of "be", relative pronouns, compass adjectives …), read
// once from closed-class.tsv: every rule that needs one asks here, so each list lives in one place.
import { loadTsv } from '../../lexicons/load.js';

export type WordClass =
  | 'be' | 'be-finite' | 'be-like' | 'have' | 'relative' | 'relative-wide' | 'possessive' | 'first-person' | 'possessive-owner' | 'possessive-self'
  | 'compass' | 'clause-boundary' | 'demonstrative' | 'definite' | 'negation-words' | 'coordinator';

let sets: Map<string, Set<string>> | null = null;

/** The words of a closed class. */
export function words(name: WordClass): Set<string> {
  if (!sets) {
    sets = new Map();
    for (const r of loadTsv('closed-class.tsv')) sets.set(r.set, new Set(r.words.split(',').map((w) => w.trim()).filter(Boolean)));
  }
  const s = sets.get(name);
  if (!s) throw new Error(`closed-class.tsv: no set "${name}"`);
  return s;
}

/** Is `w` (lower case) in the class? */
export const isA = (name: WordClass, w: string | undefined): boolean => w !== undefined && words(name).has(w);
