// Scale-out end to end (issue 11): four `dossier worker` processes share one PostgreSQL store and
// take 2,000 reports (the bundled examples, the openly licensed corpus of test/fixtures/corpus and
// generated ones) from the queue, while workers are killed with SIGKILL in the middle of their
// batches and replaced. Every document must be stored exactly once, every job done, and the events
// must be those a single `dossier ingest` into SQLite makes of the same input: same members, same
// original sources. Runs when DOSSIER_PG_URL is set (.ci/run starts a scratch server); about a
// minute on two cores, most of it extraction.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { listEvents, openStore, type Store } from '../src/ledger/index.js';
import { dropPgSchemas, freshSchema, PG_URL, pgLocation } from './store-backends.js';
import { generatedReport } from './fixtures/generated-reports.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'src', 'cli', 'main.ts');
const TOTAL = 2000;
const WORKERS = 4;

function readJsonl(file: string): Record<string, unknown>[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
}

function inputs(): Record<string, unknown>[] {
  const real = [
    ...readJsonl(path.join(root, 'examples', 'seed-nis-kursk.jsonl')),
    ...readJsonl(path.join(root, 'examples', 'us-government.jsonl')),
    ...readJsonl(path.join(root, 'test', 'fixtures', 'corpus', 'corpus.jsonl')),
  ];
  const generated = Array.from({ length: TOTAL - real.length }, (_, i) => generatedReport(i) as unknown as Record<string, unknown>);
  return [...real, ...generated];
}

const cli = (args: string[]) => [process.execPath, ['--import', 'tsx', main, ...args]] as const;

function run(args: string[]) {
  const [cmd, argv] = cli(args);
  const r = spawnSync(cmd, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`dossier ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function worker(location: string): ChildProcess & { exited: Promise<number | null> } {
  const [cmd, argv] = cli(['worker', '--db', location, '--until-empty', '--batch', '8']);
  const p = spawn(cmd, argv, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  p.stderr!.on('data', (d) => (err += d));
  const exited = new Promise<number | null>((resolve) => p.once('exit', (code) => resolve(code)));
  return Object.assign(p, { exited: exited.then((c) => (c ? Promise.reject(new Error(`worker exited with ${c}: ${err}`)) : c)) });
}

/** Each event as its members (document#claim) and original sources, sorted: what must agree. */
async function eventSet(store: Store): Promise<string[]> {
  const { items } = await listEvents(store, { limit: 1_000_000 });
  return items
    .map((e) => JSON.stringify({ members: e.reports.map((r) => `${r.document}#${r.claim}`).sort(), sources: [...e.original_sources].sort() }))
    .sort();
}

async function keys(store: Store): Promise<string[]> {
  const out: string[] = [];
  for (let after = 0; ; ) {
    const docs = await store.documents(after, 1000);
    if (!docs.length) return out.sort();
    out.push(...docs.map((d) => `${d.key} v${d.version}`));
    after = docs[docs.length - 1].rowid;
  }
}

const until = async (cond: () => Promise<boolean>, ms = 120_000) => {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
};

const dir = mkdtempSync(path.join(tmpdir(), 'dossier-workers-'));
const location = PG_URL ? pgLocation(freshSchema('w')) : '';
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (PG_URL) await dropPgSchemas(location);
});

describe.runIf(PG_URL)('dossier worker processes on one PostgreSQL store', () => {
  it(`store ${TOTAL} reports exactly once while workers are killed, with the events of one SQLite ingest`, async () => {
    const file = path.join(dir, 'reports.jsonl');
    writeFileSync(file, inputs().map((x) => JSON.stringify(x)).join('\n') + '\n');
    expect(run(['ingest', '--queue', '--db', location, file])).toMatch(`enqueued ${TOTAL} documents and 0 URLs, failed 0`);

    const store = openStore(location);
    const stored = async () => (await store.stats()).versions;
    const workers = Array.from({ length: WORKERS }, () => worker(location));
    const finished: Promise<unknown>[] = workers.slice(2).map((w) => w.exited);
    // kill two workers at different points, each in the middle of whatever batch it holds
    for (const [victim, at] of [[workers[0], TOTAL * 0.2], [workers[1], TOTAL * 0.5]] as const) {
      await until(async () => (await stored()) >= at);
      victim.kill('SIGKILL');
      await new Promise((r) => victim.once('exit', r));
      finished.push(worker(location).exited);
    }
    await Promise.all(finished);

    // the same input, one process, SQLite
    const reference = path.join(dir, 'reference.db');
    run(['ingest', '--db', reference, file]);
    const sqlite = openStore(reference);
    try {
      const [a, b] = [await store.stats(), await sqlite.stats()];
      expect(a.versions).toBe(a.documents);
      expect(a).toMatchObject({ documents: b.documents, claims: b.claims, events: b.events, dirtyBuckets: 0 });
      expect(await keys(store)).toEqual(await keys(sqlite));
      expect(await eventSet(store)).toEqual(await eventSet(sqlite));
      // every job done once: none left, none active, failures only where SQLite failed too
      const c = new pg.Client({ connectionString: PG_URL! });
      await c.connect();
      const schema = new URL(location).searchParams.get('schema')!;
      const states = (await c.query<{ state: string; n: string }>(`SELECT state, count(*) AS n FROM ${schema}_queue.job GROUP BY state`)).rows;
      await c.end();
      const failed = TOTAL - b.documents;
      expect(Object.fromEntries(states.map((s) => [s.state, Number(s.n)]))).toEqual({ completed: TOTAL - failed, ...(failed ? { failed } : {}) });
    } finally {
      await sqlite.close();
      await store.close();
    }
  }, 300_000);
});
