#!/usr/bin/env node
// The `dossier` command: argument parsing only; every command calls the library. Only the module
// of the command asked for is loaded (the others load the server, the store or the loaders, and
// take longer to load than a short report takes to extract); help and unknown commands load all.
import { Command } from 'commander';

// "dossier events | head": the reader left; stop quietly, as other command-line tools do
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

type Register = (program: Command) => void;

const modules: Record<string, () => Promise<Register>> = {
  extract: async () => (await import('./extract.js')).registerExtract,
  ingest: async () => (await import('./ingest.js')).registerIngest,
  events: async () => (await import('./events.js')).registerEvents,
  search: async () => (await import('./search.js')).registerSearch,
  export: async () => (await import('./export.js')).registerExport,
  serve: async () => (await import('./serve.js')).registerServe,
  review: async () => (await import('./review.js')).registerReview,
  demo: async () => (await import('./demo.js')).registerDemo,
  worker: async () => (await import('./worker.js')).registerWorker,
};

/** The module that registers a command name; names not listed here load every module. */
const commands: Record<string, keyof typeof modules> = {
  extract: 'extract',
  ingest: 'ingest',
  reindex: 'ingest',
  events: 'events',
  event: 'events',
  estimates: 'events',
  search: 'search',
  export: 'export',
  serve: 'serve',
  review: 'review',
  demo: 'demo',
  worker: 'worker',
};

async function main(): Promise<void> {
  const program = new Command();
  program
    .name('dossier')
    .description('Turn news reports into a sourced, time-aware ledger of claims')
    .version('0.1.0');
  const asked = commands[process.argv[2] ?? ''];
  for (const name of asked ? [asked] : Object.keys(modules)) (await modules[name]())(program);
  await program.parseAsync(process.argv);
}

main().catch((e: unknown) => {
  process.stderr.write(`dossier: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
