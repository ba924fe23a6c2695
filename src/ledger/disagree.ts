// Do the reports of one event disagree? Two ways: figures that cannot both hold (their ranges do
// not meet even allowing for "approximately"), or a denial against an assertion. A plan and its
// execution may differ in size ("6,000 will be sent", later "the first 1,000 have arrived")
// without either report being wrong, so figures are only compared plan with plan, fact with fact.
import { formatRange } from './numbers.js';
import type { Unit } from './group.js';

export interface Disagreement {
  disagreement: boolean;
  disagreement_reason: string | null;
}

export type SourceOf = (u: Unit) => string;

function where(u: Unit, sourceOf: SourceOf): string {
  const outlet = u.doc.outlet ?? u.doc.key;
  return `${sourceOf(u)} via ${outlet}${u.doc.published ? `, ${u.doc.published}` : ''}`;
}

export function disagreement(units: Unit[], sourceOf: SourceOf): Disagreement {
  const denial = units.find((u) => u.polarity === 'negative');
  const assertion = units.find((u) => u.polarity === 'positive');
  if (denial && assertion) {
    return {
      disagreement: true,
      disagreement_reason: `denial: ${where(denial, sourceOf)} denies what ${where(assertion, sourceOf)} reports`,
    };
  }
  for (const planned of [true, false]) {
    const numbered = units.filter((u) => u.interval && (u.status === 'planned') === planned);
    if (numbered.length < 2) continue;
    // ranges on a line meet pairwise iff the highest low is at most the lowest high
    const high = numbered.reduce((a, b) => (b.interval!.lo > a.interval!.lo ? b : a));
    const low = numbered.reduce((a, b) => (b.interval!.hi < a.interval!.hi ? b : a));
    if (high.interval!.lo > low.interval!.hi) {
      return {
        disagreement: true,
        disagreement_reason: `numbers cannot both hold: ${formatRange(low.quantity)} (${where(low, sourceOf)}) vs ${formatRange(high.quantity)} (${where(high, sourceOf)})`,
      };
    }
  }
  return { disagreement: false, disagreement_reason: null };
}
