// What only the PostgreSQL store does: its schema in a schema of its own, migrated once however
// many processes open it at the same moment, a foreign schema refused, clear errors for a bad URL
// or a server that does not answer. Runs when DOSSIER_PG_URL is set (test/store-backends.ts).
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../src/ledger/index.js';
import { PostgresStore } from '../src/store/postgres/store.js';
import { PG_MIGRATIONS, PG_SCHEMA_VERSION } from '../src/store/postgres/migrations.js';
import { ingestInputs, search } from '../src/ledger/index.js';
import * as F from './fixtures/ledger-reports.js';
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

  it('migrates a store made before the ledger’s columns (schema version 2) and keeps its documents', async () => {
    const first = openStore(fresh()) as PostgresStore; // makes sure the unaccent extension exists
    opened.push(first);
    await first.open();
    const [ext] = await sql<{ nspname: string }>(`SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'`);
    const location = fresh();
    const schema = new URL(location).searchParams.get('schema')!;
    const old = PG_MIGRATIONS.filter((m) => m.version <= 2).map((m) => m.sql.replaceAll('{{unaccent}}', `"${ext.nspname}"`));
    await sql(`CREATE SCHEMA ${schema}; SET search_path = ${schema}; ${old.join('\n')};
               INSERT INTO meta (key, value) VALUES ('app', 'dossier'), ('schema_version', '2')`);
    await sql(`INSERT INTO ${schema}.dirty_buckets (bucket, gen) VALUES ('older-bucket', 1)`);
    const s = openStore(location);
    opened.push(s);
    const reports = [F.octoberTroops, F.winterReinforcement];
    expect(await ingestInputs(s, reports.map(F.input), { extract: F.fixtureExtractor(reports) })).toMatchObject({ added: 2, failed: 0 });
    const [v] = await sql<{ value: string }>(`SELECT value FROM ${schema}.meta WHERE key = 'schema_version'`);
    expect(Number(v.value)).toBe(PG_SCHEMA_VERSION);
    const c = await s.addCorrection({ kind: 'delete-document', author: 'desk', reason: 'a duplicate', documents: [F.winterReinforcement.id], claims: [] });
    expect((await s.corrections({ document: F.winterReinforcement.id })).map((x) => x.id)).toEqual([c.id]);
    expect((await search(s, 'troops')).documents.total).toBeGreaterThan(0);
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
