// Listening: refuses to bind beyond loopback without an access token, opens the store, serves
// until closed. `dossier serve` and `dossier demo` call startServer().
import type { FastifyInstance } from 'fastify';
import { openStore } from '../store/open.js';
import { PostgresStore } from '../store/postgres/store.js';
import type { Store } from '../store/store.js';
import { buildApp, type AppOptions } from './app.js';
import { bindingProblem } from './auth.js';

export interface ServeOptions extends Omit<AppOptions, 'store'> {
  /** Database file (created if missing) or postgres:// URL. */
  db: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  store: Store;
  url: string;
  close(): Promise<void>;
}

export class ServeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ServeError';
  }
}

export async function startServer(opts: ServeOptions): Promise<RunningServer> {
  const host = opts.host ?? '127.0.0.1';
  const problem = bindingProblem(host, opts.token);
  if (problem) throw new ServeError(problem);
  const port = opts.port ?? 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ServeError(`port: expected a whole number from 0 to 65535, found ${port}`);
  const store = openStore(opts.db);
  let app: FastifyInstance;
  try {
    // a PostgreSQL store connects on first use: connect now, so a wrong URL fails before listening
    if (store instanceof PostgresStore) await store.open();
    app = await buildApp({ ...opts, host, store });
    await app.listen({ host, port });
  } catch (e) {
    await store.close();
    const code = (e as { code?: string }).code;
    if (code === 'EADDRINUSE') throw new ServeError(`port ${port} on ${host} is in use; choose another with --port (or PORT)`);
    throw e;
  }
  const addr = app.server.address();
  const actual = typeof addr === 'object' && addr ? addr.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    app,
    store,
    url: `http://${shown}:${actual}/`,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
