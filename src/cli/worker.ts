// `dossier worker`: one ingest worker on a PostgreSQL store, taking jobs that `dossier ingest
// --queue` enqueued. Run as many as there are cores, on as many machines as needed. Ctrl-C or
// SIGTERM stops it after its current batch; SIGKILL loses nothing (the batch rolls back).
// Documents are extracted on worker threads, each within --time-limit (as `ingest` does).
import type { Command } from 'commander';
import { runWorker } from '../queue/worker.js';
import { openStore, resolveDbPath } from '../store/open.js';
import { PostgresStore } from '../store/postgres/store.js';
import { StoreError } from '../store/errors.js';
import { sizeLimits } from './extract.js';
import { progress } from './progress.js';
import { workerOptions, type WorkerFlags } from './workers-option.js';

interface WorkerCliOptions extends WorkerFlags {
  db?: string;
  maxSize?: string;
  batch: string;
  untilEmpty?: boolean;
  verbose?: boolean;
  json?: boolean;
}

/** The store of --db or $DOSSIER_DB, which the queue needs to be PostgreSQL. */
export function openPostgres(db: string | undefined, what: string): PostgresStore {
  const location = resolveDbPath(db);
  const store = openStore(location);
  if (store instanceof PostgresStore) return store;
  void store.close();
  throw new StoreError(`${what} needs a PostgreSQL store: --db postgres://user@host/dbname (or DOSSIER_DB), found ${location}`);
}

function positive(name: string, v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new StoreError(`${name}: expected a whole number of at least 1, found "${v}"`);
  return n;
}

export function registerWorker(program: Command): void {
  workerOptions(
    program
      .command('worker')
      .description('take ingest jobs from the queue of a PostgreSQL store: extract, store and group their documents')
      .option('--db <url>', 'the PostgreSQL store (postgres://…; default $DOSSIER_DB)')
      .option('--batch <n>', 'jobs taken per transaction', '8')
      .option('--max-size <size>', 'longest text this worker extracts, such as 5mb (default 2,000,000 characters); a job with a longer text fails')
      .option('--until-empty', 'stop once the queue is empty and the ledger regrouped')
      .option('--verbose', 'print one line per document')
      .option('--json', 'print the summary as JSON when stopping (with the CPU time the worker used, cpu_ms)'),
    '1, one worker process per core; more to extract a batch in parallel',
  )
    .action(async (opts: WorkerCliOptions) => {
      const batchSize = positive('--batch', opts.batch);
      const { maxLength } = sizeLimits(opts.maxSize);
      const store = openPostgres(opts.db, 'dossier worker');
      const p = progress();
      const started = Date.now();
      let counts = { added: 0, updated: 0, unchanged: 0, failed: 0 };
      const line = () => {
        const n = counts.added + counts.updated + counts.unchanged + counts.failed;
        return `worker: ${n} documents (${(n / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(0)}/s): added ${counts.added}, updated ${counts.updated}, unchanged ${counts.unchanged}, failed ${counts.failed}`;
      };
      // a terminal shows a live line; a log (systemd, a container) gets one a minute
      const ticker = process.stderr.isTTY ? null : setInterval(() => process.stderr.write(`dossier ${line()}\n`), 60_000).unref();
      let stop!: () => void;
      const stopped = new Promise<void>((r) => (stop = r));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await store.open();
        process.stderr.write(`dossier: worker on ${store.location}${opts.untilEmpty ? ' until the queue is empty' : '; Ctrl-C stops'}\n`);
        const summary = await runWorker(store, {
          batchSize,
          threads: opts.threads ?? 1,
          timeLimit: opts.timeLimit,
          maxLength,
          untilEmpty: opts.untilEmpty,
          stop: stopped,
          onError: (e) => process.stderr.write(`dossier worker: ${e.message} (the batch goes back to the queue)\n`),
          onOutcome: (o, c) => {
            if (opts.verbose) {
              p.done();
              process.stdout.write(o.status === 'failed' ? `failed     ${o.error.startsWith(o.name) ? o.error : `${o.name}: ${o.error}`}\n` : `${o.status.padEnd(10)} ${o.name} → ${o.document} v${o.version}\n`);
            }
            counts = c;
            p.update(line());
          },
        });
        p.done();
        const cpu = process.cpuUsage();
        if (opts.json) process.stdout.write(JSON.stringify({ ...summary, cpu_ms: Math.round((cpu.user + cpu.system) / 1000) }, null, 2) + '\n');
        else process.stdout.write(`${summary.jobs} jobs: added ${summary.added}, updated ${summary.updated}, unchanged ${summary.unchanged}, failed ${summary.failed}; ${summary.regrouped} event buckets regrouped\n`);
      } finally {
        if (ticker) clearInterval(ticker);
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        await store.close();
      }
    });
}
