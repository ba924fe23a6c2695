// `dossier extract FILE|-` prints one dossier/1 object per document; `--jsonl` reads and writes
// JSON lines (SPEC §4). Input handling is the loaders' (src/load): text, HTML, JSON, feeds.
// Documents are extracted on worker threads, in parallel, and printed in input order; one that
// takes longer than the time limit is stopped and becomes an error naming its stage.
import type { Command } from 'commander';
import type { DocumentInput } from '../extract.js';
import { MAX_TEXT_LENGTH } from '../limits.js';
import type { Extraction } from '../format.js';
import { loadPath, MAX_INPUT_BYTES, type Overrides } from '../load/index.js';
import { lines } from '../load/files.js';
import { jsonLine } from '../load/json.js';
import { ExtractPool, type PoolResult } from '../workers/pool.js';
import { orderedMap } from '../workers/ordered.js';
import { prettyExtraction } from './pretty.js';
import { parseSize } from './size.js';
import { poolOptions, workerOptions, type WorkerFlags } from './workers-option.js';

interface ExtractOptions extends WorkerFlags {
  jsonl?: boolean;
  pretty?: boolean;
  published?: string;
  id?: string;
  url?: string;
  outlet?: string;
  title?: string;
  maxSize?: string;
  exitZero?: boolean;
}

/** --max-size: the largest input read and the longest text extracted (never below the defaults). */
export function sizeLimits(v: string | undefined): { maxBytes: number; maxLength: number } {
  if (!v) return { maxBytes: MAX_INPUT_BYTES, maxLength: MAX_TEXT_LENGTH };
  const n = parseSize(v, '--max-size');
  return { maxBytes: n, maxLength: Math.max(MAX_TEXT_LENGTH, n) };
}

export function registerExtract(program: Command): void {
  workerOptions(
    program
      .command('extract')
      .description('extract claims, actors, quantities and times from a document (text, HTML, JSON, feed) or JSON lines with --jsonl')
      .argument('[file]', 'a text, HTML, JSON or feed file, a folder, or - for standard input', '-')
      .option('--jsonl', 'read one JSON object per line ({text, id, published, …}) and write one extraction per line')
      .option('--published <date>', 'publication date (ISO) against which relative times resolve; replaces the file\'s')
      .option('--id <id>', 'document id (replaces the file\'s)')
      .option('--url <url>', 'document URL (replaces the file\'s)')
      .option('--outlet <name>', 'outlet that published it (replaces the file\'s)')
      .option('--title <title>', 'document title (replaces the file\'s)')
      .option('--pretty', 'print a readable view: the claims as a table (numbers, source chain, certainty, time), then actors and times')
      .option('--max-size <size>', 'largest file and longest text accepted, such as 50mb (default 20mb files, 2,000,000-character texts)')
      .option('--exit-zero', 'exit 0 even when a line failed (its error record says so): for scorers that stop at a non-zero status'),
  )
    .addHelpText('after', '\nExit status is 1 when any input or line failed (with --jsonl, its error record is on its line and the rest goes on).')
    .action(async (file: string, opts: ExtractOptions) => {
      const overrides: Overrides = { published: opts.published, id: opts.id, url: opts.url, outlet: opts.outlet, title: opts.title };
      const limits = sizeLimits(opts.maxSize);
      // the workers load the lexicons and the model while this thread reads the input
      const pool = new ExtractPool({ ...poolOptions(opts), json: true, maxLength: limits.maxLength });
      try {
        if (opts.jsonl) {
          await extractJsonl(pool, file, overrides);
          if (opts.exitZero) process.exitCode = 0;
        } else await extractFiles(pool, file, overrides, limits.maxBytes, opts.pretty ?? false);
      } finally {
        await pool.close();
      }
    });
}

export interface ErrorRecord {
  error: string;
  id: unknown;
  stage?: string;
}

/** The error record of a document whose extraction failed: its message, its id, the stage if one ran. */
export function errorRecord(name: string, r: Extract<PoolResult, { ok: false }>, id: unknown): ErrorRecord {
  const rec: ErrorRecord = { error: `${name}: ${r.error}`, id: id ?? null };
  if (r.stage) rec.stage = r.stage;
  return rec;
}

async function extractFiles(pool: ExtractPool, file: string, overrides: Overrides, maxBytes: number, pretty: boolean): Promise<void> {
  const run = async (r: { name: string; input: DocumentInput } | { name: string; error: string }): Promise<{ text: string } | { error: string }> => {
    if ('error' in r) return { error: r.error };
    const x = await pool.run(r.input);
    return x.ok ? { text: x.result as string } : { error: errorRecord(r.name, x, r.input.id).error };
  };
  for await (const out of orderedMap(loadPath(file, { overrides, maxBytes }), run, pool.threads * 2)) {
    if ('error' in out) fail(out.error);
    else await write(pretty ? prettyExtraction(JSON.parse(out.text) as Extraction) : out.text);
  }
}

// SPEC §4: one output line per non-blank input line, in order; a bad line gets an error record on
// its line and the run goes on, exiting 1 at the end so a script sees that a line failed. Lines
// are read as they come, so a pipe never stalls.
async function extractJsonl(pool: ExtractPool, file: string, overrides: Overrides): Promise<void> {
  const name = file === '-' ? 'stdin' : file;
  const run = async ({ n, line }: { n: number; line: string }): Promise<{ out: string; problem?: string } | null> => {
    if (!line.trim()) return null;
    const lineName = `${name}#${n}`;
    const r = jsonLine(lineName, line);
    if ('error' in r) return { out: JSON.stringify({ error: r.error, id: r.id }), problem: r.error };
    const input = withOverrides(r.input, overrides);
    const x = await pool.run(input);
    if (x.ok) return { out: x.result as string };
    const record = errorRecord(lineName, x, input.id);
    return { out: JSON.stringify(record), problem: `${record.error}${input.id != null ? ` (id ${String(input.id)})` : ''}` };
  };
  for await (const r of orderedMap(lines(file === '-' ? process.stdin : file), run, pool.threads * 2)) {
    if (!r) continue;
    if (r.problem) {
      process.stderr.write(`dossier: ${r.problem}\n`);
      process.exitCode = 1;
    }
    await write(r.out);
  }
}

function withOverrides(input: DocumentInput, overrides: Overrides): DocumentInput {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...input, ...defined };
}

function fail(message: string): void {
  process.stderr.write(`dossier: ${message}\n`);
  process.exitCode = 1;
}

async function write(line: string): Promise<void> {
  if (!process.stdout.write(line + '\n')) await new Promise((r) => process.stdout.once('drain', r));
}
