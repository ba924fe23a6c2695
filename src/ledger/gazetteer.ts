// Actor look-up through the entity layer: what a user types ("DPRK", "Pyongyang", "the Kremlin")
// is read as a tiny document, and the entities found over it are the ids it may mean. This
// reaches actors the stored documents never named that way.
import { makeDoc } from '../doc.js';
import { runStages } from '../pipeline.js';
import { segmentStage } from '../stages/segment.js';
import { entitiesStage } from '../stages/entities.js';

/** Entities whose mentions cover most of `text` (none when the entity layer finds nothing). */
export function gazetteerEntities(text: string): { id: string; name: string }[] {
  const t = text.trim();
  if (!t) return [];
  try {
    const doc = runStages(makeDoc(t), [segmentStage, entitiesStage]);
    const letters = t.replace(/^the\s+/i, '').replace(/\W/g, '').length;
    return (doc.entities ?? [])
      .filter((e) => e.mentions.some((m) => m.text.replace(/\W/g, '').length >= 0.8 * letters))
      .map((e) => ({ id: e.id, name: e.name }));
  } catch {
    // the entity layer is optional here: stored names and aliases still resolve
    return [];
  }
}

/** Entity ids whose mentions cover most of `text`. */
export function gazetteerIds(text: string): string[] {
  return gazetteerEntities(text).map((e) => e.id);
}
