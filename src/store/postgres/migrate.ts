// Opening a PostgreSQL store: create its schema and apply the migrations it lacks, under a lock
// for the whole database (workers starting together, and the unaccent extension, which is one per
// database), in one transaction: a failure leaves the schema as it was.
import type pg from 'pg';
import { StoreError } from '../errors.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from './migrations.js';
import type { PgLocation } from './connection.js';

const MIGRATE_LOCK = 0x646f7373; // "doss"

export async function migrate(pool: pg.Pool, loc: PgLocation, mustExist = false): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${loc.schema}`);
    const { rows } = await client.query<{ meta: boolean; tables: number }>(
      `SELECT to_regclass('${loc.schema}.meta') IS NOT NULL AS meta,
              (SELECT count(*) FROM pg_tables WHERE schemaname = $1)::int AS tables`,
      [loc.schema],
    );
    if (!rows[0].meta && mustExist) {
      throw new StoreError(`${loc.shown}: no store there yet; store documents first with "dossier ingest PATH --db ${loc.shown}"`);
    }
    if (!rows[0].meta && rows[0].tables > 0) {
      throw new StoreError(`${loc.shown}: schema "${loc.schema}" has tables but no dossier schema; choose another with ?schema=…`);
    }
    const current = rows[0].meta ? Number((await client.query(`SELECT value FROM meta WHERE key = 'schema_version'`)).rows[0]?.value ?? 0) : 0;
    if (current > PG_SCHEMA_VERSION) {
      throw new StoreError(`${loc.shown}: schema version ${current} was written by a newer dossier (this one knows ${PG_SCHEMA_VERSION}); upgrade dossier`);
    }
    if (current < PG_SCHEMA_VERSION) {
      const unaccent = await unaccentSchema(client, loc);
      for (const m of PG_MIGRATIONS) {
        if (m.version <= current) continue;
        await client.query(m.sql.replaceAll('{{unaccent}}', unaccent));
        if (m.version === 1) await client.query(`INSERT INTO meta (key, value) VALUES ('app', 'dossier')`);
        await client.query(
          `INSERT INTO meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
          [String(m.version)],
        );
      }
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** Where the unaccent extension lives, installing it (in public, else the store's schema) if missing. */
async function unaccentSchema(client: pg.PoolClient, loc: PgLocation): Promise<string> {
  const find = async () =>
    (
      await client.query<{ nspname: string }>(
        `SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'`,
      )
    ).rows[0]?.nspname;
  const found = await find();
  if (found) return `"${found}"`;
  for (const schema of ['public', loc.schema]) {
    await client.query('SAVEPOINT ext');
    try {
      await client.query(`CREATE EXTENSION unaccent SCHEMA ${schema}`);
      await client.query('RELEASE SAVEPOINT ext');
      return schema;
    } catch {
      await client.query('ROLLBACK TO SAVEPOINT ext');
    }
  }
  throw new StoreError(
    `${loc.shown}: full-text search needs PostgreSQL's unaccent extension, which this user may not install; ` +
      `ask an administrator to run CREATE EXTENSION unaccent in this database (Debian: it comes with postgresql-15)`,
  );
}
