// The stores the contract suite runs on: SQLite always; PostgreSQL when DOSSIER_PG_URL names a
// server (.ci/run starts a scratch one). Each PostgreSQL store gets a schema of its own, dropped
// with its queue schema afterwards. DOSSIER_PG_REQUIRED=1 (set by .ci/run) makes a missing or
// unreachable server a failure instead of a skip.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { openStore, type Store } from '../src/ledger/index.js';

export const PG_URL = process.env.DOSSIER_PG_URL || null;
export const PG_REQUIRED = process.env.DOSSIER_PG_REQUIRED === '1';

export interface Backend {
  name: 'sqlite' | 'postgres';
  available: boolean;
  /** A fresh, empty store location (a file in dir, or a new schema). */
  location(dir: string): string;
  /** Drops what location() made (PostgreSQL schemas; SQLite files go with their directory). */
  drop(location: string): Promise<void>;
}

export function pgLocation(schema: string): string {
  const u = new URL(PG_URL!);
  u.searchParams.set('schema', schema);
  return u.toString();
}

export function freshSchema(prefix = 't'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

export async function dropPgSchemas(location: string): Promise<void> {
  const u = new URL(location);
  const schema = u.searchParams.get('schema')!;
  u.searchParams.delete('schema');
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await c.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  } finally {
    await c.end();
  }
}

export const BACKENDS: Backend[] = [
  { name: 'sqlite', available: true, location: (dir) => path.join(dir, 'store.db'), drop: async () => undefined },
  { name: 'postgres', available: !!PG_URL, location: () => pgLocation(freshSchema()), drop: dropPgSchemas },
];

export function openAt(location: string): Store {
  return openStore(location);
}
