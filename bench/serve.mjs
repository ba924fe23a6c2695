// Scale benchmark for `dossier serve`: is the page usable with 10,000 documents in the store?
//
// 1. Builds a store of N synthetic reports (default 10,000) with bench/scale.mjs (its templates and
//    pre-built extractions), unless --db names one that exists already.
// 2. Starts the server on it (dist/server/main.js) on a free port.
// 3. Times the API calls each view makes (median of 9 runs) and, when /usr/bin/chromium is there,
//    the views themselves in a real browser: from navigation to the view drawn (median of 5).
//
// Options: --docs N  --db PATH (keep and reuse the store there)  DOSSIER_DIST=dir (default dist/)
// Run after a build (npm run build).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.DOSSIER_DIST ? path.resolve(process.env.DOSSIER_DIST) : path.join(root, 'dist');
if (!existsSync(path.join(dist, 'server', 'main.js'))) {
  console.error(`bench/serve: ${dist}/server/main.js not found; run "npm run build" first`);
  process.exit(1);
}
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i < 0 ? fallback : process.argv[i + 1];
};
const N = Number(arg('docs', 10_000));
const tmp = mkdtempSync(path.join(tmpdir(), 'dossier-serve-bench-'));
const db = arg('db', path.join(tmp, 'serve.db'));
const CHROMIUM = '/usr/bin/chromium';

// 1. the store, generated the way the store's own scale benchmark does it
if (!existsSync(db)) {
  process.stderr.write(`bench/serve: generating ${N.toLocaleString('en-US')} reports into ${db} with bench/scale.mjs …\n`);
  const r = spawnSync(process.execPath, [path.join(root, 'bench', 'scale.mjs'), '--docs', String(N), '--sample', '0', '--db', db, '--no-pg'], {
    env: { ...process.env, DOSSIER_DIST: dist },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// 2. the server
const { startServer } = await import(path.join(dist, 'server', 'main.js'));
const server = await startServer({ db, port: 0 });
const base = server.url;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function timed(fn, runs) {
  await fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}
const getJson = async (url) => {
  const res = await fetch(base + url);
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
};

const stats = await getJson('api/stats');
const first = await getJson('api/events?limit=1');
const biggest = (await getJson('api/events?limit=200')).items.sort((a, b) => b.n_reports - a.n_reports)[0];
const doc = (await getJson('api/documents?limit=1')).items[0];
const measure = (await getJson('api/measures?limit=1')).items[0];
const mq = `agent=${encodeURIComponent(measure.agent.id ?? measure.agent.name)}&event=${measure.event}${measure.recipient ? `&recipient=${encodeURIComponent(measure.recipient.id ?? measure.recipient.name)}` : ''}`;
// a page half-way down the ledger: OFFSET pagination has to skip the rows before it
const mid = Math.floor(first.total / 2 / 50) * 50;
const rows = [];
const calls = [
  ['GET /api/events (ledger, first page of 50)', 'api/events?limit=50'],
  [`GET /api/events, a middle page (offset ${mid.toLocaleString('en-US')})`, `api/events?limit=50&offset=${mid}`],
  ['GET /api/events?agent=North Korea', 'api/events?agent=North%20Korea&limit=50'],
  [`GET /api/events/{id} (${biggest.n_reports} reports)`, `api/events/${biggest.id}`],
  ['GET /api/documents (first page of 50)', 'api/documents?limit=50'],
  ['GET /api/documents?q=artillery shells', 'api/documents?q=%22artillery%20shells%22&limit=50'],
  ['GET /api/documents/{id}', `api/documents/${encodeURIComponent(doc.id)}`],
  ['GET /api/claims?certainty=probable', 'api/claims?certainty=probable&limit=50'],
  [`GET /api/estimates (${measure.agent.name} ${measure.event})`, `api/estimates?${mq}`],
  ['GET /api/measures', 'api/measures?limit=12'],
  ['GET /api/search?q=drones Russia', 'api/search?q=drones%20Russia&limit=20'],
];
for (const [what, url] of calls) rows.push([what, `${(await timed(() => getJson(url), 9)).toFixed(1)} ms`]);

// 3. the views in a browser: navigation start to the view drawn (body[data-ready])
if (existsSync(CHROMIUM)) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const views = [
    ['page: ledger (50 of all events)', '#/ledger', 'ledger'],
    ['page: ledger, a middle page', `#/ledger?offset=${mid}`, 'ledger'],
    ['page: event (provenance)', `#/event/${biggest.id}`, 'event'],
    ['page: documents (50)', '#/documents', 'documents'],
    ['page: report view', `#/doc/${encodeURIComponent(doc.id)}`, 'doc'],
    ['page: estimates chart', `#/estimates?${mq}`, 'estimates'],
  ];
  for (const [what, hash, view] of views) {
    const load = async () => {
      await page.goto('about:blank');
      const t0 = performance.now();
      await page.goto(base + hash);
      await page.waitForSelector(`body[data-ready="${view}"]`, { timeout: 60_000 });
      return performance.now() - t0;
    };
    await load();
    const t = [];
    for (let i = 0; i < 5; i++) t.push(await load());
    rows.push([what, `${median(t).toFixed(0)} ms`]);
  }
  await browser.close();
} else {
  rows.push(['page views', `skipped: ${CHROMIUM} is missing`]);
}
await server.close();
if (!process.argv.includes('--db')) rmSync(tmp, { recursive: true, force: true });

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`dossier serve at scale: ${stats.documents.toLocaleString('en-US')} documents, ${stats.claims.toLocaleString('en-US')} claims, ${stats.events.toLocaleString('en-US')} events (${first.total.toLocaleString('en-US')} listed), node ${process.version}\n`);
for (const [a, b] of rows) console.log(`${a.padEnd(w)}  ${b.padStart(9)}`);
