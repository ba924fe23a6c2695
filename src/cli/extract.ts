// `dossier extract FILE|-` prints one dossier/1 object; `--jsonl` reads and writes JSON lines (SPEC §4).
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { extract, type DocumentInput } from '../extract.js';
import { StageError } from '../pipeline.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract claims, actors, quantities and times from one document (or JSON lines with --jsonl)')
    .argument('[file]', 'a text, HTML or JSON file, or - for standard input', '-')
    .option('--jsonl', 'read one JSON object per line ({text, id, published, …}) and write one extraction per line')
    .option('--published <date>', 'publication date (ISO) against which relative times resolve')
    .option('--id <id>', 'document id')
    .option('--pretty', 'print a readable view instead of JSON')
    .action(async (file: string, opts: { jsonl?: boolean; published?: string; id?: string; pretty?: boolean }) => {
      if (opts.jsonl) return extractJsonl(file);
      const text = readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
      const input: DocumentInput = { text, id: opts.id ?? (file === '-' ? 'stdin' : file), published: opts.published };
      const out = extract(input);
      process.stdout.write(JSON.stringify(out, null, opts.pretty ? 2 : 0) + '\n');
    });
}

export function errorRecord(e: unknown, id: unknown): { error: string; id: unknown; stage?: string } {
  const rec: { error: string; id: unknown; stage?: string } = { error: e instanceof Error ? e.message : String(e), id: id ?? null };
  if (e instanceof StageError) rec.stage = e.stage;
  return rec;
}

async function extractJsonl(file: string): Promise<void> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let id: unknown = null;
    let out: string;
    try {
      const obj = JSON.parse(line) as DocumentInput;
      id = obj?.id ?? null;
      out = JSON.stringify(extract(obj));
    } catch (e) {
      const rec = errorRecord(e, id);
      if (e instanceof SyntaxError) rec.error = `line ${n}: not JSON: ${e.message}`;
      out = JSON.stringify(rec);
      process.stderr.write(`dossier: line ${n}${id != null ? ` (id ${String(id)})` : ''}: ${rec.error.replace(/^line \d+: /, '')}\n`);
    }
    if (!process.stdout.write(out + '\n')) await new Promise((r) => process.stdout.once('drain', r));
  }
}
