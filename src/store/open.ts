// Which store a command uses: --db PATH or URL, else $DOSSIER_DB, else ./dossier.db. A
// postgres:// URL opens the PostgreSQL store (postgres/); anything else is a SQLite file.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { StoreError } from './errors.js';
import { isPostgresUrl } from './postgres/connection.js';
import { PostgresStore, type PostgresOptions } from './postgres/store.js';
import { SqliteStore, type SqliteOptions } from './sqlite.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'dossier.db';

export function resolveDbPath(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  return explicit || env.DOSSIER_DB || DEFAULT_DB;
}

export type OpenOptions = SqliteOptions & PostgresOptions;

/**
 * Opens the store at `location`: a SQLite file (created and migrated if needed) or a postgres://
 * URL (connected and migrated on first use; await `open()` on it to fail early).
 */
export function openStore(location: string = resolveDbPath(), opts: OpenOptions = {}): Store {
  if (isPostgresUrl(location)) return new PostgresStore(location, opts);
  if (location !== ':memory:') {
    const dir = path.dirname(path.resolve(location));
    if (!existsSync(dir)) throw new StoreError(`--db ${location}: the directory ${dir} does not exist; create it first`);
    if (existsSync(location) && statSync(location).isDirectory()) throw new StoreError(`--db ${location}: expected a database file, found a directory`);
    if (opts.readonly && !existsSync(location)) throw new StoreError(`--db ${location}: no store there yet; run "dossier ingest" first`);
  }
  return new SqliteStore(location, opts);
}

export { StoreError, isPostgresUrl };
