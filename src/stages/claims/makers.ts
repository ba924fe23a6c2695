// Goods named with where they were made ("the Russian-made Pantsir", "Iranian-designed drones"):
// the maker's country is the one they came from (maker-suffixes.txt). A verb of the "use" frame
// ("the Houthis use Iranian-made missiles") is a transfer from the maker only then.
import type { ActorRef } from '../../format.js';
import { loadList } from '../../lexicons/load.js';
import { countryOf } from './actors.js';
import type { Range } from './np.js';
import type { DocView } from './view.js';

let makers: Set<string> | null = null;

/** The maker's country when tokens at k read "<demonym>-made" ("Iranian-made"). */
export function makerAt(v: DocView, k: number): ActorRef | null {
  makers ??= new Set(loadList('maker-suffixes.txt'));
  const m = v.mention[k];
  if (!m || m.first !== k || m.rule !== 'demonym' || v.tokens[m.last]?.text !== '-' || !makers.has(v.tokens[m.last + 1]?.lower ?? '')) return null;
  return countryOf(v, m.entity);
}

/** The country named as maker in a theme, with where: "the Russian-made Pantsir" → Russia. */
export function makerIn(v: DocView, items: Range[]): { maker: ActorRef; k: number } | null {
  for (const it of items) for (let k = it.first; k + 2 < it.last; k++) {
    const maker = makerAt(v, k);
    if (maker) return { maker, k };
  }
  return null;
}

/** The country named as maker in a theme: "the Russian-made Pantsir" → Russia. */
export const makerOf = (v: DocView, items: Range[]): ActorRef | null => makerIn(v, items)?.maker ?? null;

/** A maker compound in the object right after a verb of using: "use Iranian-made missiles". */
export function makerAfter(v: DocView, k: number, hi: number): boolean {
  for (let j = k; j < Math.min(hi, k + 6); j++) {
    if (makerAt(v, j)) return true;
    const t = v.tokens[j];
    if (!['DET', 'ADJ', 'NUM', 'ADV', 'PROPN'].includes(t.pos) && !v.quantity[j]) return false;
  }
  return false;
}
