// The store: identity and versions of documents, round trips, full-text search, failures.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { getEvent, ingestInputs, listEvents, openStore, resolveActor, search, type Store } from '../src/ledger/index.js';
import { normaliseText, textHash } from '../src/store/normalise.js';
import { SCHEMA_VERSION } from '../src/store/migrations.js';
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

const all = [F.shoiguParts, F.wireThousands, F.spyAgencyTotal, F.arrival, F.octoberTroops];
const extract = F.fixtureExtractor(all);
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

describe('ingest', () => {
  it('stores each text once: a second run reports every document unchanged', async () => {
    open();
    const first = await ingestInputs(store, all.map(F.input), { extract });
    expect(first).toMatchObject({ added: 5, unchanged: 0, failed: 0 });
    const again = await ingestInputs(store, all.map((r) => ({ ...F.input(r), text: r.text.replace(/ /g, '  ') })), { extract });
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5, failed: 0 });
    expect((await store.stats()).versions).toBe(5);
  });

  it('treats the same file under another name as unchanged, but keeps wire copy from another outlet', async () => {
    open();
    await ingestInputs(store, [F.input(F.octoberTroops)], { extract });
    const copied = { ...F.input(F.octoberTroops), id: 'copies/capital-post.txt' };
    const otherOutlet = { ...copied, id: 'river-gazette-2024-10-29', outlet: 'River Gazette' };
    const r = await ingestInputs(store, [copied, otherOutlet], { extract: (i) => F.extraction({ ...F.octoberTroops, id: String(i.id), outlet: i.outlet ?? null }) });
    expect(r).toMatchObject({ unchanged: 1, added: 1 });
  });

  it('stores a changed text under the same id as a new version, and the ledger uses it', async () => {
    open();
    await ingestInputs(store, [F.input(F.octoberTroops)], { extract });
    const corrected = F.octoberTroops.text.replace('about 10,000', 'about 12,000');
    const fix = { ...F.octoberTroops, text: corrected, claims: [{ ...F.octoberTroops.claims[0], evidence: 'North Korea sent about 12,000 troops to Russia in October', quantity: { text: 'about 12,000 troops', min: 12000, max: 12000, approximate: true, unit: 'troops' } }] };
    const r = await ingestInputs(store, [{ ...F.input(F.octoberTroops), text: corrected }], { extract: F.fixtureExtractor([fix]) });
    expect(r).toMatchObject({ updated: 1 });
    expect((await store.stats())).toMatchObject({ documents: 1, versions: 2, claims: 1 });
    const [e] = (await listEvents(store, {})).items;
    expect(e).toMatchObject({ min: 12000, max: 12000 });
    expect(e.reports[0].version).toBe(2);
    expect((await store.getExtraction(F.octoberTroops.id, 1))!.document.text).toBe(F.octoberTroops.text);
    expect((await search(store, 'Pentagon')).documents.total).toBe(1);
  });

  it('reports a bad document in the middle of a batch and stores the rest', async () => {
    open();
    const inputs = [
      F.input(F.shoiguParts),
      { name: 'reports/scan.pdf', error: 'reports/scan.pdf: not a text file (PDF)' },
      { id: 'empty', text: '   ' },
      { ...F.input(F.wireThousands), published: 'yesterday' },
      F.input(F.arrival),
    ];
    const r = await ingestInputs(store, inputs, { extract });
    expect(r).toMatchObject({ added: 2, failed: 3 });
    expect(r.failures.map((f) => f.name)).toEqual(['reports/scan.pdf', 'empty', 'harbour-daily-2025-06-18']);
    expect(r.failures[2].error).toMatch(/published: expected an ISO date/);
    expect((await listEvents(store, {})).items[0].reports).toHaveLength(3);
  });

  it('survives an extractor that throws, without a half-stored document', async () => {
    open();
    const r = await ingestInputs(store, all.map(F.input), {
      extract: (i) => {
        if (i.id === F.spyAgencyTotal.id) throw new Error('stage "claims" failed: boom');
        return extract(i);
      },
    });
    expect(r).toMatchObject({ added: 4, failed: 1 });
    expect(await store.integrityCheck()).toEqual(['ok']);
    expect(await store.getExtraction(F.spyAgencyTotal.id)).toBeNull();
  });

  it('rolls back a document the store rejects half-way, and keeps the rest of its batch', async () => {
    open();
    const r = await ingestInputs(store, all.map(F.input), {
      extract: (i) => {
        const x = extract(i);
        // an entity without a name fails after the document row is written
        if (i.id === F.wireThousands.id) x.entities = [{ id: 'country:KP', name: null as unknown as string, type: 'country', mentions: [] }];
        return x;
      },
    });
    expect(r).toMatchObject({ added: 4, failed: 1 });
    expect(r.failures[0].name).toBe(F.wireThousands.id);
    expect(await store.getExtraction(F.wireThousands.id)).toBeNull();
    expect((await search(store, 'deepening partnership')).documents.total).toBe(0);
    expect(await store.integrityCheck()).toEqual(['ok']);
  });
});

