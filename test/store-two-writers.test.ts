// Two processes on one store: `dossier ingest` storing reports while `dossier serve` regroups for
// its readers. Whatever the interleaving, once both have finished the ledger must show every
// stored report (or leave the bucket marked for regrouping): a regroup that read the bucket
// before the other writer's commit must not write its stale events over the newer ones.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestInputs, listEvents, openStore, regroup, type Store } from '../src/ledger/index.js';
import { bucketExtract, bucketInput } from './fixtures/one-bucket.js';

let dir: string;
const opened: Store[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-two-'));
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

function writer(location: string, from: number, to: number): Promise<void> {
  const script = fileURLToPath(new URL('./fixtures/race-writer.ts', import.meta.url));
  const p = spawn(process.execPath, ['--import', 'tsx', script, location, String(from), String(to)], { stdio: ['ignore', 'inherit', 'inherit'] });
  return new Promise((resolve, reject) => {
    p.once('error', reject);
    p.once('exit', (code) => (code ? reject(new Error(`writer exited with ${code}`)) : resolve()));
  });
}

/** Document keys of each event, as a sorted list of sorted lists. */
async function membership(store: Store): Promise<string[][]> {
  const { items } = await listEvents(store, { limit: 10_000 });
  return items.map((e) => e.reports.map((r) => `${r.document}#${r.claim}`).sort()).sort();
}

describe('two processes on one SQLite file', () => {
  it('never lose a report from the ledger while one ingests and the other regroups', async () => {
    const location = path.join(dir, 'shared.db');
    const reader = openStore(location);
    opened.push(reader);
    // a slow regroup (a large bucket, a busy machine): 20 ms between reading the bucket and writing it
    const regroupBucket = reader.regroupBucket.bind(reader);
    reader.regroupBucket = (bucket, compute) =>
      regroupBucket(bucket, (rows) => {
        const until = Date.now() + 20;
        while (Date.now() < until);
        return compute(rows);
      });
    await ingestInputs(reader, [bucketInput(0)], { extract: bucketExtract });
    const check = new Database(location, { readonly: true });
    // a stored claim that no event holds and whose bucket is not marked for regrouping is lost
    const lost = check.prepare(
      `SELECT count(*) FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest = 1
       WHERE c.rowid NOT IN (SELECT claim FROM event_members) AND c.bucket NOT IN (SELECT bucket FROM dirty_buckets)`,
    ).pluck();
    let finished = false;
    const done = writer(location, 1, 120).finally(() => (finished = true));
    const seen: number[] = [];
    while (!finished) {
      await regroup(reader);
      seen.push(check.transaction(() => lost.get() as number)());
      await new Promise((r) => setImmediate(r));
    }
    await done;
    check.close();
    expect(seen.filter((n) => n > 0)).toEqual([]);
    const left = await reader.dirtyBuckets();
    if (left.length) await regroup(reader);
    const stored = await membership(reader);
    expect(stored.flat()).toHaveLength(120);
    await reader.markAllDirty();
    await regroup(reader);
    expect(stored).toEqual(await membership(reader));
  });
});
