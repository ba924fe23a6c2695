// Recomputes the events of every bucket whose claims changed. Each bucket is read whole and
// written back in one transaction, in bucket order, so the result depends only on what is stored:
// the claims (with the reviewers' claim corrections already applied, claims.ts), the automatic
// grouping (group.ts), then the reviewers' merges and splits replayed in the order they were made.
// Rejected claims are shown with the event they belong to, and never counted in it.
import type { Store } from '../store/store.js';
import { buildUnits, fit, groupOf, groupUnits, type Unit } from './group.js';
import { inForce, type Correction } from './review.js';
import { summarise } from './summary.js';

export interface RegroupOptions {
  onBucket?: (done: number, total: number) => void;
}

const tagged = (u: Unit, id: number) => u.claims.some((c) => c.review.includes(id));

/** Merges and splits, in the order they were made, over the automatic groups. */
export function replay(groups: Unit[][], corrections: readonly Correction[], order: ReadonlyMap<Unit, number>): Unit[][] {
  let out = groups.map((g) => [...g]);
  for (const k of corrections) {
    if (k.kind === 'merge') {
      const touched = out.filter((g) => g.some((u) => tagged(u, k.id)));
      if (touched.length < 2) continue;
      const into = touched[0];
      for (const g of touched.slice(1)) into.push(...g);
      out = out.filter((g) => !touched.includes(g) || g === into);
    } else if (k.kind === 'split') {
      const moved = out.flatMap((g) => g.filter((u) => tagged(u, k.id)));
      if (!moved.length || out.some((g) => g.length === moved.length && g.every((u) => moved.includes(u)))) continue;
      out = out.map((g) => g.filter((u) => !moved.includes(u))).filter((g) => g.length);
      out.push(moved);
    }
  }
  for (const g of out) g.sort((a, b) => order.get(a)! - order.get(b)!);
  return out.sort((a, b) => order.get(a[0])! - order.get(b[0])!);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * The group a rejected claim set belongs with: the one holding claims of the same stretch of the
 * same report, else one sharing a merge or split with it, else the first it would fit. Null when
 * none fits (its event has no counted report left; the correction stays on the document).
 */
export function homeOf(ghost: Unit, groups: Unit[][]): number {
  let best = -1;
  let bestScore = 0;
  groups.forEach((g, i) => {
    let score = 0;
    if (g.some((u) => u.doc.rowid === ghost.doc.rowid && u.claims.some((c) => ghost.claims.some((r) => overlaps(c.evidence, r.evidence))))) score = 3;
    else if (g.some((u) => ghost.claims.some((r) => r.review.some((id) => tagged(u, id))))) score = 2;
    else if (fit({ ...ghost, actorless: false }, groupOf(g)) >= 0) score = 1;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/** Regroups the dirty buckets; returns how many it recomputed. */
export async function regroup(store: Store, opts: RegroupOptions = {}): Promise<number> {
  const dirty = await store.dirtyBuckets();
  if (!dirty.length) return 0;
  const all = await store.corrections();
  const byId = new Map(all.map((c) => [c.id, c]));
  const events = inForce(all).filter((c) => c.kind === 'merge' || c.kind === 'split');
  let done = 0;
  for (const { bucket, gen } of dirty) {
    const units = buildUnits(await store.bucketClaims(bucket));
    const order = new Map(units.map((u, i) => [u, i]));
    const live = units.filter((u) => !u.rejected);
    const groups = replay(groupUnits(live), events, order);
    const ghosts = groups.map((): Unit[] => []);
    for (const g of units.filter((u) => u.rejected)) {
      const home = homeOf(g, groups);
      if (home >= 0) ghosts[home].push(g);
    }
    const written = groups.map((g, i) => {
      const event = summarise(bucket, g, ghosts[i], { corrections: byId });
      return { event, claims: [...g, ...ghosts[i]].flatMap((u) => u.claims.map((c) => c.rowid)), nSources: event.original_sources.length };
    });
    await store.writeBucketEvents(bucket, gen, written);
    done++;
    opts.onBucket?.(done, dirty.length);
  }
  return done;
}
