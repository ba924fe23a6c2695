// Nouns made with an -ing word before them ("infantry fighting vehicles", "tank landing ships"):
// the -ing word names a kind of the noun and is no verb (ing-compounds.txt).
import type { Token } from '../doc.js';
import { loadList } from './load.js';

let ingCompounds: Set<string> | null = null;

export function isIngCompound(tokens: Token[], i: number): boolean {
  const w = tokens[i]?.lower ?? '';
  const next = tokens[i + 1]?.lower;
  if (!next || !w.endsWith('ing')) return false;
  ingCompounds ??= new Set(loadList('ing-compounds.txt'));
  return [next, next.replace(/s$/, ''), next.replace(/es$/, '')].some((n) => ingCompounds!.has(`${w} ${n}`));
}
