// Temporal expressions: TIMEX3 values and calendar intervals resolved against `published`.
import type { Doc } from '../doc.js';
import type { TimeOut } from '../format.js';
import type { Stage } from '../pipeline.js';

export function findTimes(_doc: Doc): TimeOut[] {
  return [];
}

export const timesStage: Stage = {
  name: 'times',
  requires: ['sentences', 'tokens'],
  assigns: ['times'],
  run: (doc) => ({ times: findTimes(doc) }),
};
