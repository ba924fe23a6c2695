// Recomputes the events of every bucket whose claims changed. Each bucket is read, grouped and
// written back under its lock in one transaction (Store.regroupBucket), so the result depends only
// on what is stored, and a regroup that read an older state never writes over a newer one.
// Several processes may regroup at once (workers, `serve`): a bucket another one holds is left to
// it, and waited for only while it is still marked at the generation this run set out to clear.
import type { DirtyBucket, EventWrite, Store } from '../store/store.js';
import type { ClaimRow } from './types.js';
import { buildUnits, groupUnits } from './group.js';
import { summarise } from './summary.js';

export interface RegroupOptions {
  onBucket?: (done: number, total: number) => void;
  /**
   * Only these buckets, as a writer's transactions marked them; each is skipped when it is no
   * longer marked at that generation: it is clean, or a later writer marked it and regroups it.
   * Default: every dirty bucket.
   */
  buckets?: DirtyBucket[];
}

/** A bucket's claims → its events, as the store writes them. */
export function bucketEvents(bucket: string, rows: ClaimRow[]): EventWrite[] {
  return groupUnits(buildUnits(rows)).map((units) => {
    const event = summarise(bucket, units);
    return { event, claims: units.flatMap((u) => u.claims.map((c) => c.rowid)), nSources: event.original_sources.length };
  });
}

const BUSY_WAIT_MS = 20;

function stillMarked(buckets: DirtyBucket[], dirty: DirtyBucket[]): DirtyBucket[] {
  const now = new Map(dirty.map((b) => [b.bucket, b.gen]));
  return buckets.filter((b) => now.get(b.bucket) === b.gen);
}

/** Regroups the dirty buckets; returns how many it recomputed. */
export async function regroup(store: Store, opts: RegroupOptions = {}): Promise<number> {
  const dirty = await store.dirtyBuckets();
  let pending = opts.buckets ? stillMarked(opts.buckets, dirty) : dirty;
  const total = pending.length;
  let done = 0;
  let settled = 0;
  while (pending.length) {
    const busy: DirtyBucket[] = [];
    for (const d of pending) {
      const r = await store.regroupBucket(d.bucket, (rows) => bucketEvents(d.bucket, rows));
      if (r === 'busy') {
        busy.push(d);
        continue;
      }
      if (r === 'done') done++;
      opts.onBucket?.(++settled, total);
    }
    if (!busy.length) break;
    // another process is regrouping these: once it commits, a bucket is clean, or marked again by
    // a later document (whose writer regroups it); only one still marked as we saw it is ours
    await new Promise((r) => setTimeout(r, BUSY_WAIT_MS));
    pending = stillMarked(busy, await store.dirtyBuckets());
    for (let k = busy.length - pending.length; k > 0; k--) opts.onBucket?.(++settled, total);
  }
  return done;
}
