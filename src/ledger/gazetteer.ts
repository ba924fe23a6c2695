// Actor look-up through the entity layer's public API: what a user types ("DPRK", "Pyongyang",
// "the Kremlin") is resolved by the entities layer's gazetteer, so the ledger reaches actors the
// stored documents never named that way without running extraction stages itself.
import { resolveActorNames } from '../stages/entities.js';

/** Entity ids the whole of `text` may name (none when the gazetteer does not know it). */
export function gazetteerIds(text: string): string[] {
  return resolveActorNames(text.trim()).map((a) => a.id);
}
