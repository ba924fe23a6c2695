// The store: identity of a text, and what only the SQLite file does (its schema version, journal,
// refusing a foreign database). What every store does is in store-contract.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { openStore, type Store } from '../src/ledger/index.js';
import { normaliseText, textHash } from '../src/store/normalise.js';
import { SCHEMA_VERSION } from '../src/store/migrations.js';

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
});
