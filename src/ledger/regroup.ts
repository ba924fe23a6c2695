// Recomputes the events of every bucket whose claims changed. Each bucket is read whole and
// written back in one transaction, in bucket order, so the result depends only on what is stored.
import type { Store } from '../store/store.js';
import { buildUnits, groupUnits } from './group.js';
import { summarise } from './summary.js';

export interface RegroupOptions {
  onBucket?: (done: number, total: number) => void;
}

/** Regroups the dirty buckets; returns how many it recomputed. */
export async function regroup(store: Store, opts: RegroupOptions = {}): Promise<number> {
  const dirty = await store.dirtyBuckets();
  let done = 0;
  for (const { bucket, gen } of dirty) {
    const rows = await store.bucketClaims(bucket);
    const groups = groupUnits(buildUnits(rows));
    const events = groups.map((units) => {
      const event = summarise(bucket, units);
      return { event, claims: units.flatMap((u) => u.claims.map((c) => c.rowid)), nSources: event.original_sources.length };
    });
    await store.writeBucketEvents(bucket, gen, events);
    done++;
    opts.onBucket?.(done, dirty.length);
  }
  return done;
}
