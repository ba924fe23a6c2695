// The store: identity of a text, and what only the SQLite file does (its schema version, journal,
// refusing a foreign database). What every store does is in store-contract.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../src/ledger/index.js';
import { normaliseText, textHash } from '../src/store/normalise.js';
import { MIGRATIONS, SCHEMA_VERSION } from '../src/store/migrations.js';
import { ingestInputs } from '../src/ledger/index.js';
import * as F from './fixtures/ledger-reports.js';

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-store-'));
});
afterEach(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const open = () => (store = openStore(path.join(dir, 'test.db')));

describe('text identity', () => {
  it.each([
    ['Unicode NFC', 'Seoul\u0301 said', 'Seoul\u0301 said'.normalize('NFC')],
    ['collapsed whitespace', 'North  Korea\nsent\ttroops ', 'North Korea sent troops'],
    ['a byte-order mark', '\uFEFFNorth Korea', 'North Korea'],
  ])('hashes the same text the same way across %s', (_why, a, b) => {
    expect(textHash(a)).toBe(textHash(b));
  });

  it('hashes different words differently', () => {
    expect(textHash('sent 6,000 troops')).not.toBe(textHash('sent 6,500 troops'));
    expect(normaliseText('  a \n b ')).toBe('a b');
  });
});

describe('the SQLite file', () => {
  it('migrates a new file to the current schema and refuses a foreign database', async () => {
    open();
    await store.close();
    const db = new Database(path.join(dir, 'test.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
    const foreign = path.join(dir, 'other.db');
    const o = new Database(foreign);
    o.exec('CREATE TABLE notes (body TEXT)');
    o.close();
    expect(() => openStore(foreign)).toThrow(/not a dossier store/);
    expect(() => openStore(path.join(dir, 'missing', 'x.db'))).toThrow(/does not exist; create it first/);
    writeFileSync(path.join(dir, 'junk.db'), 'not sqlite at all, just some words in a file');
    expect(() => openStore(path.join(dir, 'junk.db'))).toThrow(/junk\.db/);
  });

  // Two branches each numbered a migration 2: main's ledger (corrections, content identity) and
  // the scale-out branch's covering indexes (now 3). A store made by either opens and migrates.
  const older = {
    'main before the scale-out (the ledger as 2)': [MIGRATIONS[0].sql, MIGRATIONS[1].sql],
    'the scale-out branch before the ledger (covering indexes as 2)': [
      MIGRATIONS[0].sql,
      'CREATE INDEX events_dates ON events (first_reported, last_reported); CREATE INDEX events_actors ON events (agent_key, recipient_key, event, first_reported);',
    ],
  };
  it.each(Object.entries(older))('opens a store of %s and migrates it to the current schema', async (_which, sqls) => {
    const file = path.join(dir, 'old.db');
    const old = new Database(file);
    for (const sql of sqls) old.exec(sql);
    old.prepare(`INSERT INTO meta (key, value) VALUES ('app', 'dossier'), ('dirty_gen', '0')`).run();
    old.pragma('user_version = 2');
    old.close();
    store = openStore(file);
    const reports = [F.octoberTroops, F.winterReinforcement];
    expect(await ingestInputs(store, reports.map(F.input), { extract: F.fixtureExtractor(reports) })).toMatchObject({ added: 2, failed: 0 });
    const c = await store.addCorrection({ kind: 'delete-document', author: 'desk', reason: 'a duplicate', documents: [F.octoberTroops.id], claims: [] });
    expect((await store.corrections({ document: F.octoberTroops.id })).map((x) => x.id)).toEqual([c.id]);
    expect(await store.findSameContent('no such hash')).toEqual([]);
    await store.close();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const names = db.prepare(`SELECT name FROM sqlite_master WHERE type IN ('table', 'index')`).pluck().all();
    expect(names).toEqual(expect.arrayContaining(['corrections', 'correction_documents', 'documents_content', 'events_dates', 'events_actors']));
    db.close();
  });
});
