// Do the reports of one event disagree? A disagreement needs two reports of the same event, from
// different original sources, about the same thing, in real conflict — and the event says which
// rule fired:
//   denial   a report denies the event another reports ("denied sending missiles"), and the two
//            are of the same kind (a plan against a plan, a fact against a fact): "warnings not to
//            supply arms" is no denial that arms were shipped;
//   figures  figures of the same thing (30 civilians and 40 people may be one count; 3 prisoners
//            and 200 militants are not) whose ranges do not meet even allowing for "about".
// A plan and its execution may differ in size ("6,000 will be sent", later "the first 1,000 have
// arrived") without either report being wrong, so figures are compared plan with plan, fact with
// fact; and one source giving two figures is a revision, not a disagreement.
import { formatRange } from './numbers.js';
import type { Unit } from './group.js';
import { sameThing } from './themes.js';
import type { DisagreementRule } from './types.js';

export interface Disagreement {
  disagreement: boolean;
  disagreement_rule: DisagreementRule | null;
  disagreement_reason: string | null;
}

export type SourceOf = (u: Unit) => { key: string; name: string };

const NONE: Disagreement = { disagreement: false, disagreement_rule: null, disagreement_reason: null };

function where(u: Unit, sourceOf: SourceOf): string {
  const outlet = u.doc.outlet ?? 'an unnamed outlet';
  return `${sourceOf(u).name} via ${outlet}${u.doc.published ? `, ${u.doc.published}` : ''}`;
}

const planned = (u: Unit) => u.status === 'planned';

/** Two claim sets that can contradict each other: other sources, the same kind, the same thing. */
function comparable(a: Unit, b: Unit, sourceOf: SourceOf): boolean {
  return planned(a) === planned(b) && sourceOf(a).key !== sourceOf(b).key && sameThing(a.theme, b.theme);
}

export function disagreement(units: Unit[], sourceOf: SourceOf): Disagreement {
  const live = units.filter((u) => !u.rejected);
  for (const denial of live.filter((u) => u.polarity === 'negative')) {
    const assertion = live.find((u) => u.polarity === 'positive' && comparable(u, denial, sourceOf));
    if (assertion) {
      return {
        disagreement: true,
        disagreement_rule: 'denial',
        disagreement_reason: `denial: ${where(denial, sourceOf)} denies what ${where(assertion, sourceOf)} reports`,
      };
    }
  }
  // of the pairs whose ranges do not meet, the one furthest apart
  const numbered = live.filter((u) => u.interval && u.polarity === 'positive');
  let best: [Unit, Unit] | null = null;
  let gap = 0;
  for (const low of numbered) {
    for (const high of numbered) {
      const d = high.interval!.lo - low.interval!.hi;
      if (d > 0 && (!best || d > gap) && comparable(low, high, sourceOf)) {
        best = [low, high];
        gap = d;
      }
    }
  }
  if (!best) return NONE;
  const [low, high] = best;
  return {
    disagreement: true,
    disagreement_rule: 'figures',
    disagreement_reason: `numbers cannot both hold: ${formatRange(low.quantity)} (${where(low, sourceOf)}) vs ${formatRange(high.quantity)} (${where(high, sourceOf)})`,
  };
}
