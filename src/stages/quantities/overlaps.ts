// Does any span of a list overlap [start, end)? A binary search over the spans sorted by start,
// with the furthest end reached so far, instead of a pass over the document's whole list.
import type { Span } from '../../doc.js';

export class Overlaps {
  private starts: number[];
  private furthest: number[];

  constructor(spans: readonly Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    let end = -Infinity;
    this.furthest = sorted.map((s) => (end = Math.max(end, s.end)));
  }

  /** Some span x with x.start < end and start < x.end. */
  any(start: number, end: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.furthest[lo - 1] > start;
  }
}

const cache = new WeakMap<readonly Span[], { n: number; index: Overlaps }>();

/** The index of a list, built once (again if the list grew). */
export function overlapsOf(spans: readonly Span[]): Overlaps {
  let o = cache.get(spans);
  if (!o || o.n !== spans.length) cache.set(spans, (o = { n: spans.length, index: new Overlaps(spans) }));
  return o.index;
}
