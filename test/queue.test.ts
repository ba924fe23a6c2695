// The ingest queue, in one process: what `dossier ingest --queue` enqueues (documents with their
// text, URLs as they are, bad files reported at once) and what a worker makes of each job — a
// feed's items stored together, a page, a URL that fails, a document the extractor refuses.
// Runs when DOSSIER_PG_URL is set.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listEvents, openStore } from '../src/ledger/index.js';
import { queueSize, startBoss } from '../src/queue/boss.js';
import { enqueuePaths } from '../src/queue/enqueue.js';
import { INGEST_QUEUE } from '../src/queue/jobs.js';
import { runWorker } from '../src/queue/worker.js';
import type { PostgresStore } from '../src/store/postgres/store.js';
import { dropPgSchemas, freshSchema, PG_URL, pgLocation } from './store-backends.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const REPORT = 'Officials in Kyiv said on Tuesday that Germany had delivered 12 howitzers to Ukraine in March.';
const PAGE = `<!doctype html><html><head><title>Howitzers arrive</title><meta property="article:published_time" content="2025-04-02"></head>
<body><article><p>Poland has sent 40 armoured vehicles to Ukraine this month, its defence minister said on Wednesday.</p></article></body></html>`;

describe.runIf(PG_URL)('the ingest queue on PostgreSQL', () => {
  let dir: string;
  let server: Server;
  let base: string;
  let store: PostgresStore;
  let boss: PgBoss;
  const location = PG_URL ? pgLocation(freshSchema('q')) : '';

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'dossier-queue-'));
    mkdirSync(path.join(dir, 'reports'));
    writeFileSync(path.join(dir, 'reports', 'a-report.txt'), REPORT);
    writeFileSync(path.join(dir, 'reports', 'b-empty.txt'), '');
    writeFileSync(
      path.join(dir, 'reports', 'c-batch.jsonl'),
      [{ id: 'j1', text: REPORT.replace('12', '14'), outlet: 'Steppe News' }, { id: 'j2', text: REPORT.replace('12', '16'), published: 'last week' }]
        .map((x) => JSON.stringify(x)).join('\n'),
    );
    const feed = readFileSync(path.join(here, 'fixtures', 'load', 'feed.rss.xml'));
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
      else if (req.url === '/page.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      else res.writeHead(404).end('not here');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    store = openStore(location) as PostgresStore;
    await store.open();
    boss = await startBoss(store, 'enqueue', (e) => {
      throw e;
    });
  });
  afterAll(async () => {
    await boss?.stop({ graceful: false, close: true });
    await store?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
    if (PG_URL) await dropPgSchemas(location);
  });

  it('enqueues each document with its text and each URL as it is; a bad file is reported at once', async () => {
    const list = [path.join(dir, 'reports'), `${base}/feed.xml`, `${base}/page.html`, `${base}/missing`];
    const s = await enqueuePaths(boss, list, { defaults: { published: '2025-04-01', outlet: 'Coast Herald' }, urlRetries: 0 });
    expect(s).toMatchObject({ documents: 3, urls: 3, failed: 1 });
    expect(s.failures[0].name).toMatch(/b-empty\.txt$/);
    expect(await queueSize(boss)).toBe(6);
  });

  it('stores what the jobs hold, fails what cannot be stored, and leaves the ledger grouped', async () => {
    const errors: Error[] = [];
    const w = await runWorker(store, { untilEmpty: true, pollMs: 50, batchSize: 4, onError: (e) => errors.push(e) });
    expect(errors).toEqual([]);
    // the feed's 2 items with text (not the third), the page, 2 of the 3 documents (not j2's date);
    // the missing page's job failed
    expect(w).toMatchObject({ jobs: 6, added: 5, failed: 3 });
    expect(await queueSize(boss)).toBe(0);
    const x = await store.getExtraction('cw-2024-0203-117');
    expect(x!.document).toMatchObject({ outlet: 'Coastal Wire — World', published: '2024-02-03' });
    expect((await store.getExtraction('j1'))!.document).toMatchObject({ outlet: 'Steppe News', published: '2025-04-01' });
    expect((await store.getExtraction(`${base}/page.html`))!.document.title).toBe('Howitzers arrive');
    expect(await store.getExtraction('j2')).toBeNull();
    const failed = await boss.fetch(INGEST_QUEUE, { batchSize: 10 });
    expect(failed).toEqual([]);
    expect((await store.stats()).dirtyBuckets).toBe(0);
    expect((await listEvents(store, { agent: 'Germany' })).total).toBe(1);
  });

  it('fails a job whose workers keep dying on it instead of taking it forever', async () => {
    const id = randomUUID();
    await boss.insert([{ id, name: INGEST_QUEUE, retryLimit: 1, data: { kind: 'document', name: 'poison.txt', input: { id: 'poison', text: REPORT.replace('12', '18') } } }]);
    // four workers took it and were killed before their transaction committed
    for (let i = 0; i < 4; i++) await store.noteAttempts([id]);
    const w = await runWorker(store, { untilEmpty: true, pollMs: 50 });
    // failed, retried once (its limit), failed again at once
    expect(w).toMatchObject({ jobs: 2, added: 0, failed: 2 });
    expect(await store.getExtraction('poison')).toBeNull();
    const job = await boss.getJobById<unknown>(INGEST_QUEUE, id);
    expect(job).toMatchObject({ state: 'failed', output: { error: expect.stringMatching(/^poison\.txt: taken [45] times by workers that stopped before finishing it/) } });
  });

  it('finds nothing new when the same reports are enqueued again', async () => {
    await enqueuePaths(boss, [path.join(dir, 'reports'), `${base}/feed.xml`], { defaults: { published: '2025-04-01', outlet: 'Coast Herald' } });
    const w = await runWorker(store, { untilEmpty: true, pollMs: 50 });
    expect(w).toMatchObject({ added: 0, updated: 0, unchanged: 4, failed: 2 });
    expect((await store.stats()).versions).toBe(5);
  });
});
