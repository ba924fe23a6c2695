// The ledger's read commands on a store built from hand-made extractions: JSON shapes, tables,
// CSV and export.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestInputs, openStore } from '../src/ledger/index.js';
import * as F from './fixtures/ledger-reports.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const main = path.join(root, 'src', 'cli', 'main.ts');
let dir: string;
let db: string;

function dossier(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args, '--db', db], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const reports = [F.shoiguParts, F.wireThousands, F.spyAgencyTotal, F.arrival, F.octoberTroops, F.elevenThousand, F.fifteenHundred, F.armsReport, F.armsDenial];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-ledger-'));
  db = path.join(dir, 'ledger.db');
  const store = openStore(db);
  await ingestInputs(store, reports.map(F.input), { extract: F.fixtureExtractor(reports) });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dossier events / event / estimates', () => {
  it('prints events as JSON in the documented shape', () => {
    const r = dossier('events', '--agent', 'North Korea', '--event', 'deploy', '--json');
    expect(r.code).toBe(0);
    const events = JSON.parse(r.out);
    expect(events).toHaveLength(2);
    const dispatch = events.find((e: { min: number }) => e.min === 6000);
    expect(Object.keys(dispatch)).toEqual(expect.arrayContaining([
      'id', 'event', 'agent', 'recipient', 'location', 'unit', 'min', 'max', 'first_reported', 'reports', 'original_sources', 'disagreement', 'disagreement_reason',
    ]));
    expect(dispatch.agent).toEqual({ id: 'country:KP', name: 'North Korea' });
    expect(Object.keys(dispatch.reports[0])).toEqual(expect.arrayContaining(['document', 'outlet', 'published', 'claim', 'quote', 'sources']));
  });

  it('prints a table and a CSV', () => {
    const table = dossier('events', '--disagreements');
    expect(table.out).toMatch(/DISAGREE/);
    expect(table.out).toMatch(/of 2;/);
    const csv = dossier('events', '--csv').out.trim().split('\r\n');
    expect(csv[0]).toMatch(/^id,event,agent_id,agent,/);
    expect(csv).toHaveLength(4);
  });

  it('shows one event\'s provenance in date order, by id prefix', () => {
    const [e] = JSON.parse(dossier('events', '--recipient', 'Rapid Support Forces', '--json').out);
    const r = dossier('event', e.id.slice(0, 8));
    expect(r.out).toMatch(/The Wall Street Journal → Desert Post/);
    expect(r.out.indexOf('2023-08-12')).toBeLessThan(r.out.indexOf('2023-08-14'));
    expect(r.out).toMatch(/DISAGREEMENT \(rule: denial\): denial/);
    expect(dossier('event', 'ev-nothing').err).toMatch(/no event "ev-nothing"/);
  });

  it('prints an estimate series as JSON in publication order', () => {
    const r = dossier('estimates', '--agent', 'country:KP', '--recipient', 'Russia', '--event', 'deploy', '--unit', 'troops', '--json');
    const points = JSON.parse(r.out);
    expect(points.map((p: { published: string }) => p.published)).toEqual([...points.map((p: { published: string }) => p.published)].sort());
    expect(Object.keys(points[0])).toEqual(expect.arrayContaining(['published', 'document', 'outlet', 'original_source', 'min', 'max', 'approximate', 'unit', 'time']));
    expect(dossier('estimates', '--agent', 'North Korea', '--event', 'deploy', '--recipient', 'Russia').out).toMatch(/by original source:\n/);
  });

  it('rejects a malformed filter with what it expected', () => {
    const r = dossier('events', '--since', 'June');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/since: expected an ISO date/);
  });
});

describe('dossier search / export', () => {
  it('finds claims and documents with highlighted words', () => {
    const r = dossier('search', 'sappers');
    expect(r.out).toMatch(/«sappers»/);
    expect(JSON.parse(dossier('search', 'denied', '--json').out).claims.items[0].document).toBe(F.armsDenial.id);
  });

  it.each([
    ['json', (s: string) => JSON.parse(s).length],
    ['ndjson', (s: string) => s.trim().split('\n').map((l) => JSON.parse(l)).length],
    ['csv', (s: string) => s.trim().split('\r\n').length - 1],
  ])('exports claims as %s', (format, count) => {
    expect(count(dossier('export', '--format', format, '--what', 'claims').out)).toBe(reports.reduce((n, r) => n + r.claims.length, 0));
  });

  it('exports whole extractions and events to a file', () => {
    const out = path.join(dir, 'docs.json');
    dossier('export', '--what', 'documents', '--out', out);
    const docs = JSON.parse(readFileSync(out, 'utf8'));
    expect(docs.map((d: { document: { id: string } }) => d.document.id).sort()).toEqual(reports.map((r) => r.id).sort());
    expect(JSON.parse(dossier('export').out).length).toBe(3);
    expect(dossier('export', '--format', 'xml').err).toMatch(/--format: expected json, ndjson or csv, found "xml"/);
  });
});
