// `dossier worker` extracts each job's document on a worker thread with a time limit, like
// `extract` and `ingest`: a document that runs too long becomes a failed job naming the document
// and the stage it was in, the other jobs of its batch are stored, the worker goes on, and a
// version already stored under the runaway's key stays as it was. A job whose text is longer than
// the worker's --max-size fails with a message saying so. Runs when DOSSIER_PG_URL is set.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/ledger/index.js';
import { startBoss } from '../src/queue/boss.js';
import { enqueuePaths } from '../src/queue/enqueue.js';
import { runWorker } from '../src/queue/worker.js';
import type { PostgresStore } from '../src/store/postgres/store.js';
import { dropPgSchemas, freshSchema, PG_URL, pgLocation } from './store-backends.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'src', 'cli', 'main.ts');

const report = (n: number) =>
  `The harbour authority in Gdansk said on Thursday that ${n + 3} grain ships had left for Egypt since the start of the month. ` +
  `A spokesman for the port, Marek Zielinski, told reporters that loading resumed after a two-day strike by crane operators.`;
/** About 1.9 million characters of report text: far more than a worker gets through in half a second. */
const runaway = () => Array.from({ length: 9_000 }, (_, n) => report(n)).join('\n').slice(0, 1_900_000);

describe.runIf(PG_URL)('dossier worker on PostgreSQL: a time limit per document', () => {
  let dir: string;
  let store: PostgresStore;
  let boss: PgBoss;
  const location = PG_URL ? pgLocation(freshSchema('tl')) : '';

  const write = (file: string, docs: { id: string; text: string }[]) => {
    const at = path.join(dir, file);
    writeFileSync(at, docs.map((x) => JSON.stringify({ ...x, published: '2025-03-07' })).join('\n') + '\n');
    return at;
  };
  /** What became of the jobs of one file: state and error, by document name. */
  const jobsOf = async (file: string) => {
    const c = new pg.Client({ connectionString: PG_URL! });
    await c.connect();
    try {
      const schema = new URL(location).searchParams.get('schema')!;
      const { rows } = await c.query<{ name: string; state: string; error: string | null }>(
        `SELECT data->>'name' AS name, state, output->>'error' AS error FROM ${schema}_queue.job WHERE data->>'name' LIKE $1 ORDER BY 1`,
        [`${file}#%`],
      );
      return rows;
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dossier-queue-limit-'));
    store = openStore(location) as PostgresStore;
    await store.open();
    boss = await startBoss(store, 'enqueue', (e) => {
      throw e;
    });
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, close: true });
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
    if (PG_URL) await dropPgSchemas(location);
  });

  it('fails the runaway document with its name and stage, stores the rest of the batch, keeps what was stored', async () => {
    // a first version under the runaway's key, stored before
    await enqueuePaths(boss, [write('first.jsonl', [{ id: 'port-long', text: report(100) }])]);
    expect(await runWorker(store, { untilEmpty: true, pollMs: 50, timeLimit: 0.5, threads: 1 })).toMatchObject({ added: 1, failed: 0 });

    // a batch of three: a report, the runaway (a new text under the same key), another report;
    // a third report comes in the next batch
    const file = write('batch.jsonl', [
      { id: 'port-1', text: report(1) },
      { id: 'port-long', text: runaway() },
      { id: 'port-2', text: report(2) },
      { id: 'port-3', text: report(3) },
    ]);
    await enqueuePaths(boss, [file]);
    const errors: Error[] = [];
    const failures: string[] = [];
    const w = await runWorker(store, {
      untilEmpty: true,
      pollMs: 50,
      batchSize: 3,
      timeLimit: 0.5,
      threads: 1,
      onError: (e) => errors.push(e),
      onOutcome: (o) => o.status === 'failed' && failures.push(`${o.name}: ${o.error}`),
    });
    expect(errors).toEqual([]);
    expect(w).toMatchObject({ jobs: 4, added: 3, failed: 1 });
    const limit = /^stopped after 0\.5 s in stage "\w+": over the time limit for one document$/;
    expect(failures).toHaveLength(1);
    expect(failures[0].startsWith(`${file}#2: `)).toBe(true);
    expect(failures[0].slice(`${file}#2: `.length)).toMatch(limit);
    for (const n of [1, 2, 3]) expect((await store.getExtraction(`port-${n}`))?.document.text).toBe(report(n));
    // the version stored before is still the latest, whole
    expect(await store.latestByKey('port-long')).toMatchObject({ version: 1 });
    expect((await store.getExtraction('port-long'))!.document.text).toBe(report(100));
    // the job is failed, its error naming the document and the stage; the others are done
    const jobs = await jobsOf(file);
    expect(jobs.map((j) => j.state)).toEqual(['completed', 'failed', 'completed', 'completed']);
    expect(jobs[1].error!.startsWith(`${file}#2: `)).toBe(true);
    expect(jobs[1].error!.slice(`${file}#2: `.length)).toMatch(limit);
    expect((await store.stats()).dirtyBuckets).toBe(0);
  }, 120_000);

  it('fails a job whose text is longer than the worker accepts, saying so, and stores the next', async () => {
    const file = write('sizes.jsonl', [
      { id: 'wide', text: `${report(7)} `.repeat(20) },
      { id: 'narrow', text: report(8) },
    ]);
    await enqueuePaths(boss, [file], { limits: { maxBytes: 20_000_000, maxLength: 2_000_000 } });
    const w = await runWorker(store, { untilEmpty: true, pollMs: 50, threads: 1, maxLength: 1_000 });
    expect(w).toMatchObject({ jobs: 2, added: 1, failed: 1 });
    const jobs = await jobsOf(file);
    expect(jobs.map((j) => j.state)).toEqual(['failed', 'completed']);
    expect(jobs[0].error).toBe(
      `${file}#1: text is ${(`${report(7)} `.repeat(20).length).toLocaleString('en-US')} characters, over this worker's limit of 1,000; start workers with a larger --max-size`,
    );
    expect(await store.getExtraction('wide')).toBeNull();
    expect(await store.getExtraction('narrow')).not.toBeNull();
  }, 120_000);

  it('dossier worker --time-limit: prints the runaway failed with its name and stage, stores the next', async () => {
    const file = write('cli.jsonl', [
      { id: 'cli-long', text: runaway() },
      { id: 'cli-1', text: report(21) },
    ]);
    await enqueuePaths(boss, [file]);
    const r = spawnSync(process.execPath, ['--import', 'tsx', main, 'worker', '--db', location, '--until-empty', '--verbose', '--time-limit', '0.5', '--threads', '2'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).not.toMatch(/batch goes back/);
    expect(r.stdout).toMatch(new RegExp(`^failed +${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}#1: stopped after 0\\.5 s in stage "\\w+": over the time limit for one document$`, 'm'));
    expect(r.stdout).toMatch(/^added +.*cli\.jsonl#2 → cli-1 v1$/m);
    expect(r.stdout).toMatch(/^2 jobs: added 1, updated 0, unchanged 0, failed 1;/m);
    expect(r.status).toBe(0);
  }, 120_000);
});
