// Counted quantities: numbers, ranges, approximations, vague amounts, money, and their unit.
// Numbers that are not counts (years, percentages, durations, ages, measures, designators) are
// kept with their kind, so a reader sees why they are not claims; the claim layer uses counts and money.
import type { Doc } from '../doc.js';
import type { QuantityOut } from '../format.js';
import type { Stage } from '../pipeline.js';
import { scanSentence } from './quantities/scan.js';
import { unitsFromContext } from './quantities/context-units.js';

export function findQuantities(doc: Doc): QuantityOut[] {
  const out: QuantityOut[] = [];
  const times = doc.times ?? [];
  for (const s of doc.sentences ?? []) scanSentence(doc, s.first, s.last, times, out);
  unitsFromContext(doc, out);
  return out;
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['sentences', 'tokens', 'entities', 'times'],
  assigns: ['quantities'],
  run: (doc) => ({ quantities: findQuantities(doc) }),
};
