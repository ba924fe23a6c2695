// `dossier worker`: takes ingest jobs from the queue, extracts and stores their documents, and
// regroups the buckets they changed. Fetching a batch of jobs, storing every document of it and
// completing (or failing) the jobs happen in one transaction (pg-boss's `db` option on the
// store's connection): a worker killed at any point leaves each job either done with its documents
// stored, or untouched and taken again by another worker — never stored twice, never lost.
// Batches are fetched back to back while there is work; the worker waits only when the queue is
// empty, and then regroups whatever is still marked (a killed worker's leftovers).
// Documents are extracted on worker threads with a time limit each (src/workers/pool.ts), all of a
// batch at once and before any of it is stored: a runaway document is stopped at its limit and
// fails its job (naming it and the stage it was in), the transaction holds no lock on stored
// documents meanwhile, and the rest of the batch is stored and committed with it.
import type PgBoss from 'pg-boss';
import { ingestOne, startExtraction, type AnyExtractor, type IngestCounts, type IngestOutcome, type LoadResult, type Settled } from '../ledger/ingest.js';
import { regroup } from '../ledger/regroup.js';
import { loadPath } from '../load/index.js';
import type { PostgresStore, QueueDb } from '../store/postgres/store.js';
import type { DirtyBucket } from '../store/store.js';
import { queueSize, startBoss } from './boss.js';
import { ExtractPool } from '../workers/pool.js';
import { MAX_TEXT_LENGTH } from '../limits.js';
import { InputError, type DocumentInput } from '../extract.js';
import { fillIn, INGEST_QUEUE, type IngestJob } from './jobs.js';

export interface WorkerOptions {
  /** Jobs per transaction (default 8). */
  batchSize?: number;
  /** Wait this long when the queue is empty (default 1 s). */
  pollMs?: number;
  /** Regroup the buckets this worker marked at least this often (default 1 s), and at most a fifth
   *  of the time: after a regroup that took t, the next waits at least 4t. */
  regroupMs?: number;
  /** Stop once the queue is empty and everything is regrouped (tests, one-off runs). */
  untilEmpty?: boolean;
  /** Extracts in this thread instead, with no time limit (tests); default: a pool of worker threads. */
  extract?: AnyExtractor;
  /** Worker threads extracting the batch's documents (default 1: run a worker process per core). */
  threads?: number;
  /** Seconds one document may take before its thread is stopped (default 60; 0: no limit). */
  timeLimit?: number;
  /** Longest text this worker extracts (--max-size; default 2,000,000 characters): the pool takes
   *  one limit, so a job whose text is longer fails, whatever limit it carries. */
  maxLength?: number;
  onOutcome?: (o: IngestOutcome, counts: IngestCounts) => void;
  onError?: (e: Error) => void;
  /** Resolved when the worker should stop after its current batch. */
  stop?: Promise<unknown>;
}

export interface WorkerSummary extends IngestCounts {
  jobs: number;
  regrouped: number;
}

interface JobResult {
  outcomes: IngestOutcome[];
  /** The job could not be done at all (a URL that did not answer): fail it, to be retried. */
  problem: string | null;
}

/** A job whose transaction never committed this many times is failed, not taken again. */
export const MAX_ATTEMPTS = 4;

/** What the extractor may take: the extractor, refusing a text over the job's own limit (the
 *  enqueuer's --max-size) or over this worker's, each with a message saying which. */
function within(extract: AnyExtractor, job: IngestJob, workerMax: number | undefined): AnyExtractor {
  const jobMax = job.limits?.maxLength;
  return (input: DocumentInput) => {
    const n = typeof input.text === 'string' ? input.text.length : 0;
    const size = n.toLocaleString('en-US');
    if (jobMax && n > jobMax) throw new InputError(`text is ${size} characters, over the limit of ${jobMax.toLocaleString('en-US')}; split the document or raise the limit with --max-size`);
    if (workerMax && n > workerMax) throw new InputError(`text is ${size} characters, over this worker's limit of ${workerMax.toLocaleString('en-US')}; start workers with a larger --max-size`);
    return extract(input);
  };
}

/** A job's inputs: its document, or what its URL holds (a page, a feed's items). */
async function inputsOf(job: IngestJob): Promise<{ items: LoadResult[]; problem: string | null }> {
  if (job.kind === 'document') return { items: [{ name: job.name, input: job.input }], problem: null };
  const items: LoadResult[] = [];
  for await (const r of loadPath(job.url, { maxBytes: job.limits?.maxBytes })) {
    if ('error' in r && r.name === job.url) return { items: [r], problem: r.error };
    items.push('error' in r ? r : { name: r.name, input: fillIn(r.input, job.defaults) });
  }
  return { items, problem: null };
}

/** An error that names its document. */
function named(name: string, error: string): string {
  return error.startsWith(name) ? error : `${name}: ${error}`;
}

/**
 * Runs the batch's jobs: every document that needs it is extracted first, all at once (on the
 * pool's threads, each within its time limit), then each is stored in input order.
 */
async function runJobs(store: PostgresStore, jobs: IngestJob[], extract: AnyExtractor, workerMax: number | undefined): Promise<JobResult[]> {
  const loaded = await Promise.all(jobs.map(inputsOf));
  const ahead: ({ settled: Promise<Settled> } | undefined)[][] = [];
  for (const [k, { items }] of loaded.entries()) {
    const x = within(extract, jobs[k], workerMax);
    const started = [];
    for (const r of items) started.push('error' in r ? undefined : await startExtraction(store, r.input, x));
    ahead.push(started);
  }
  const results: JobResult[] = [];
  for (const [k, { items, problem }] of loaded.entries()) {
    const x = within(extract, jobs[k], workerMax);
    const outcomes: IngestOutcome[] = [];
    for (const [i, r] of items.entries()) {
      const settled = await ahead[k][i]?.settled;
      outcomes.push('error' in r ? { name: r.name, status: 'failed', error: r.error } : await ingestOne(store, r.name, r.input, x, settled));
    }
    results.push({ outcomes, problem });
  }
  return results;
}

