// Counted quantities: numbers, ranges, approximations, vague amounts, money, and their unit.
import type { Doc } from '../doc.js';
import type { QuantityOut } from '../format.js';
import type { Stage } from '../pipeline.js';

export function findQuantities(_doc: Doc): QuantityOut[] {
  return [];
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['sentences', 'tokens'],
  assigns: ['quantities'],
  run: (doc) => ({ quantities: findQuantities(doc) }),
};
