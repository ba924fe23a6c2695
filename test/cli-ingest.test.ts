// `dossier ingest` end to end, with the real extractor: idempotence, versions, a bad file in a
// batch, and a run killed half-way (SIGKILL) that leaves a consistent store and can be re-run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../src/ledger/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'src', 'cli', 'main.ts');

function dossier(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const report = (n: number) =>
  `Officials in Seoul said on Monday that North Korea had sent about ${1000 + n * 10} more workers to Russia's Kursk region, ` +
  `the ${n}th such movement recorded this year. The ministry gave no further details.\n`;

function writeReports(folder: string, count: number): void {
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) writeFileSync(path.join(folder, `report-${String(i).padStart(4, '0')}.txt`), report(i));
}

describe('dossier ingest', () => {
  it('stores new files, reports a second run unchanged, and a changed file as a new version', async () => {
    const docs = path.join(dir, 'docs');
    writeReports(docs, 3);
    const db = path.join(dir, 'ledger.db');
    const first = dossier(['ingest', '--db', db, '--published', '2025-06-20', docs]);
    expect(first.err).toBe('');
    expect(first.out).toMatch(/^added 3, updated 0, unchanged 0, failed 0/);
    expect(first.code).toBe(0);
    expect(dossier(['ingest', '--db', db, '--published', '2025-06-20', docs]).out).toMatch(/^added 0, updated 0, unchanged 3, failed 0/);
    writeFileSync(path.join(docs, 'report-0001.txt'), report(1).replace('about', 'roughly'));
    expect(dossier(['ingest', '--db', db, '--published', '2025-06-20', docs], {}).out).toMatch(/^added 0, updated 1, unchanged 2, failed 0/);
    const store = openStore(db);
    expect(await store.stats()).toMatchObject({ documents: 3, versions: 4 });
    await store.close();
  });

  it('reports a bad file in the middle of a batch by name and stores the rest', async () => {
    const docs = path.join(dir, 'docs');
    writeReports(docs, 4);
    writeFileSync(path.join(docs, 'report-0001b.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0xff, 0xfe, 0x00, 0x00]));
    writeFileSync(path.join(docs, 'report-0002b.json'), '{"text": "North Korea", "published": 12');
    const db = path.join(dir, 'ledger.db');
    const r = dossier(['ingest', '--db', db, '--verbose', docs]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/added 4, updated 0, unchanged 0, failed 2/);
    expect(r.out).toMatch(/failed: .*report-0001b\.txt/);
    expect(r.out).toMatch(/failed: .*report-0002b\.json/);
    const store = openStore(db);
    expect((await store.stats()).documents).toBe(4);
    expect(await store.integrityCheck()).toEqual(['ok']);
    await store.close();
  });

  it('takes the store from DOSSIER_DB and says what is wrong with a bad --db', () => {
    const docs = path.join(dir, 'docs');
    writeReports(docs, 1);
    expect(dossier(['ingest', docs], { DOSSIER_DB: path.join(dir, 'env.db') }).out).toMatch(/^added 1/);
    const bad = dossier(['ingest', '--db', path.join(dir, 'nowhere', 'x.db'), docs]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/does not exist; create it first/);
  });

  it('reads the paths of a --list file, and says that the queue and workers need PostgreSQL', () => {
    const docs = path.join(dir, 'docs');
    writeReports(docs, 2);
    const list = path.join(dir, 'sources.txt');
    writeFileSync(list, `# reports from the field desk\n${path.join(docs, 'report-0000.txt')}\n\n${path.join(docs, 'report-0001.txt')}  # the second one\n`);
    const db = path.join(dir, 'ledger.db');
    expect(dossier(['ingest', '--db', db, '--published', '2025-06-20', '--list', list]).out).toMatch(/^added 2, updated 0, unchanged 0, failed 0/);
    expect(dossier(['ingest', '--db', db, '--list', path.join(dir, 'none.txt')]).err).toMatch(/--list .*none\.txt: cannot read it/);
    const queued = dossier(['ingest', '--queue', '--db', db, docs]);
    expect(queued.code).toBe(1);
    expect(queued.err).toMatch(/ingest --queue needs a PostgreSQL store: --db postgres:\/\//);
    expect(dossier(['worker', '--db', db]).err).toMatch(/dossier worker needs a PostgreSQL store/);
  });

  it('leaves a consistent store when killed mid-run, and a second run completes it', async () => {
    const docs = path.join(dir, 'docs');
    const count = 300;
    writeReports(docs, count);
    const db = path.join(dir, 'ledger.db');
    const child = spawn(process.execPath, ['--import', 'tsx', main, 'ingest', '--verbose', '--db', db, docs], { cwd: root });
    let seen = 0;
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, sig) => resolve(sig)));
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      seen += (chunk.match(/^added/gm) ?? []).length;
      if (seen >= 120 && child.exitCode == null) child.kill('SIGKILL');
    });
    const signal = await exited;
    expect(signal).toBe('SIGKILL');

    const store = openStore(db);
    expect(await store.integrityCheck()).toEqual(['ok']);
    const stored = (await store.stats()).documents;
    // documents commit in batches of at most 64: by the 120th, at least one batch is in
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(count);
    await store.close();

    const again = dossier(['ingest', '--db', db, docs]);
    expect(again.code).toBe(0);
    const m = /^added (\d+), updated 0, unchanged (\d+), failed 0/.exec(again.out);
    expect(m && +m[1] + +m[2]).toBe(count);
    expect(m && +m[2]).toBe(stored);
    const after = openStore(db);
    expect(await after.stats()).toMatchObject({ documents: count, versions: count, dirtyBuckets: 0 });
    expect(await after.integrityCheck()).toEqual(['ok']);
    await after.close();
  });
});

describe('dossier ingest: a time limit per document', () => {
  it('fails a document over the limit with its stage, stores the others and exits 1', async () => {
    const long = Array.from({ length: 12_000 }, (_, n) => report(n)).join('\n').slice(0, 1_900_000);
    const batch = path.join(dir, 'batch.jsonl');
    writeFileSync(batch, [report(1), long, report(2)].map((text, k) => JSON.stringify({ id: `doc-${k}`, text, published: '2025-06-20' })).join('\n') + '\n');
    const db = path.join(dir, 'ledger.db');
    const r = dossier(['ingest', '--db', db, '--time-limit', '0.5', batch]);
    expect(r.out).toMatch(/^added 2, updated 0, unchanged 0, failed 1/);
    expect(r.out).toMatch(/failed: .*batch\.jsonl#2: stopped after 0\.5 s in stage "\w+": over the time limit for one document/);
    expect(r.code).toBe(1);
    const store = openStore(db);
    expect(await store.stats()).toMatchObject({ documents: 2 });
    await store.close();
  });
});

