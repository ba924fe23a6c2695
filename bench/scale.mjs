// Scale benchmark for the store and the ledger (npm run bench:scale; runs on dist/ after a build),
// on SQLite and, beside it, on PostgreSQL.
//
// 1. Generates N synthetic reports (default 100,000; bench/scale-reports.mjs), each with a
//    hand-built dossier/1 extraction, and ingests them through the real ledger into each store
//    (ledger derivation, a savepoint per document, a commit per batch, regrouping at the end).
//    Pre-built extractions isolate the store from the extractor.
// 2. Times the events, estimates and search queries on each full store (median of repeated runs;
//    targets: 200 ms for any query, 50 ms for a filtered ledger page).
// 3. Ingests a smaller sample (default 2,000) with the real extractor: on SQLite in one process; on
//    PostgreSQL through the queue with 1, 2 and 4 `dossier worker` processes (--workers 1,2,4).
//
// PostgreSQL: --pg URL or $DOSSIER_PG_URL; else, when Debian's PostgreSQL 15 is installed, a scratch
// cluster started here (scripts/pg-scratch.sh, synchronous_commit=off like SQLite's
// synchronous=NORMAL: a crash may lose the last commits, never corrupt) and stopped at the end.
// --no-pg measures SQLite alone. Each run uses schemas of its own and drops them.
//
// Options: --docs N (0: only the sample)  --sample N (0: no sample)  --workers 1,2,4
//          --db PATH (SQLite file; default: a temp directory)
//          --pg URL  --no-pg  --keep (keep the SQLite file and the PostgreSQL schemas)
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { currentSeed, makeWorld, report, reseed, WORLD } from './scale-reports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.DOSSIER_DIST ? path.resolve(process.env.DOSSIER_DIST) : path.join(root, 'dist');
if (!existsSync(path.join(dist, 'ledger', 'index.js'))) {
  console.error(`bench/scale: ${dist}/ledger/index.js not found; run "npm run build" first (or npm run bench:scale)`);
  process.exit(1);
}
const ledger = await import(path.join(dist, 'ledger', 'index.js'));
const { extract } = await import(path.join(dist, 'extract.js'));

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
}
const N = Number(arg('docs', 100_000));
const SAMPLE = Number(arg('sample', 2_000));
const WORKERS = String(arg('workers', '1,2,4')).split(',').map(Number).filter((n) => n > 0);
const keep = process.argv.includes('--keep');
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-scale-'));
const dbPath = arg('db', path.join(dir, 'scale.db'));
const fmt = (n) => n.toLocaleString('en-US');
const now = () => performance.now();

// ——— PostgreSQL: given, or a scratch cluster ———
let pgUrl = process.argv.includes('--no-pg') ? null : arg('pg', process.env.DOSSIER_PG_URL || null);
let scratch = null;
if (!pgUrl && !process.argv.includes('--no-pg') && existsSync('/usr/lib/postgresql/15/bin/initdb')) {
  scratch = mkdtempSync(path.join(tmpdir(), 'dossier-scale-pg-'));
  chmodSync(scratch, 0o755); // the postgres user must reach the cluster inside
  try {
    pgUrl = execFileSync(path.join(root, 'scripts', 'pg-scratch.sh'), ['start', path.join(scratch, 'cluster')], {
      env: { ...process.env, PG_SCRATCH_OPTS: '-c synchronous_commit=off -c shared_buffers=256MB' },
      encoding: 'utf8',
    }).trim();
  } catch (e) {
    console.error(`bench/scale: could not start a scratch PostgreSQL (${e.message.split('\n')[0]}); measuring SQLite alone`);
    scratch = null;
  }
}
const ownCluster = !!scratch;
const stopScratch = () => {
  if (!scratch) return;
  spawnSync(path.join(root, 'scripts', 'pg-scratch.sh'), ['stop', path.join(scratch, 'cluster')], { stdio: 'ignore' });
  rmSync(scratch, { recursive: true, force: true });
  scratch = null;
};
process.on('exit', stopScratch);
process.on('SIGINT', () => process.exit(130));