describe('what is kept', () => {
  it('serves the extraction back exactly, spans and all', async () => {
    open();
    await ingestInputs(store, [F.input(F.shoiguParts)], { extract });
    const x = await store.getExtraction(F.shoiguParts.id);
    expect(JSON.stringify(x)).toBe(JSON.stringify(F.extraction(F.shoiguParts)));
    for (const c of x!.claims) expect(x!.document.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it('keeps every claim span and chain in the events it serves', async () => {
    open();
    await ingestInputs(store, [F.input(F.spyAgencyTotal)], { extract });
    const [e] = (await listEvents(store, {})).items;
    const r = e.reports[0];
    expect(F.spyAgencyTotal.text.slice(r.evidence.start, r.evidence.end)).toBe(r.quote);
    expect(r.sources).toEqual(["South Korea's spy agency", 'lawmakers']);
    expect((await getEvent(store, e.id.slice(0, 7)))!.id).toBe(e.id);
  });

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

describe('search and actors', () => {
  it('finds documents and claims with highlighted snippets', async () => {
    open();
    await ingestInputs(store, all.map(F.input), { extract });
    const r = await search(store, 'sappers Kursk');
    expect(r.documents.items[0].document).toBe(F.shoiguParts.id);
    expect(r.documents.items[0].snippet.filter((p) => p.hit).map((p) => p.text.toLowerCase())).toEqual(expect.arrayContaining(['sappers', 'kursk']));
    expect(r.claims.total).toBe(2);
    expect((await search(store, '"military builders"')).claims.items.map((h) => h.claim)).toContain('c2');
    expect((await search(store, 'OR AND (')).documents.total).toBe(0);
    await expect(search(store, '  ')).rejects.toThrow(/expected words/);
  });

  it('resolves actors by id, name and the aliases the documents use', async () => {
    open();
    const withEntities = F.extraction(F.octoberTroops);
    withEntities.entities = [
      { id: 'country:KP', name: 'North Korea', type: 'country', mentions: [{ start: 30, end: 41, text: 'North Korea', rule: 'gazetteer' }] },
      { id: 'country:KP', name: 'North Korea', type: 'country', mentions: [{ start: 0, end: 4, text: 'DPRK', rule: 'acronym' }, { start: 5, end: 7, text: 'he', rule: 'pronoun' }, { start: 8, end: 16, text: 'the DPRK', rule: 'acronym' }] },
    ];
    await ingestInputs(store, [F.input(F.octoberTroops)], { extract: () => withEntities });
    expect(await resolveActor(store, 'DPRK')).toContain('country:KP');
    expect(await resolveActor(store, 'the DPRK')).toContain('country:KP');
    expect(await resolveActor(store, 'north korea')).toContain('country:KP');
    expect(await resolveActor(store, 'country:KP')).toEqual(['country:KP']);
    expect(await resolveActor(store, 'he')).not.toContain('country:KP');
    expect((await listEvents(store, { agent: 'DPRK' })).total).toBe(1);
  });
});
