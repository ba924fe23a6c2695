// Which store a command uses: --db PATH, else $DOSSIER_DB, else ./dossier.db.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { SqliteStore, StoreError, type SqliteOptions } from './sqlite.js';
import type { Store } from './store.js';

export const DEFAULT_DB = 'dossier.db';

export function resolveDbPath(explicit?: string | null, env: NodeJS.ProcessEnv = process.env): string {
  return explicit || env.DOSSIER_DB || DEFAULT_DB;
}

/** Opens (creating and migrating if needed) the SQLite store at `file`. */
export function openStore(file: string = resolveDbPath(), opts: SqliteOptions = {}): Store {
  if (file !== ':memory:') {
    const dir = path.dirname(path.resolve(file));
    if (!existsSync(dir)) throw new StoreError(`--db ${file}: the directory ${dir} does not exist; create it first`);
    if (existsSync(file) && statSync(file).isDirectory()) throw new StoreError(`--db ${file}: expected a database file, found a directory`);
    if (opts.readonly && !existsSync(file)) throw new StoreError(`--db ${file}: no store there yet; run "dossier ingest" first`);
  }
  return new SqliteStore(file, opts);
}

export { StoreError };
