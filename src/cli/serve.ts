// `dossier serve`: the HTTP API and the page on one port (SPEC §3). Loopback by default; any
// other address only with an access token.
import type { Command } from 'commander';
import { resolveDbPath } from '../store/open.js';
import { DEFAULT_BODY_LIMIT } from '../server/app.js';
import { ServeError, startServer, type RunningServer } from '../server/main.js';
import { parseSize } from './size.js';

export interface ServeCliOptions {
  db?: string;
  host: string;
  port?: string;
  token?: string;
  maxBody?: string;
}

export { parseSize } from './size.js';

export function parsePort(v: string | undefined, env: NodeJS.ProcessEnv = process.env): number {
  const raw = v ?? env.PORT ?? '8080';
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n > 65535) throw new ServeError(`--port: expected a whole number from 0 to 65535, found "${raw}"`);
  return n;
}

export function serveOptions(cmd: Command): Command {
  return cmd
    .option('--db <path|url>', 'the store: a SQLite file or a postgres:// URL (default $DOSSIER_DB, else ./dossier.db)')
    .option('--host <address>', 'address to listen on; beyond loopback an access token is required', '127.0.0.1')
    .option('--port <n>', 'port (default $PORT, else 8080; 0 picks a free one)')
    .option('--token <token>', 'access token every request must carry (default $DOSSIER_TOKEN)')
    .option('--max-body <size>', `largest document a POST may send (default ${DEFAULT_BODY_LIMIT / 1024 / 1024}mb)`);
}

/** Starts the server, prints its address, and closes it on Ctrl-C or SIGTERM. */
export async function serveFromOptions(opts: ServeCliOptions): Promise<RunningServer> {
  const token = opts.token ?? process.env.DOSSIER_TOKEN ?? null;
  const server = await startServer({
    db: resolveDbPath(opts.db),
    host: opts.host,
    port: parsePort(opts.port),
    token: token || null,
    bodyLimit: opts.maxBody ? parseSize(opts.maxBody) : undefined,
  });
  process.stdout.write(`dossier: serving ${server.store.location} on ${server.url}${token ? ' (access token required)' : ''}; Ctrl-C stops\n`);
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}

export function registerServe(program: Command): void {
  serveOptions(program.command('serve').description('serve the HTTP API and the web page (reports, ledger, provenance, estimate charts)'))
    .action(async (opts: ServeCliOptions) => {
      await serveFromOptions(opts);
    });
}