/** One transaction: fetch a batch, store its documents, complete or fail each job. */
async function takeBatch(store: PostgresStore, boss: PgBoss, size: number, extract: AnyExtractor, workerMax: number | undefined) {
  return store.inTransaction(async (db) => {
    let fetchError: unknown = null;
    const watched = { executeSql: (text: string, values: unknown[]) => db.executeSql(text, values).catch((e) => { fetchError = e; throw e; }) };
    // pg-boss's fetch hides its errors behind an empty list: look at them ourselves
    const jobs = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: size, db: watched });
    if (fetchError) throw fetchError;
    const done: IngestOutcome[] = [];
    const completed: string[] = [];
    const attempts = jobs.length ? await store.noteAttempts(jobs.map((j) => j.id)) : new Map<string, number>();
    const live: typeof jobs = [];
    for (const job of jobs) {
      const n = attempts.get(job.id) ?? 1;
      // its count stays: should pg-boss give it a retry, it is failed again at once
      if (n > MAX_ATTEMPTS) {
        const error = `${job.data.name}: taken ${n - 1} times by workers that stopped before finishing it (killed, or out of memory?); not taken again`;
        done.push({ name: job.data.name, status: 'failed', error });
        await boss.fail(INGEST_QUEUE, job.id, { error }, { db });
      } else live.push(job);
    }
    const results = await runJobs(store, live.map((j) => j.data), extract, workerMax);
    for (const [k, job] of live.entries()) {
      const r = results[k];
      done.push(...r.outcomes);
      const failed = job.data.kind === 'document' ? r.outcomes.find((o) => o.status === 'failed') : undefined;
      const failure = r.problem != null ? named(job.data.name, r.problem) : failed?.status === 'failed' ? named(failed.name, failed.error) : null;
      if (failure) await boss.fail(INGEST_QUEUE, job.id, { error: failure }, { db });
      else completed.push(job.id);
    }
    const finished = live.map((j) => j.id);
    // complete(name, ids, data, options): pg-boss's types omit data for a list of ids, but without it
    // { db } would be taken for the data and the jobs completed outside this transaction
    const complete = boss.complete.bind(boss) as unknown as (name: string, ids: string[], data: null, o: { db: QueueDb }) => Promise<void>;
    if (completed.length) await complete(INGEST_QUEUE, completed, null, { db });
    await store.forgetAttempts(finished);
    return { jobs: jobs.length, outcomes: done };
  });
}

export async function runWorker(store: PostgresStore, opts: WorkerOptions = {}): Promise<WorkerSummary> {
  const onError = opts.onError ?? (() => undefined);
  await store.open();
  const pool = opts.extract ? null : new ExtractPool({ threads: opts.threads ?? 1, timeLimit: opts.timeLimit, maxLength: opts.maxLength ?? MAX_TEXT_LENGTH });
  const extract: AnyExtractor = opts.extract ?? ((input) => pool!.extract(input));
  const workerMax = pool ? (opts.maxLength ?? MAX_TEXT_LENGTH) : opts.maxLength;
  const boss = await startBoss(store, 'work', onError).catch(async (e) => {
    await pool?.close();
    throw e;
  });
  const summary: WorkerSummary = { added: 0, updated: 0, unchanged: 0, failed: 0, jobs: 0, regrouped: 0 };
  let stopping = false;
  void opts.stop?.then(() => (stopping = true));
  let marked = new Map<string, DirtyBucket>();
  let nextRegroup = Date.now() + (opts.regroupMs ?? 1000);
  const regroupMarked = async () => {
    const buckets = [...marked.values()];
    marked = new Map();
    const started = Date.now();
    if (buckets.length) summary.regrouped += await regroup(store, { buckets });
    const took = Date.now() - started;
    nextRegroup = Date.now() + Math.max(opts.regroupMs ?? 1000, 4 * took);
  };
  try {
    while (!stopping) {
      let got: Awaited<ReturnType<typeof takeBatch>>;
      try {
        got = await takeBatch(store, boss, opts.batchSize ?? 8, extract, workerMax);
      } catch (e) {
        // the transaction rolled back: its jobs are back in the queue; wait a little and go on
        onError(e as Error);
        await sleep(opts.pollMs ?? 1000);
        continue;
      }
      summary.jobs += got.value.jobs;
      for (const o of got.value.outcomes) {
        summary[o.status]++;
        opts.onOutcome?.(o, summary);
      }
      for (const b of got.marked) marked.set(b.bucket, b);
      if (got.value.jobs && Date.now() < nextRegroup) continue;
      await regroupMarked();
      if (got.value.jobs) continue;
      // the queue looks empty: regroup what other (perhaps killed) workers left marked
      summary.regrouped += await regroup(store);
      if (opts.untilEmpty && (await queueSize(boss)) === 0 && !(await store.dirtyBuckets()).length) break;
      await Promise.race([sleep(opts.pollMs ?? 1000), opts.stop]);
    }
    await regroupMarked();
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true }).catch(onError);
    await pool?.close();
  }
  return summary;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
