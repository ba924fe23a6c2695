// `dossier extract FILE|-` prints one dossier/1 object per document; `--jsonl` reads and writes
// JSON lines (SPEC §4). Input handling is the loaders' (src/load): text, HTML, JSON, feeds.
import type { Command } from 'commander';
import { defaultStages, extract, MAX_TEXT_LENGTH, type DocumentInput } from '../extract.js';
import { MAX_INPUT_BYTES } from '../load/index.js';
import { parseSize } from './serve.js';
import { StageError } from '../pipeline.js';
import { loadPath, type Overrides } from '../load/index.js';
import { lines } from '../load/files.js';
import { jsonLine } from '../load/json.js';
import { prettyExtraction } from './pretty.js';

interface ExtractOptions {
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
    .option('--exit-zero', 'exit 0 even when a line failed (its error record says so): for scorers that stop at a non-zero status')
    .addHelpText('after', '\nExit status is 1 when any input or line failed (with --jsonl, its error record is on its line and the rest goes on).')
    .action(async (file: string, opts: ExtractOptions) => {
      const overrides: Overrides = { published: opts.published, id: opts.id, url: opts.url, outlet: opts.outlet, title: opts.title };
      const limits = sizeLimits(opts.maxSize);
      if (opts.jsonl) {
        await extractJsonl(file, overrides, limits.maxLength);
        if (opts.exitZero) process.exitCode = 0;
        return;
      }
      for await (const r of loadPath(file, { overrides, maxBytes: limits.maxBytes })) {
        if ('error' in r) fail(r.error);
        else {
          const out = tryExtract(r.name, r.input, limits.maxLength);
          if ('error' in out) fail(out.error);
          else await write(opts.pretty ? prettyExtraction(out.result) : JSON.stringify(out.result));
        }
      }
    });
}

export function errorRecord(e: unknown, id: unknown): { error: string; id: unknown; stage?: string } {
  const rec: { error: string; id: unknown; stage?: string } = { error: e instanceof Error ? e.message : String(e), id: id ?? null };
  if (e instanceof StageError) rec.stage = e.stage;
  return rec;
}

// SPEC §4: one output line per non-blank input line, in order; a bad line gets an error record on
// its line and the run goes on, exiting 1 at the end so a script sees that a line failed. Lines
// are read as they come, so a pipe never stalls.
async function extractJsonl(file: string, overrides: Overrides, maxLength: number): Promise<void> {
  const name = file === '-' ? 'stdin' : file;
  for await (const { n, line } of lines(file === '-' ? process.stdin : file)) {
    if (!line.trim()) continue;
    const lineName = `${name}#${n}`;
    const r = jsonLine(lineName, line);
    let out: string;
    if ('error' in r) {
      out = JSON.stringify({ error: r.error, id: r.id });
      process.stderr.write(`dossier: ${r.error}\n`);
      process.exitCode = 1;
    } else {
      const input = withOverrides(r.input, overrides);
      const x = tryExtract(lineName, input, maxLength);
      out = JSON.stringify('error' in x ? x.record : x.result);
      if ('error' in x) {
        process.stderr.write(`dossier: ${x.error}${input.id != null ? ` (id ${String(input.id)})` : ''}\n`);
        process.exitCode = 1;
      }
    }
    await write(out);
  }
}

type Tried = { result: ReturnType<typeof extract> } | { error: string; record: ReturnType<typeof errorRecord> };

function tryExtract(name: string, input: DocumentInput, maxLength: number): Tried {
  try {
    return { result: extract(input, defaultStages, { maxLength }) };
  } catch (e) {
    const record = errorRecord(e, input.id);
    record.error = `${name}: ${record.error}`;
    return { error: record.error, record };
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
