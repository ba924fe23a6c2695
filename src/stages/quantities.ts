// Counted quantities: numbers, ranges, approximations, vague amounts, money, and their unit.
// Numbers that are not counts (years, percentages, durations, ages, measures, designators) are
// kept with their kind, so a reader sees why they are not claims; the claim layer uses counts and money.
import type { Doc } from '../doc.js';
import type { QuantityOut } from '../format.js';
import type { Stage } from '../pipeline.js';
import { scanSentence } from './quantities/scan.js';
import { unitsFromContext } from './quantities/context-units.js';
import { Overlaps } from './quantities/overlaps.js';

export function findQuantities(doc: Doc): QuantityOut[] {
  const out: QuantityOut[] = [];
  const times = doc.times ?? [];
  for (const s of doc.sentences ?? []) scanSentence(doc, s.first, s.last, times, out);
  const kept = withoutModelNumbers(doc.text, out);
  unitsFromContext(doc, kept);
  return kept;
}

/** A number after a name inside another count's unit is a model number ("6 Mirage 2000 jets",
 *  "10 Leopard 2 tanks"); a weight there stays a measure ("1,800 2,000-pound bombs"). */
function withoutModelNumbers(text: string, qs: QuantityOut[]): QuantityOut[] {
  const afterName = (q: QuantityOut) => /\p{Lu}[\p{L}\d-]*\s+$/u.test(text.slice(Math.max(0, q.start - 20), q.start));
  // a count that starts before q and runs past q's start
  const counts = new Overlaps(qs.filter((o) => o.kind === 'count'));
  return qs.filter((q) => q.kind === 'measure' || !afterName(q) || !counts.any(q.start, q.start));
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['sentences', 'tokens', 'entities', 'times'],
  assigns: ['quantities'],
  run: (doc) => ({ quantities: findQuantities(doc) }),
};
