// What only the PostgreSQL store does: its schema in a schema of its own, migrated once however
// many processes open it at the same moment, a foreign schema refused, clear errors for a bad URL
// or a server that does not answer. Runs when DOSSIER_PG_URL is set (test/store-backends.ts).
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/ledger/index.js';
import { PostgresStore } from '../src/store/postgres/store.js';
import { PG_SCHEMA_VERSION } from '../src/store/postgres/migrations.js';
import { dropPgSchemas, freshSchema, PG_URL, pgLocation } from './store-backends.js';

const made: string[] = [];
const opened: Store[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  for (const l of made.splice(0)) await dropPgSchemas(l);
});

function fresh(): string {
  const l = pgLocation(freshSchema());
  made.push(l);
  return l;
}

async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const c = new pg.Client({ connectionString: PG_URL! });
  await c.connect();
  try {
    return (await c.query<R>(text, values)).rows;
  } finally {
    await c.end();
  }
}

describe.runIf(PG_URL)('the PostgreSQL store', () => {
  it('migrates its own schema once when several processes open it at the same moment', async () => {
    const location = fresh();
    const stores = Array.from({ length: 4 }, () => openStore(location) as PostgresStore);
    opened.push(...stores);
    await Promise.all(stores.map((s) => s.open()));
    const schema = new URL(location).searchParams.get('schema')!;
    const [v] = await sql<{ value: string }>(`SELECT value FROM ${schema}.meta WHERE key = 'schema_version'`);
    expect(Number(v.value)).toBe(PG_SCHEMA_VERSION);
    expect(stores[0].location).toBe(location);
    expect(stores[0].where.connectionString).not.toMatch(/schema=/);
    expect((await stores[3].stats()).documents).toBe(0);
  });

  it('refuses a schema that holds another application’s tables', async () => {
    const location = fresh();
    const schema = new URL(location).searchParams.get('schema')!;
    await sql(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.notes (body text)`);
    const s = openStore(location);
    opened.push(s);
    await expect(s.stats()).rejects.toThrow(/has tables but no dossier schema/);
  });

  it('lets a command that only reads refuse to create a store', async () => {
    const location = fresh();
    const s = openStore(location, { mustExist: true });
    opened.push(s);
    await expect(s.listEvents({}, {})).rejects.toThrow(/no store there yet; store documents first with "dossier ingest PATH --db postgres:/);
    const schema = new URL(location).searchParams.get('schema')!;
    expect(await sql(`SELECT 1 FROM pg_namespace WHERE nspname = $1`, [schema])).toEqual([]);
  });

  it('says what is wrong with a bad schema name or a server that does not answer', async () => {
    expect(() => openStore('postgres://localhost/x?schema=Robert;DROP')).toThrow(/schema "Robert;DROP": expected lower-case letters/);
    const s = openStore('postgres://nobody:secret@127.0.0.1:1/none') as PostgresStore;
    opened.push(s);
    await expect(s.open()).rejects.toThrow(/cannot open the store at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none\?schema=dossier: /);
  });
});
