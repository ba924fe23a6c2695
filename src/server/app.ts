// The HTTP app (SPEC §3): the JSON API under /api and the page, on one fastify instance. Built
// here, listened to in main.ts; tests call buildApp() and app.inject().
import Fastify, { type FastifyInstance } from 'fastify';
import { extract as defaultExtract } from '../extract.js';
import type { Extractor } from '../ledger/ingest.js';
import type { Store } from '../store/store.js';
import { documentRoutes } from './api/documents.js';
import { ledgerRoutes } from './api/ledger.js';
import { searchRoutes } from './api/search.js';
import { reviewRoutes } from './api/review.js';
import { checkAccess, checkOrigin } from './auth.js';
import { openCatalog } from './catalog-open.js';
import type { ApiContext } from './context.js';
import { HttpError, toHttpError } from './errors.js';
import { openApiDocument } from './openapi.js';
import type { Registry } from './route.js';
import { readWebFiles, SECURITY_HEADERS, WEB_DIR } from './static.js';
import { Writer } from './writer.js';

/** Default largest body of a POST: a long HTML page is about 2 MB. */
export const DEFAULT_BODY_LIMIT = 5 * 1024 * 1024;
export const API_VERSION = '0.1.0';

export interface AppOptions {
  /** An open store: a SQLite file (the catalogue opens it again read-only) or PostgreSQL. The caller closes it. */
  store: Store;
  /** The address the server will listen on; loopback (the default) checks the Host header. */
  host?: string;
  /** Access token every request must carry; required by main.ts beyond loopback. */
  token?: string | null;
  /** Largest POST body in bytes. */
  bodyLimit?: number;
  /** The extractor (default: the real one; tests pass a hand-built one). */
  extract?: Extractor;
  logger?: boolean;
  webDir?: string;
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = opts.bodyLimit ?? DEFAULT_BODY_LIMIT;
  if (opts.store.location === ':memory:') throw new Error('dossier serve: expected a store in a file, found an in-memory one (the catalogue reads the file)');
  const web = readWebFiles(opts.webDir ?? WEB_DIR);
  const app = Fastify({ logger: opts.logger ?? false, bodyLimit });
  const catalog = openCatalog(opts.store);
  const routes: Registry = [];
  const extract = opts.extract ?? defaultExtract;
  const ctx: ApiContext = { store: opts.store, catalog, writer: new Writer(opts.store, extract), extract, routes, bodyLimit };
  app.addHook('onClose', async () => catalog.close());

  // every body arrives as bytes: the loaders sniff text, HTML and JSON and decode charsets themselves
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_req, body, done) => done(null, body));

  const rule = { token: opts.token ?? null, host: opts.host ?? '127.0.0.1' };
  app.addHook('onRequest', async (req, reply) => {
    if (checkAccess(rule, req, reply)) return reply;
    checkOrigin(req);
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
  app.setErrorHandler((err, req, reply) => {
    const e = toHttpError(err, bodyLimit);
    if (e.status >= 500) req.log.error(err);
    reply.code(e.status).send({ error: e.code, message: e.message });
  });
  app.setNotFoundHandler((req, reply) => {
    const e = new HttpError('not_found', `no route ${req.method} ${req.url.split('?')[0]}; the API is described at /api/openapi.json`);
    reply.code(e.status).send({ error: e.code, message: e.message });
  });

  documentRoutes(app, ctx);
  ledgerRoutes(app, ctx);
  searchRoutes(app, ctx);
  reviewRoutes(app, ctx);
  let openapi: unknown = null;
  app.get('/api/openapi.json', async () => (openapi ??= openApiDocument(routes, { version: API_VERSION, bodyLimit })));

  const page = (file: string) => {
    const f = web.get(file);
    if (!f) throw new HttpError('not_found', `no page file "${file}"`);
    return f;
  };
  app.get('/', async (_req, reply) => {
    const f = page('index.html');
    return reply.type(f.type).header('cache-control', 'no-cache').send(f.body);
  });
  app.get('/web/*', async (req, reply) => {
    const f = page((req.params as { '*': string })['*']);
    return reply.type(f.type).header('cache-control', 'no-cache').send(f.body);
  });
  return app;
}
