// When two reported figures can both be true of one event. A figure is widened by what it says of
// itself: "approximately 10,000" by 10% either way, "more than 3,000" upwards without end, "up
// to 25,000" down to zero, "thousands" across its vague range.
import type { SetQuantity } from './units.js';

/** How far "about", "some", "approximately" stretch a figure either way. */
export const APPROXIMATION = 0.1;

export interface Interval {
  lo: number;
  hi: number;
}

export function tolerant(q: Pick<SetQuantity, 'min' | 'max' | 'approximate' | 'bound'> | null): Interval | null {
  if (!q || (q.min == null && q.max == null)) return null;
  let lo = q.min ?? q.max!;
  let hi = q.max ?? q.min!;
  if (q.bound === 'at-least') hi = Infinity;
  if (q.bound === 'at-most') lo = 0;
  if (q.approximate) {
    lo *= 1 - APPROXIMATION;
    hi *= 1 + APPROXIMATION;
  }
  return { lo, hi };
}

export function intervalsMeet(a: Interval, b: Interval): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

// one formatter: toLocaleString builds a new one per call, which showed in regrouping
const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatCount(n: number | null): string {
  return n == null ? '?' : COUNT.format(n);
}

export function formatRange(q: { min: number | null; max: number | null; approximate?: boolean; bound?: string | null } | null): string {
  if (!q || (q.min == null && q.max == null)) return '';
  const prefix = q.bound === 'at-least' ? '≥' : q.bound === 'at-most' ? '≤' : q.approximate ? '~' : '';
  const body = q.min === q.max || q.max == null || q.min == null ? formatCount(q.min ?? q.max) : `${formatCount(q.min)}–${formatCount(q.max)}`;
  return prefix + body;
}
