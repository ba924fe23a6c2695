// The CLI of issue 10: `dossier review …` with who and why, the event's history in `dossier
// event`, estimates with no filter listing what can be charted, and the checks on what a user
// types (a store that does not exist, an impossible date, a reader that leaves the pipe early).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
  const r = spawnSync(process.execPath, ['--import', 'tsx', main, ...args, '--db', db], { cwd: root, encoding: 'utf8', env: { ...process.env, DOSSIER_USER: 'cli-tester' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const reports = [F.octoberTroops, F.elevenThousand, F.fifteenHundred, F.shellsOwn, F.tanks, F.casualtiesJanuary];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-review-cli-'));
  db = path.join(dir, 'ledger.db');
  const store = openStore(db);
  await ingestInputs(store, reports.map(F.input), { extract: F.fixtureExtractor(reports) });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dossier review', () => {
  it('rejects a claim with who and why, and the event shows it in its history', () => {
    const r = dossier('review', 'reject', F.fifteenHundred.id, 'c1', '--why', 'a guess, not a count', '--json');
    expect(r.code).toBe(0);
    const made = JSON.parse(r.out);
    expect(made.correction).toMatchObject({ kind: 'reject', author: 'cli-tester', reason: 'a guess, not a count' });
    const view = dossier('event', made.events[0]);
    expect(view.out).toMatch(/REJECTED/);
    expect(view.out).toMatch(/history:\n  #1 .* cli-tester: rejected c1 of eastern-tribune-2024-11-06 .* — why: a guess, not a count/);
    expect(view.out).toMatch(/no disagreement/);
  });

  it('corrects fields given as field=value, and lists the corrections', () => {
    const r = dossier('review', 'correct', F.tanks.id, 'c1', 'agent=Iran', 'certainty=probable', '--why', 'Tehran sent them', '--by', 'A. Analyst');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^correction #2 by A\. Analyst, .*: corrected agent → Iran, certainty → probable on c1 of /);
    const list = dossier('review', 'list');
    expect(list.out).toMatch(/a guess, not a count/);
    expect(list.out).toMatch(/Tehran sent them/);
    const bad = dossier('review', 'correct', F.tanks.id, 'c1', 'colour=red', '--why', 'x');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/colour: not a field a reviewer can correct/);
    expect(dossier('review', 'reject', F.tanks.id, 'c1').err).toMatch(/required option '--why <reason>' not specified/);
  });

  it('shows whose losses a casualty count is in the table', () => {
    expect(dossier('events', '--event', 'casualties').out).toMatch(/losses of North Korea/);
  });
});

describe('what a user types', () => {
  it('lists what can be charted when estimates has no filter', () => {
    const r = dossier('estimates');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/North Korea\s+deploy\s+Russia\s+people\s+\d/);
    expect(r.out).toMatch(/chart one with: dossier estimates --agent AGENT --event EVENT/);
  });

  it('refuses an impossible date', () => {
    const r = dossier('events', '--since', '2024-13-01');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/since: expected an ISO date such as 2025-06-26, found "2024-13-01"/);
    expect(dossier('events', '--until', '2025-02-30').code).toBe(1);
  });

  it('refuses a store in a folder that does not exist, or that does not exist yet, instead of making an empty one', () => {
    const nowhere = spawnSync(process.execPath, ['--import', 'tsx', main, 'events', '--db', path.join(dir, 'no', 'such.db')], { cwd: root, encoding: 'utf8' });
    expect(nowhere.status).toBe(1);
    expect(nowhere.stderr).toMatch(/the directory .*no does not exist/);
    const missing = spawnSync(process.execPath, ['--import', 'tsx', main, 'events', '--db', path.join(dir, 'missing.db')], { cwd: root, encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/no store there yet/);
  });

  it('ends quietly when the reader of its output leaves early (| head)', () => {
    const r = spawnSync('bash', ['-c', `${JSON.stringify(process.execPath)} --import tsx ${JSON.stringify(main)} export --what claims --format ndjson --db ${JSON.stringify(db)} | head -c 10`], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  });
});
