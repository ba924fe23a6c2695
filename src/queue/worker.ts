// `dossier worker`: takes ingest jobs from the queue, extracts and stores their documents, and
// regroups the buckets they changed. Fetching a batch of jobs, storing every document of it and
// completing (or failing) the jobs happen in one transaction (pg-boss's `db` option on the
// store's connection): a worker killed at any point leaves each job either done with its documents
// stored, or untouched and taken again by another worker — never stored twice, never lost.
// Batches are fetched back to back while there is work; the worker waits only when the queue is
// empty, and then regroups whatever is still marked (a killed worker's leftovers).
import type PgBoss from 'pg-boss';
import { defaultStages, extract as defaultExtract } from '../extract.js';
import { ingestOne, type Extractor, type IngestCounts, type IngestOutcome } from '../ledger/ingest.js';
import { regroup } from '../ledger/regroup.js';
import { loadPath } from '../load/index.js';
import type { PostgresStore, QueueDb } from '../store/postgres/store.js';
import type { DirtyBucket } from '../store/store.js';
import { queueSize, startBoss } from './boss.js';
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
  extract?: Extractor;
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

async function runJob(store: PostgresStore, job: IngestJob, given: Extractor | undefined): Promise<JobResult> {
  const maxLength = job.limits?.maxLength;
  const extract: Extractor = given ?? ((i) => defaultExtract(i, defaultStages, maxLength ? { maxLength } : {}));
  if (job.kind === 'document') return { outcomes: [await ingestOne(store, job.name, job.input, extract)], problem: null };
  const outcomes: IngestOutcome[] = [];
  for await (const r of loadPath(job.url, { maxBytes: job.limits?.maxBytes })) {
    if ('error' in r) {
      if (r.name === job.url) return { outcomes: [{ name: r.name, status: 'failed', error: r.error }], problem: r.error };
      outcomes.push({ name: r.name, status: 'failed', error: r.error });
    } else outcomes.push(await ingestOne(store, r.name, fillIn(r.input, job.defaults), extract));
  }
  return { outcomes, problem: null };
}

/** One transaction: fetch a batch, store its documents, complete or fail each job. */
async function takeBatch(store: PostgresStore, boss: PgBoss, size: number, extract: Extractor | undefined) {
  return store.inTransaction(async (db) => {
    let fetchError: unknown = null;
    const watched = { executeSql: (text: string, values: unknown[]) => db.executeSql(text, values).catch((e) => { fetchError = e; throw e; }) };
    // pg-boss's fetch hides its errors behind an empty list: look at them ourselves
    const jobs = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: size, db: watched });
    if (fetchError) throw fetchError;
    const done: IngestOutcome[] = [];
    const completed: string[] = [];
    const attempts = jobs.length ? await store.noteAttempts(jobs.map((j) => j.id)) : new Map<string, number>();
    const finished: string[] = [];
    for (const job of jobs) {
      const n = attempts.get(job.id) ?? 1;
      // its count stays: should pg-boss give it a retry, it is failed again at once
      if (n > MAX_ATTEMPTS) {
        const error = `${job.data.name}: taken ${n - 1} times by workers that stopped before finishing it (killed, or out of memory?); not taken again`;
        done.push({ name: job.data.name, status: 'failed', error });
        await boss.fail(INGEST_QUEUE, job.id, { error }, { db });
        continue;
      }
      finished.push(job.id);
      const r = await runJob(store, job.data, extract);
      done.push(...r.outcomes);
      const failure = r.problem ?? (job.data.kind === 'document' ? (r.outcomes.find((o) => o.status === 'failed') as { error: string } | undefined)?.error : undefined);
      if (failure) await boss.fail(INGEST_QUEUE, job.id, { error: failure }, { db });
      else completed.push(job.id);
    }
    // complete(name, ids, data, options): pg-boss's types omit data for a list of ids, but without it
    // { db } would be taken for the data and the jobs completed outside this transaction
    const complete = boss.complete.bind(boss) as unknown as (name: string, ids: string[], data: null, o: { db: QueueDb }) => Promise<void>;
    if (completed.length) await complete(INGEST_QUEUE, completed, null, { db });
    await store.forgetAttempts(finished);
    return { jobs: jobs.length, outcomes: done };
  });
}

export async function runWorker(store: PostgresStore, opts: WorkerOptions = {}): Promise<WorkerSummary> {
  const extract = opts.extract;
  const onError = opts.onError ?? (() => undefined);
  await store.open();
  const boss = await startBoss(store, 'work', onError);
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
        got = await takeBatch(store, boss, opts.batchSize ?? 8, extract);
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
  }
  return summary;
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
