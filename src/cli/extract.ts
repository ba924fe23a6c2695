// `dossier extract FILE|-` prints one dossier/1 object per document; `--jsonl` reads and writes
// JSON lines (SPEC §4). Input handling is the loaders' (src/load): text, HTML, JSON, feeds.
import type { Command } from 'commander';
import { extract, type DocumentInput } from '../extract.js';
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
    .action(async (file: string, opts: ExtractOptions) => {
      const overrides: Overrides = { published: opts.published, id: opts.id, url: opts.url, outlet: opts.outlet, title: opts.title };
      if (opts.jsonl) return extractJsonl(file, overrides);
      for await (const r of loadPath(file, { overrides })) {
        if ('error' in r) fail(r.error);
        else {
          const out = tryExtract(r.name, r.input);
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
// its line, the run goes on and exits 0. Lines are read as they come, so a pipe never stalls.
async function extractJsonl(file: string, overrides: Overrides): Promise<void> {
  const name = file === '-' ? 'stdin' : file;
  for await (const { n, line } of lines(file === '-' ? process.stdin : file)) {
    if (!line.trim()) continue;
    const lineName = `${name}#${n}`;
    const r = jsonLine(lineName, line);
    let out: string;
    if ('error' in r) {
      out = JSON.stringify({ error: r.error, id: r.id });
      process.stderr.write(`dossier: ${r.error}\n`);
    } else {
      const input = withOverrides(r.input, overrides);
      const x = tryExtract(lineName, input);
      out = JSON.stringify('error' in x ? x.record : x.result);
      if ('error' in x) process.stderr.write(`dossier: ${x.error}${input.id != null ? ` (id ${String(input.id)})` : ''}\n`);
    }
    await write(out);
  }
}

type Tried = { result: ReturnType<typeof extract> } | { error: string; record: ReturnType<typeof errorRecord> };

function tryExtract(name: string, input: DocumentInput): Tried {
  try {
    return { result: extract(input) };
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
