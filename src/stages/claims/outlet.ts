// The actor an outlet is, when it is an institution publishing its own statements (a ministry, a
// command, a government office): its "we", "I" and "our" are that institution's country (or the
// institution itself when it belongs to none). A news outlet is no actor.
import { makeDoc } from '../../doc.js';
import type { ActorRef } from '../../format.js';
import { runStages } from '../../pipeline.js';
import { entitiesStage } from '../entities.js';
import { segmentStage } from '../segment.js';
import { countryName } from './actors.js';
import { orgKind } from './lexicon.js';

const cache = new Map<string, ActorRef | null>();

export function outletActor(outlet: string | null): ActorRef | null {
  if (!outlet) return null;
  if (cache.has(outlet)) return cache.get(outlet)!;
  let actor: ActorRef | null = null;
  try {
    const doc = runStages(makeDoc(outlet), [segmentStage, entitiesStage]);
    const e = (doc.entities ?? []).find((x) => (x.type === 'organisation' && orgKind(x.id) !== 'outlet') || x.type === 'country');
    if (e) actor = e.type === 'country' ? { id: e.id, name: e.name } : e.country ? { id: `country:${e.country}`, name: (doc.entities ?? []).find((x) => x.id === `country:${e.country}`)?.name ?? countryName(e.country) } : { id: e.id, name: e.name };
  } catch {
    actor = null;
  }
  cache.set(outlet, actor);
  return actor;
}
