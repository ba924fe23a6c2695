// Claims: events with their arguments, quantity, time, attribution chain, certainty and polarity.
import type { Doc } from '../doc.js';
import type { ClaimOut } from '../format.js';
import type { Stage } from '../pipeline.js';
import { buildClaims } from './claims/build.js';

export function findClaims(doc: Doc): ClaimOut[] {
  return buildClaims(doc);
}

export const claimsStage: Stage = {
  name: 'claims',
  requires: ['sentences', 'tokens', 'entities', 'times', 'quantities'],
  assigns: ['claims'],
  run: (doc) => ({ claims: findClaims(doc) }),
};
