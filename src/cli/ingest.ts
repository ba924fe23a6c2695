// `dossier ingest PATH…` stores documents and regroups the ledger; `dossier reindex` re-extracts
// what is stored after the extractor changed. Each document is its own transaction: a killed run
// can simply be run again.
import type { Command } from 'commander';
import { loadPath, type LoadResult, type Overrides } from '../load/index.js';
import { ingestInputs, reindex, type IngestCounts, type IngestOutcome } from '../ledger/ingest.js';
import { readFileSync } from 'node:fs';
import { regroup } from '../ledger/regroup.js';
import { ExtractPool, type PoolOptions } from '../workers/pool.js';
import { progress } from './progress.js';
import { dbOption, withStore } from './store-option.js';
import { sizeLimits } from './extract.js';
import { poolOptions, workerOptions, type WorkerFlags } from './workers-option.js';

/** Runs `fn` with an extraction pool on worker threads (see --threads, --time-limit), closed after. */
async function withPool<T>(opts: PoolOptions, fn: (pool: ExtractPool) => Promise<T>): Promise<T> {
  const pool = new ExtractPool(opts);
  try {
    return await fn(pool);
  } finally {
    await pool.close();
  }
}

interface IngestOptions extends WorkerFlags {
  db?: string;
  published?: string;
  outlet?: string;
  verbose?: boolean;
  json?: boolean;
  maxSize?: string;
  queue?: boolean;
  list?: string;
}

/** Every input of every path; --published and --outlet fill in what an input does not say. */
async function* allPaths(paths: string[], defaults: Overrides, maxBytes?: number): AsyncGenerator<LoadResult> {
  for (const p of paths) {
    for await (const r of loadPath(p, { maxBytes })) {
      if ('input' in r) {
        r.input.published ||= defaults.published ?? null;
        r.input.outlet ||= defaults.outlet ?? null;
      }
      yield r;
    }
  }
}

