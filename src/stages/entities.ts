// Actors: countries, organisations, people, places and groups, with every mention span.
import type { Doc } from '../doc.js';
import type { EntityOut } from '../format.js';
import type { Stage } from '../pipeline.js';

export function findEntities(_doc: Doc): EntityOut[] {
  return [];
}

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  run: (doc) => ({ entities: findEntities(doc) }),
};
