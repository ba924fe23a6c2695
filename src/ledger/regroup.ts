// Recomputes the events of every bucket whose claims changed. Each bucket is read, grouped and
// written back under its lock in one transaction (Store.regroupBucket), so the result depends only
// on what is stored — the claims (with the reviewers' claim corrections already applied,
// claims.ts), the automatic grouping (group.ts), then the reviewers' merges and splits replayed in
// the order they were made — and a regroup that read an older state never writes over a newer one.
// Rejected claims are shown with the event they belong to, and never counted in it. Several
// processes may regroup at once (workers, `serve`): a bucket another one holds is left to it, and
// waited for only while it is still marked at the generation this run set out to clear.
import type { DirtyBucket, EventWrite, Store } from '../store/store.js';
import { buildUnits, fit, groupOf, groupUnits, type Unit } from './group.js';
import { inForce, type Correction } from './review.js';
import { eventId, summarise } from './summary.js';
import type { ClaimRow } from './types.js';

export interface RegroupOptions {
  onBucket?: (done: number, total: number) => void;
  /**
   * Only these buckets, as a writer's transactions marked them; each is skipped when it is no
   * longer marked at that generation: it is clean, or a later writer marked it and regroups it.
   * Default: every dirty bucket.
   */
  buckets?: DirtyBucket[];
}

const tagged = (u: Unit, id: number) => u.claims.some((c) => c.review.includes(id));

/** A group of claim sets and the claim its event id is made from (with a salt for split-off parts),
 *  so that an event keeps its id through the merges it absorbs and the splits it loses parts to. */
export interface Replayed {
  units: Unit[];
  idClaim: ClaimRow;
  salt: string;
}

/** Merges and splits, in the order they were made, over the automatic groups. */
export function replay(groups: Unit[][], corrections: readonly Correction[], order: ReadonlyMap<Unit, number>): Replayed[] {
  let out: Replayed[] = groups.map((g) => ({ units: [...g], idClaim: g[0].claims[0], salt: '' }));
  for (const k of corrections) {
    if (k.kind === 'merge') {
      const touched = out.filter((g) => g.units.some((u) => tagged(u, k.id)));
      if (touched.length < 2) continue;
      // the event merged into is the one named first: it keeps its id
      const a = k.claims[0];
      const into = touched.find((g) => g.units.some((u) => u.claims.some((c) => a && c.doc.key === a.document && c.evidence.text === a.evidence.text))) ?? touched[0];
      for (const g of touched) if (g !== into) into.units.push(...g.units);
      out = out.filter((g) => !touched.includes(g) || g === into);
    } else if (k.kind === 'split') {
      const moved = out.flatMap((g) => g.units.filter((u) => tagged(u, k.id)));
      if (!moved.length || out.some((g) => g.units.length === moved.length && g.units.every((u) => moved.includes(u)))) continue;
      for (const g of out) g.units = g.units.filter((u) => !moved.includes(u));
      out = out.filter((g) => g.units.length);
      moved.sort((x, y) => order.get(x)! - order.get(y)!);
      out.push({ units: moved, idClaim: moved[0].claims[0], salt: `split ${k.id}` });
    }
  }
  for (const g of out) g.units.sort((a, b) => order.get(a)! - order.get(b)!);
  return out.sort((a, b) => order.get(a.units[0])! - order.get(b.units[0])!);
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

/** A bucket's claims → its events, as the store writes them: grouping, then the reviewers'
 *  merges and splits (`events`, in force), rejected claim sets shown beside the group they fit. */
export function bucketEvents(bucket: string, rows: ClaimRow[], events: readonly Correction[], byId: ReadonlyMap<number, Correction>): EventWrite[] {
  const units = buildUnits(rows);
  const order = new Map(units.map((u, i) => [u, i]));
  const live = units.filter((u) => !u.rejected);
  const groups = replay(groupUnits(live), events, order);
  const ghosts = groups.map((): Unit[] => []);
  for (const g of units.filter((u) => u.rejected)) {
    const home = homeOf(g, groups.map((x) => x.units));
    if (home >= 0) ghosts[home].push(g);
  }
  return groups.map((g, i) => {
    const event = summarise(bucket, g.units, ghosts[i], { corrections: byId, id: eventId(bucket, g.idClaim, g.salt) });
    return { event, claims: [...g.units, ...ghosts[i]].flatMap((u) => u.claims.map((c) => c.rowid)), nSources: event.original_sources.length };
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
  if (!pending.length) return 0;
  const all = await store.corrections();
  const byId = new Map(all.map((c) => [c.id, c]));
  const events = inForce(all).filter((c) => c.kind === 'merge' || c.kind === 'split');
  const total = pending.length;
  let done = 0;
  let settled = 0;
  while (pending.length) {
    const busy: DirtyBucket[] = [];
    for (const d of pending) {
      const r = await store.regroupBucket(d.bucket, (rows) => bucketEvents(d.bucket, rows, events, byId));
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