/** Paths and URLs of a list file: one a line; blank lines and # comments skipped. */
export function readList(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`--list ${file}: cannot read it (${(e as Error).message})`);
  }
  return text.split(/\r?\n/).map((l) => l.replace(/(^|\s)#.*$/, '').trim()).filter(Boolean);
}

async function enqueue(paths: string[], defaults: Overrides, opts: IngestOptions, limits: { maxBytes: number; maxLength: number }): Promise<void> {
  // the queue (pg-boss, pg) loads only for --queue: a plain ingest starts without it
  const [{ queueSize, startBoss }, { enqueuePaths }, { openPostgres }] = await Promise.all([
    import('../queue/boss.js'),
    import('../queue/enqueue.js'),
    import('./worker.js'),
  ]);
  const store = openPostgres(opts.db, 'dossier ingest --queue');
  const p = progress();
  try {
    await store.open();
    const boss = await startBoss(store, 'enqueue', (e) => process.stderr.write(`dossier: queue: ${e.message}\n`));
    try {
      const s = await enqueuePaths(boss, paths, { defaults, limits, onJob: (c) => p.update(`enqueue ${c.documents} documents, ${c.urls} URLs`) });
      const waiting = await queueSize(boss);
      p.done();
      if (opts.json) process.stdout.write(JSON.stringify({ ...s, waiting }, null, 2) + '\n');
      else {
        process.stdout.write(`enqueued ${s.documents} documents and ${s.urls} URLs, failed ${s.failed}; ${waiting} jobs wait for "dossier worker"\n`);
        for (const f of s.failures) process.stdout.write(`  failed: ${f.error.startsWith(f.name) ? f.error : `${f.name}: ${f.error}`}\n`);
      }
      if (s.failed) process.exitCode = 1;
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
  } finally {
    await store.close();
  }
}

function countsLine(c: IngestCounts): string {
  return `added ${c.added}, updated ${c.updated}, unchanged ${c.unchanged}, failed ${c.failed}`;
}

export function registerIngest(program: Command): void {
  workerOptions(dbOption(
    program
      .command('ingest')
      .description('store documents (files, folders, JSON lines, feeds, URLs, - for stdin) and group their claims into reported events')
      .argument('[paths...]', 'files, folders, http(s) URLs, or - for standard input')
      .option('--list <file>', 'also every path and URL listed in this file, one a line (# comments), e.g. a list of feeds')
      .option('--queue', 'enqueue the documents and URLs for `dossier worker` processes instead (PostgreSQL store)')
      .option('--published <date>', 'publication date (ISO) for inputs that do not carry one')
      .option('--outlet <name>', 'outlet for inputs that do not name one')
      .option('--verbose', 'print one line per input (added / updated / unchanged / failed)')
      .option('--max-size <size>', 'largest file and longest text accepted, such as 50mb (default 20mb files, 2,000,000-character texts)')
      .option('--json', 'print the summary as JSON'),
  ))
    .addHelpText('after', '\nExit status is 1 when any input failed; the others are stored all the same.')
    .action(async (given: string[], opts: IngestOptions) => {
      const paths = [...given, ...(opts.list ? readList(opts.list) : [])];
      if (!paths.length) throw new Error('ingest: expected files, folders or URLs to read (or --list FILE)');
      const overrides: Overrides = { published: opts.published, outlet: opts.outlet };
      const limits = sizeLimits(opts.maxSize);
      if (opts.queue) return enqueue(paths, overrides, opts, limits);
      const p = progress();
      const started = Date.now();
      const summary = await withPool({ ...poolOptions(opts), maxLength: limits.maxLength }, (pool) => withStore(opts, (store) =>
        ingestInputs(store, allPaths(paths, overrides, limits.maxBytes), {
          extract: (input) => pool.extract(input),
          readAhead: pool.threads * 2,
          onOutcome: (o: IngestOutcome, c: IngestCounts) => {
            if (opts.verbose) {
              p.done();
              process.stdout.write(o.status === 'failed' ? `failed     ${o.error}\n` : `${o.status.padEnd(10)} ${o.name} → ${o.document} v${o.version}\n`);
            }
            const n = c.added + c.updated + c.unchanged + c.failed;
            const rate = n / Math.max(0.001, (Date.now() - started) / 1000);
            p.update(`ingest ${n} documents (${rate.toFixed(0)}/s): ${countsLine(c)}`);
          },
          onRegroup: (d, t) => p.bar('regroup', d, t),
        }),
      ));
      p.done();
      if (opts.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
      else {
        process.stdout.write(`${countsLine(summary)}; ${summary.regrouped} event bucket${summary.regrouped === 1 ? '' : 's'} regrouped\n`);
        for (const f of summary.failures) process.stdout.write(`  failed: ${f.error.startsWith(f.name) ? f.error : `${f.name}: ${f.error}`}\n`);
        for (const w of summary.warnings) process.stdout.write(`  warning: ${w.name}: ${w.warning}\n`);
      }
      if (summary.failed) process.exitCode = 1;
    });

  workerOptions(dbOption(
    program
      .command('reindex')
      .description('re-extract every stored document (after the extractor changed) and regroup all events')
      .option('--regroup-only', 'keep the stored extractions; only recompute the events')
      .option('--json', 'print the summary as JSON'),
  )).action(async (opts: WorkerFlags & { db?: string; regroupOnly?: boolean; json?: boolean }) => {
    const p = progress();
    const summary = await withStore(opts, async (store) => {
      if (opts.regroupOnly) {
        await store.markAllDirty();
        return { reindexed: 0, failed: 0, failures: [], regrouped: await regroup(store, { onBucket: (d, t) => p.bar('regroup', d, t) }) };
      }
      return withPool(poolOptions(opts), (pool) => reindex(store, { extract: (input) => pool.extract(input), onDocument: (n) => p.update(`reindex ${n} documents`), onRegroup: (d, t) => p.bar('regroup', d, t) }));
    }, true);
    p.done();
    if (opts.json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    else {
      process.stdout.write(`reindexed ${summary.reindexed}, failed ${summary.failed}; ${summary.regrouped} event buckets regrouped\n`);
      for (const f of summary.failures) process.stdout.write(`  failed: ${f.name}: ${f.error}\n`);
    }
    if (summary.failed) process.exitCode = 1;
  });
}
