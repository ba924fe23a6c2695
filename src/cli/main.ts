#!/usr/bin/env node
// The `dossier` command: argument parsing only; every command calls the library.
import { Command } from 'commander';
import { registerExtract } from './extract.js';
import { registerIngest } from './ingest.js';
import { registerEvents } from './events.js';
import { registerSearch } from './search.js';
import { registerExport } from './export.js';
import { registerServe } from './serve.js';
import { registerDemo } from './demo.js';
import { registerReview } from './review.js';

// "dossier events | head": the reader left; stop quietly, as other command-line tools do
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}
import { registerWorker } from './worker.js';

const program = new Command();
program
  .name('dossier')
  .description('Turn news reports into a sourced, time-aware ledger of claims')
  .version('0.1.0');

registerExtract(program);
registerIngest(program);
registerEvents(program);
registerSearch(program);
registerExport(program);
registerServe(program);
registerReview(program);
registerDemo(program);
registerWorker(program);

program.parseAsync(process.argv).catch((e: unknown) => {
  process.stderr.write(`dossier: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
