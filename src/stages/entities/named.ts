// The actors a phrase names, for look-ups of what a user types ("DPRK", "Pyongyang", "the Kremlin",
// "Lee Seong Kweun"): the gazetteer's reading of the whole phrase first (resolveActorNames), else
// the entities this layer's own rules find over it — a person's name it never saw — that cover
// most of it. The ledger asks here instead of running stages itself.
import { makeDoc } from '../../doc.js';
import { findEntities } from './index.js';
import { resolveActorNames, type ActorName } from './resolve.js';

export function actorsNamed(phrase: string): ActorName[] {
  const t = typeof phrase === 'string' ? phrase.trim() : '';
  if (!t) return [];
  const known = resolveActorNames(t);
  if (known.length) return known;
  const letters = t.replace(/^the\s+/i, '').replace(/\W/g, '').length;
  try {
    return findEntities(makeDoc(t))
      .filter((e) => e.mentions.some((m) => m.text.replace(/\W/g, '').length >= 0.8 * letters))
      .map((e) => ({ id: e.id, name: e.name, type: e.type, country: e.country ?? null }));
  } catch {
    // a look-up never fails for want of an entity: stored names and aliases still resolve
    return [];
  }
}
