// Where a PostgreSQL store lives: a postgres:// URL naming the database, and the schema its tables
// go in (?schema=…, default "dossier"), so one database can hold several stores and the job queue
// (schema "<schema>_queue") beside other applications' tables.
import { createRequire } from 'node:module';
import type pg from 'pg';
import { StoreError } from '../errors.js';

let lib: typeof pg | null = null;
/** The pg driver, loaded when a PostgreSQL store is first used (it takes ~60 ms to load, which
 *  every command on a SQLite file would otherwise pay at start-up; src/cli/main.ts). */
export function pgLib(): typeof pg {
  lib ??= createRequire(import.meta.url)('pg') as typeof pg;
  return lib;
}

export const DEFAULT_SCHEMA = 'dossier';

export interface PgLocation {
  /** The connection string without the schema parameter, as pg reads it. */
  connectionString: string;
  schema: string;
  /** The URL without its password, with its schema, for messages. */
  shown: string;
}

export function isPostgresUrl(s: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(s);
}

export function parsePgUrl(url: string): PgLocation {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new StoreError(`--db ${url}: expected a URL such as postgres://user@host:5432/dbname`);
  }
  const schema = u.searchParams.get('schema') ?? DEFAULT_SCHEMA;
  if (!/^[a-z_][a-z0-9_]{0,40}$/.test(schema)) {
    throw new StoreError(`--db: schema "${schema}": expected lower-case letters, digits and _ (at most 41), starting with a letter or _`);
  }
  u.searchParams.delete('schema');
  const connectionString = u.toString();
  if (u.password) u.password = '***';
  u.searchParams.set('schema', schema);
  return { connectionString, schema, shown: u.toString() };
}

// bigint columns (row ids, counts, generations) stay below 2^53: read them as numbers
const BIGINT = 20;
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === BIGINT ? (v: string) => Number(v) : pgLib().types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

export function makePool(loc: PgLocation, max = 4): pg.Pool {
  const pool = new (pgLib().Pool)({
    connectionString: loc.connectionString,
    max,
    types,
    // every connection sees this store's tables, and only them, without naming the schema
    options: `-c search_path=${loc.schema}`,
    application_name: 'dossier',
  });
  // an idle connection the server dropped must not crash the process; the next query reconnects
  pool.on('error', () => undefined);
  return pool;
}

/** PostgreSQL error codes the store reacts to. */
export const PG = {
  deadlock: '40P01',
  serialization: '40001',
  uniqueViolation: '23505',
  undefinedTable: '42P01',
} as const;

export function pgCode(e: unknown): string | undefined {
  return (e as { code?: string } | null)?.code;
}

/** A failure worth running the whole transaction again for. */
export function isRetryable(e: unknown): boolean {
  const c = pgCode(e);
  return c === PG.deadlock || c === PG.serialization;
}
