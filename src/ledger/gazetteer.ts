// Actor look-up through the entity layer's public API: what a user types ("DPRK", "Pyongyang",
// "the Kremlin") is read by the entities layer (actorsNamed: its gazetteer, else its rules over the
// phrase), so the ledger reaches actors the stored documents never named that way without running
// extraction stages itself.
import { actorsNamed } from '../stages/entities.js';

/** Entities the whole of `text` names (none when the entity layer knows none). */
export function gazetteerEntities(text: string): { id: string; name: string }[] {
  return actorsNamed(text).map((a) => ({ id: a.id, name: a.name }));
}

/** Entity ids the whole of `text` names. */
export function gazetteerIds(text: string): string[] {
  return gazetteerEntities(text).map((e) => e.id);
}
