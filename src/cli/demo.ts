// `dossier demo` (npm start): stores the bundled examples (examples/*.jsonl) and serves the page,
// so a fresh clone shows something at once. From src/cli/demo.ts and dist/cli/demo.js alike the
// package root is two levels up.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { loadPath } from '../load/index.js';
import { listEvents } from '../ledger/query.js';
import { eventsTable } from './events.js';
import { ingestInputs, type LoadResult } from '../ledger/ingest.js';
import { openStore, resolveDbPath } from '../store/open.js';
import { progress } from './progress.js';
import { serveFromOptions, serveOptions, type ServeCliOptions } from './serve.js';

export const EXAMPLES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');

export function exampleFiles(dir: string = EXAMPLES_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(dir, f));
}

async function* examples(files: string[]): AsyncGenerator<LoadResult> {
  for (const f of files) yield* loadPath(f);
}

export function registerDemo(program: Command): void {
  serveOptions(program.command('demo').description('store the bundled examples (examples/*.jsonl) and serve the page on them'))
    .action(async (opts: ServeCliOptions) => {
      const db = resolveDbPath(opts.db);
      const files = exampleFiles();
      const store = openStore(db);
      const p = progress();
      let ledger = '';
      const s = await ingestInputs(store, examples(files), {
        onOutcome: (_o, c) => p.update(`ingest ${c.added + c.updated + c.unchanged + c.failed} example documents`),
        onRegroup: (d, t) => p.bar('regroup', d, t),
      })
        .then(async (summary) => {
          // the ledger of what was stored, as `dossier events` prints it
          const page = await listEvents(store, { limit: 30 });
          if (page.items.length) ledger = `${eventsTable(page.items)}\n${page.items.length} of ${page.total} events; "dossier events" lists them all\n\n`;
          return summary;
        })
        .finally(() => store.close());
      p.done();
      process.stdout.write(
        `dossier: ${files.length} example files into ${db}: added ${s.added}, updated ${s.updated}, unchanged ${s.unchanged}, failed ${s.failed}\n\n${ledger}`,
      );
      for (const f of s.failures) process.stdout.write(`  failed: ${f.error}\n`);
      await serveFromOptions({ ...opts, db });
    });
}