/** CPU time of the scratch cluster so far (its postmaster, the backends it reaped, the live ones), in ms. */
function serverCpuMs() {
  if (!scratch) return null;
  try {
    const pid = Number(readFileSync(path.join(scratch, 'cluster', 'data', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const hz = 100; // USER_HZ on Linux
    const fields = (p) => readFileSync(`/proc/${p}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    const f = fields(pid);
    let ticks = Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]); // utime stime cutime cstime
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d) || Number(d) === pid) continue;
      try {
        const c = fields(d);
        if (Number(c[1]) === pid) ticks += Number(c[11]) + Number(c[12]);
      } catch {
        // gone meanwhile
      }
    }
    return (ticks * 1000) / hz;
  } catch {
    return null;
  }
}

const runId = Date.now().toString(36);
function pgLocation(name) {
  const u = new URL(pgUrl);
  u.searchParams.set('schema', `bench_${runId}_${name}`);
  return u.toString();
}
const made = [];
async function dropSchemas() {
  if (!made.length || keep) return;
  const pg = (await import('pg')).default;
  const u = new URL(pgUrl);
  u.searchParams.delete('schema');
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  for (const l of made) {
    const s = new URL(l).searchParams.get('schema');
    await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE; DROP SCHEMA IF EXISTS ${s}_queue CASCADE`);
  }
  await c.end();
}

// ——— measurements ———
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
async function timeIt(fn, runs = 7) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    await fn();
    times.push(now() - t0);
  }
  return median(times);
}
/** rows[measure] = { sqlite, postgres, note } */
const rows = new Map();
const row = (what, backend, value, note = '') => {
  const r = rows.get(what) ?? { note: '' };
  r[backend] = value;
  if (note) r.note = r.note ? `${r.note}; ${note}` : note;
  rows.set(what, r);
};
const fileBytes = (p) => ['', '-wal', '-shm'].reduce((n, s) => n + (existsSync(p + s) ? statSync(p + s).size : 0), 0);

makeWorld(N);
const REPORT_SEED = currentSeed(); // reports start from here, so every store gets the same ones

/** 1 and 2: the store at scale (pre-built extractions), then the queries. */
async function storeAtScale(backend, location) {
  const store = ledger.openStore(location);
  const pending = new Map();
  const prebuilt = (input) => {
    const x = pending.get(String(input.id));
    pending.delete(String(input.id));
    return x;
  };
  function* inputs(count) {
    for (let i = 0; i < count; i++) {
      const r = report(i);
      pending.set(r.input.id, r.extraction);
      yield r.input;
    }
  }
  reseed(REPORT_SEED);
  let t0 = now();
  let lastShown = 0;
  const summary = await ledger.ingestInputs(store, inputs(N), {
    extract: prebuilt,
    regroup: false,
    onOutcome: (_o, c) => {
      if (process.stderr.isTTY && now() - lastShown > 500) {
        lastShown = now();
        process.stderr.write(`\r${backend}: ingest ${c.added + c.unchanged + c.failed}/${N}`);
      }
    },
  });
  const ingestMs = now() - t0;
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  t0 = now();
  const regrouped = await ledger.regroup(store);
  const regroupMs = now() - t0;
  const stats = await store.stats();
  row('documents stored (pre-built extractions)', backend, fmt(summary.added), summary.unchanged && backend === 'sqlite' ? `${summary.unchanged} generated twice (same text, outlet, date) kept once` : '');
  row('ingest rate, store only (one process)', backend, `${fmt(Math.round(N / (ingestMs / 1000)))} docs/s`, backend === 'sqlite' ? 'a savepoint per document, a commit per 64 documents or 100 ms' : '');
  row('regroup all buckets', backend, `${(regroupMs / 1000).toFixed(1)} s`, backend === 'sqlite' ? `${fmt(regrouped)} buckets → ${fmt(stats.events)} events from ${fmt(stats.claims)} claims` : '');
  row('rate including regroup', backend, `${fmt(Math.round(N / ((ingestMs + regroupMs) / 1000)))} docs/s`);

  reseed(REPORT_SEED);
  t0 = now();
  const slice = Math.min(N, 10_000);
  const again = await ledger.ingestInputs(store, inputs(slice), { extract: prebuilt, regroup: false });
  row('re-ingest unchanged', backend, `${fmt(Math.round(again.unchanged / ((now() - t0) / 1000)))} docs/s`, backend === 'sqlite' ? `${fmt(again.unchanged)} of ${fmt(slice)} reported unchanged` : '');
  pending.clear();

  const biggest = await store.listEvents({}, { limit: 1 });
  const KP = 'North Korea';
  const queries = [
    ['events, first page (50), no filter', () => ledger.listEvents(store, { limit: 50 }), 200],
    ['events --agent "North Korea"', () => ledger.listEvents(store, { agent: KP, limit: 50 }), 50],
    ['events --agent DPRK --recipient Russia --event deploy', () => ledger.listEvents(store, { agent: 'the DPRK', recipient: 'Russia', event: 'deploy', limit: 50 }), 50],
    ['events --since 2024-06-01 --until 2024-12-31', () => ledger.listEvents(store, { since: '2024-06-01', until: '2024-12-31', limit: 50 }), 50],
    ['events page 20 (offset 1,000)', () => ledger.listEvents(store, { limit: 50, offset: 1000 }), 200],
    ['event ID (provenance)', () => ledger.getEvent(store, biggest.items[0]?.id ?? 'none'), 200],
    ['estimates North Korea → Russia deploy troops', () => ledger.estimateSeries(store, { agent: KP, recipient: 'Russia', event: 'deploy', unit: 'troops' }), 200],
    ['estimates Iran → Russia transfer drones', () => ledger.estimateSeries(store, { agent: 'Iran', recipient: 'Russia', event: 'transfer', unit: 'drones' }), 200],
    ['estimates North Korea casualties', () => ledger.estimateSeries(store, { agent: KP, event: 'casualties', unit: 'casualties' }), 200],
    ['search "artillery shells" Russia (documents and claims)', () => ledger.search(store, '"artillery shells" Russia', { limit: 20 }), 200],
    ['search Pyongyang drones (documents and claims)', () => ledger.search(store, 'Pyongyang drones', { limit: 20 }), 200],
  ];
  for (const [what, fn, target] of queries) {
    const r = await fn();
    const n = Array.isArray(r) ? r.length : r?.total ?? (r?.documents ? r.documents.total + r.claims.total : r ? 1 : 0);
    const ms = await timeIt(fn);
    row(`${what} [${target} ms]`, backend, `${ms.toFixed(1)} ms`, `${backend}: ${fmt(n)} result${n === 1 ? '' : 's'}${ms > target ? ' OVER TARGET' : ''}`);
  }
  const bytes = backend === 'sqlite' ? fileBytes(location) : (await store.stats()).bytes;
  await store.close();
  row('store size', backend, `${(bytes / 1e6).toFixed(0)} MB`, `${backend}: ${fmt(Math.round(bytes / N))} bytes per document`);
}

/** 3: the real extractor on a sample, in one process (SQLite) or through the queue (PostgreSQL). */
const cpuRows = [];
function sampleFile() {
  reseed(777);
  const file = path.join(dir, 'sample.jsonl');
  const lines = [];
  for (let i = 0; i < SAMPLE; i++) lines.push(JSON.stringify(report(N + i).input));
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

async function sampleSqlite() {
  const store = ledger.openStore(path.join(dir, 'sample.db'));
  reseed(777);
  const cpu0 = process.cpuUsage();
  const t0 = now();
  const s = await ledger.ingestInputs(store, (function* () { for (let i = 0; i < SAMPLE; i++) yield report(N + i).input; })(), { extract });
  const ms = now() - t0;
  const cpu = process.cpuUsage(cpu0);
  await store.close();
  row(`extract + ingest, real extractor (${fmt(SAMPLE)} docs), 1 process`, 'sqlite', `${fmt(Math.round(SAMPLE / (ms / 1000)))} docs/s`, `sqlite: ${(ms / 1000).toFixed(1)} s${s.failed ? `, ${s.failed} failed` : ''}`);
  cpuRows.push(() => row('CPU per document, ingesting processes', 'sqlite', `${((cpu.user + cpu.system) / 1000 / SAMPLE).toFixed(1)} ms`, 'the process or all workers (start-up included); CPU time depends little on the load'));
}

const cli = path.join(dist, 'cli', 'main.js');
async function sampleWorkers(file, k) {
  const location = pgLocation(`w${k}`);
  made.push(location);
  const q = spawnSync(process.execPath, [cli, 'ingest', '--queue', '--db', location, file], { encoding: 'utf8' });
  if (q.status !== 0) throw new Error(`ingest --queue: ${q.stderr}`);
  const server0 = serverCpuMs();
  const t0 = now();
  const exits = Array.from({ length: k }, () => {
    const p = spawn(process.execPath, [cli, 'worker', '--db', location, '--until-empty', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let [out, err] = ['', ''];
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (err += d));
    return new Promise((resolve, reject) => p.on('exit', (c) => (c ? reject(new Error(`worker: ${err}`)) : resolve(JSON.parse(out).cpu_ms))));
  });
  const cpuMs = (await Promise.all(exits)).reduce((a, b) => a + b, 0);
  const ms = now() - t0;
  const serverMs = server0 == null ? null : serverCpuMs() - server0;
  const store = ledger.openStore(location);
  const stats = await store.stats();
  await store.close();
  row(`extract + ingest, real extractor (${fmt(SAMPLE)} docs), ${k} worker${k === 1 ? '' : 's'}`, 'postgres', `${fmt(Math.round(SAMPLE / (ms / 1000)))} docs/s`,
    `postgres: ${(ms / 1000).toFixed(1)} s, ${fmt(stats.documents)} stored, grouped, worker start-up included`);
  if (k === WORKERS[0]) {
    cpuRows.push(() => row('CPU per document, ingesting processes', 'postgres', `${(cpuMs / SAMPLE).toFixed(1)} ms`, `postgres: ${k} worker${k === 1 ? '' : 's'}`));
    if (serverMs != null) cpuRows.push(() => row('CPU per document, database server', 'postgres', `${(serverMs / SAMPLE).toFixed(1)} ms`, 'the scratch cluster: its backends and background processes'));
  }
}

try {
  if (N > 0) await storeAtScale('sqlite', dbPath);
  if (pgUrl && N > 0) {
    const location = pgLocation('store');
    made.push(location);
    await storeAtScale('postgres', location);
  }
  if (SAMPLE > 0) {
    await sampleSqlite();
    if (pgUrl) {
      const file = sampleFile();
      for (const k of WORKERS) await sampleWorkers(file, k);
    }
    for (const r of cpuRows) r();
  }
} finally {
  await dropSchemas().catch((e) => console.error(`bench/scale: dropping the schemas: ${e.message}`));
}

// ——— the table ———
const backends = ['sqlite', ...(pgUrl ? ['postgres'] : [])];
const table = [...rows].map(([what, r]) => [what, ...backends.map((b) => r[b] ?? '—'), r.note]);
const head = ['measure', ...backends.map((b) => (b === 'sqlite' ? 'SQLite' : 'PostgreSQL')), 'note'];
const widths = head.slice(0, -1).map((h, i) => Math.max(h.length, ...table.map((t) => t[i].length)));
console.log(`dossier scale benchmark: ${fmt(N)} synthetic reports (${fmt(WORLD.length)} underlying events), node ${process.version}, ${cpus().length} cores (load ${loadavg()[0].toFixed(1)} at the end)`);
if (pgUrl) console.log(`PostgreSQL: ${ownCluster ? 'a scratch cluster (synchronous_commit=off)' : new URL(pgUrl).host}`);
console.log('');
console.log(head.map((h, i) => (i === 0 ? h.padEnd(widths[0]) : i < head.length - 1 ? h.padStart(widths[i]) : h)).join('  '));
console.log(widths.map((w) => '─'.repeat(w)).concat('─'.repeat(40)).join('  '));
for (const t of table) console.log(t.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : i < t.length - 1 ? c.padStart(widths[i]) : c)).join('  '));
stopScratch();
if (!keep) rmSync(dir, { recursive: true, force: true });
else console.log(`\nkept ${dbPath}${!made.length ? '' : ownCluster ? ' (not the scratch PostgreSQL: pass --pg URL to keep schemas)' : ` and ${made.join(', ')}`}`);
