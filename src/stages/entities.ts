// Actors: countries, organisations, people, places and groups, with every mention span and the
// rule that found it. The rules live in stages/entities/; this file is the stage.
import type { Stage } from '../pipeline.js';
import { findEntities } from './entities/index.js';

export { findEntities, entityRules, type EntityRule } from './entities/index.js';
export { indexMentions, mentionAt, type MentionHit, type MentionIndex } from './entities/mentions.js';
export { resolveActorName, resolveActorNames, type ActorName } from './entities/resolve.js';
export { actorsNamed } from './entities/named.js';
export type { EntityMention } from './entities/collect.js';

export const entitiesStage: Stage = {
  name: 'entities',
  requires: ['sentences', 'tokens'],
  assigns: ['entities'],
  run: (doc) => ({ entities: findEntities(doc) }),
};
