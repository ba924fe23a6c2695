// `dossier ingest PATH…` stores documents and regroups the ledger; `dossier reindex` re-extracts
// what is stored after the extractor changed. Each document is its own transaction: a killed run
// can simply be run again.
import type { Command } from 'commander';
import { loadPath, type LoadResult, type Overrides } from '../load/index.js';
import { ingestInputs, reindex, type IngestCounts, type IngestOutcome } from '../ledger/ingest.js';
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

function countsLine(c: IngestCounts): string {
  return `added ${c.added}, updated ${c.updated}, unchanged ${c.unchanged}, failed ${c.failed}`;
}

export function registerIngest(program: Command): void {
  workerOptions(dbOption(
    program
      .command('ingest')
      .description('store documents (files, folders, JSON lines, feeds, URLs, - for stdin) and group their claims into reported events')
      .argument('<paths...>', 'files, folders, http(s) URLs, or - for standard input')
      .option('--published <date>', 'publication date (ISO) for inputs that do not carry one')
      .option('--outlet <name>', 'outlet for inputs that do not name one')
      .option('--verbose', 'print one line per input (added / updated / unchanged / failed)')
      .option('--max-size <size>', 'largest file and longest text accepted, such as 50mb (default 20mb files, 2,000,000-character texts)')
      .option('--json', 'print the summary as JSON'),
  ))
    .addHelpText('after', '\nExit status is 1 when any input failed; the others are stored all the same.')
    .action(async (paths: string[], opts: IngestOptions) => {
      const overrides: Overrides = { published: opts.published, outlet: opts.outlet };
      const limits = sizeLimits(opts.maxSize);
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
