// Scale benchmark for the store and the ledger (npm run bench:scale; runs on dist/ after a build).
//
// 1. Generates N synthetic reports (default 100,000) from templates: varied actors, events,
//    figures, dates, outlets, attribution chains and wire copy, each with a hand-built dossier/1
//    extraction, and ingests them through the real ledger (ledger derivation, one transaction per
//    document, regrouping at the end). Pre-built extractions isolate the store from the extractor.
// 2. Ingests a smaller sample (default 2,000) with the real extractor, for the full rate.
// 3. Times the events and estimates queries on the full store (median of repeated runs; the
//    target is under 200 ms) and prints a table.
//
// Options: --docs N  --sample N  --db PATH (default: a temp directory)  --keep (keep the database)
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

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
const keep = process.argv.includes('--keep');
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-scale-'));
const dbPath = arg('db', path.join(dir, 'scale.db'));

// ——— deterministic random numbers (mulberry32) ———
let seed = 20250626;
function rand() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

// ——— the world the reports describe ———
const COUNTRIES = [
  ['KP', 'North Korea', ['Pyongyang', 'the DPRK'], 'North Korean'], ['RU', 'Russia', ['Moscow', 'the Kremlin'], 'Russian'],
  ['UA', 'Ukraine', ['Kyiv'], 'Ukrainian'], ['IR', 'Iran', ['Tehran'], 'Iranian'], ['US', 'United States', ['Washington', 'the U.S.'], 'American'],
  ['GB', 'United Kingdom', ['London', 'Britain'], 'British'], ['DE', 'Germany', ['Berlin'], 'German'], ['FR', 'France', ['Paris'], 'French'],
  ['PL', 'Poland', ['Warsaw'], 'Polish'], ['CN', 'China', ['Beijing'], 'Chinese'], ['BY', 'Belarus', ['Minsk'], 'Belarusian'],
  ['SY', 'Syria', ['Damascus'], 'Syrian'], ['IL', 'Israel', ['Jerusalem'], 'Israeli'], ['AE', 'United Arab Emirates', ['Abu Dhabi', 'the UAE'], 'Emirati'],
  ['SD', 'Sudan', ['Khartoum'], 'Sudanese'], ['MM', 'Myanmar', ['Naypyitaw'], 'Myanmar'],
].map(([code, name, aliases, demonym]) => ({ id: `country:${code}`, name, aliases, demonym }));
const C = Object.fromEntries(COUNTRIES.map((c) => [c.id.slice(8), c]));

const PAIRS = [
  ['KP', 'RU'], ['RU', 'KP'], ['IR', 'RU'], ['RU', 'IR'], ['US', 'UA'], ['GB', 'UA'], ['DE', 'UA'], ['FR', 'UA'], ['PL', 'UA'],
  ['CN', 'RU'], ['BY', 'RU'], ['RU', 'SY'], ['US', 'IL'], ['AE', 'SD'], ['RU', 'MM'], ['CN', 'MM'], ['IR', 'SY'], ['RU', 'BY'],
];
const PEOPLE = ['troops', 'soldiers', 'military personnel', 'sappers', 'construction workers', 'military engineers', 'instructors'];
const GOODS = [
  ['artillery shells', 100_000, 3_000_000], ['ballistic missiles', 20, 400], ['attack drones', 100, 3_000], ['tanks', 10, 200],
  ['air defense systems', 2, 20], ['armoured vehicles', 20, 400], ['rocket launchers', 5, 80],
];
const OUTLETS = [
  'Capital Post', 'Metro Post', 'Seoul Ledger', 'Kyiv Observer', 'Eastern Tribune', 'Harbour Daily', 'Valley Times', 'Coast Herald',
  'Frontline Monitor', 'Gulf Monitor', 'Desert Post', 'Northern Star', 'Baltic Courier', 'Danube Daily', 'Pacific Report', 'Atlas Wire',
  'River Gazette', 'Morning Record', 'Evening Standard-Bearer', 'Steppe News', 'Lowland Times', 'Highland Herald', 'Continental Review',
  'Border Dispatch', 'Island Chronicle', 'Plains Journal', 'Delta Observer', 'Summit Weekly', 'Crossroads Daily', 'Meridian Press',
];
const WIRES = ['AP', 'Reuters', 'AFP'];
const SOURCE_ROLES = ['defence ministry', 'intelligence agency', 'foreign ministry', 'military officials', 'a senior official', 'the general staff'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY = 86_400_000;
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const START = Date.UTC(2022, 2, 1);

// Real-world events that several reports describe, with noise in the figures.
const WORLD = Array.from({ length: Math.max(50, Math.round(N / 12)) }, () => {
  const [a, r] = pick(PAIRS);
  const kind = rand();
  const at = START + int(0, 1_200) * DAY;
  if (kind < 0.35) return { event: 'deploy', agent: C[a], recipient: C[r], unit: pick(PEOPLE), figure: int(5, 150) * 100, at };
  if (kind < 0.8) {
    const [unit, lo, hi] = pick(GOODS);
    return { event: 'transfer', agent: C[a], recipient: C[r], unit, figure: int(lo, hi), at };
  }
  return { event: 'casualties', agent: C[a], recipient: null, unit: 'casualties', figure: int(10, 500) * 100, at };
});

const REPORT_SEED = seed; // reports start from here, so a slice can be regenerated identically

// ——— one synthetic report and its extraction ———
function fmt(n) {
  return n.toLocaleString('en-US');
}

class Text {
  constructor() {
    this.s = '';
  }
  add(part) {
    const start = this.s.length;
    this.s += part;
    return { start, end: this.s.length, text: part };
  }
}

function report(i) {
  const w = pick(WORLD);
  const published = iso(w.at + int(0, 20) * DAY);
  const wire = rand() < 0.2 ? pick(WIRES) : null;
  const outlet = wire ? `${pick(OUTLETS)} (${wire})` : pick(OUTLETS);
  const t = new Text();
  const entities = new Map();
  const mention = (c, span) => {
    if (!c) return;
    const e = entities.get(c.id) ?? { id: c.id, name: c.name, type: 'country', country: c.id.slice(8), mentions: [] };
    e.mentions.push({ ...span, rule: 'gazetteer' });
    entities.set(c.id, e);
  };
  t.add(`${w.agent.name} ${w.event === 'casualties' ? 'losses' : 'and ' + (w.recipient?.name ?? '')} in focus\n\n`);
  if (wire && rand() < 0.5) t.add(`${pick(['SEOUL', 'KYIV', 'WASHINGTON', 'LONDON'])} (${wire}) — `);
  const own = rand() < 0.3;
  const sourceCountry = rand() < 0.5 ? w.agent : pick(COUNTRIES);
  const sourceName = `${sourceCountry.demonym} ${pick(SOURCE_ROLES)}`;
  const sourceSpan = own ? null : t.add(`The ${sourceName}`);
  if (!own) t.add(` said on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])} that `);
  const evStart = t.s.length;
  const agentSpan = t.add(rand() < 0.3 ? pick(w.agent.aliases) : w.agent.name);
  mention(w.agent, agentSpan);
  const approximate = rand() < 0.4;
  const figure = Math.round(w.figure * (rand() < 0.2 ? 0.8 + rand() * 0.4 : 1));
  const planned = rand() < 0.25;
  const verb = w.event === 'casualties' ? ' has suffered ' : planned ? ' will send ' : pick([' sent ', ' has delivered ', ' supplied ', ' dispatched ']);
  const trigger = t.add(verb.trim());
  t.add(' ');
  const claims = [];
  const quantities = [];
  const times = [];
  const split = w.event === 'deploy' && rand() < 0.2;
  const parts = split ? [[Math.round(figure / 6), 'sappers'], [figure - Math.round(figure / 6), 'military builders']] : [[figure, w.unit]];
  const qspans = parts.map(([n, unit], k) => {
    if (k) t.add(' and ');
    const q = t.add(`${approximate && !k ? 'about ' : ''}${fmt(n)} ${unit}`);
    quantities.push({ ...q, min: n, max: n, approximate: approximate && !k, vague: false, bound: null, unit, kind: 'count', rule: 'bench' });
    return { q, n, unit };
  });
  if (w.recipient) {
    t.add(' to ');
    mention(w.recipient, t.add(w.recipient.name));
  }
  let time = null;
  if (rand() < 0.6) {
    const d = new Date(w.at);
    t.add(' ');
    const span = t.add(`in ${MONTHS[d.getUTCMonth()]}`);
    const from = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    const to = iso(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
    time = { ...span, value: from.slice(0, 7), from, to };
    times.push({ ...span, type: 'DATE', value: time.value, from, to, rule: 'bench' });
  }
  const evidence = { start: evStart, end: t.s.length, text: t.s.slice(evStart) };
  t.add('. ');
  t.add(pick([
    'The claim could not be independently verified.',
    'Officials gave no further details about the timing or the route.',
    'The report comes as fighting intensifies along the front line.',
    'Neither government has commented publicly on the figures.',
  ]));
  t.add('\n');
  for (const { q, n, unit } of qspans) {
    claims.push({
      id: `c${claims.length + 1}`, evidence, event: w.event, trigger,
      agent: { id: w.agent.id, name: w.agent.name }, recipient: w.recipient ? { id: w.recipient.id, name: w.recipient.name } : null, location: null,
      theme: unit, quantity: { ...q, min: n, max: n, approximate: approximate && q === qspans[0].q, vague: false, bound: null, unit },
      time, sources: sourceSpan ? [{ name: sourceSpan.text, id: null, cue: 'said', ...sourceSpan }] : [],
      certainty: rand() < 0.2 ? 'probable' : 'certain', polarity: rand() < 0.03 ? 'negative' : 'positive',
      status: planned ? 'planned' : 'done', rules: ['bench'],
    });
  }
  const id = `bench-${String(i).padStart(6, '0')}`;
  const input = { id, text: t.s, outlet, published, url: `https://example.org/${id}` };
  const extraction = {
    format: 'dossier/1',
    document: { id, url: input.url, outlet, title: null, published, language: 'en', text: t.s },
    entities: [...entities.values()], times, quantities, claims,
  };
  return { input, extraction };
}

// ——— measurements ———
const now = () => performance.now();
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
const rows = [];
const row = (what, value, note = '') => rows.push([what, value, note]);
const bytes = (p) => ['', '-wal', '-shm'].reduce((n, s) => n + (existsSync(p + s) ? statSync(p + s).size : 0), 0);

// 1. the store at scale, pre-built extractions
const store = ledger.openStore(dbPath);
const pending = new Map();
function* inputs() {
  for (let i = 0; i < N; i++) {
    const r = report(i);
    pending.set(r.input.id, r.extraction);
    yield r.input;
  }
}
const prebuilt = (input) => {
  const x = pending.get(String(input.id));
  pending.delete(String(input.id));
  return x;
};
let t0 = now();
let lastShown = 0;
const summary = await ledger.ingestInputs(store, inputs(), {
  extract: prebuilt,
  regroup: false,
  onOutcome: (_o, c) => {
    const n = c.added + c.unchanged + c.failed;
    if (process.stderr.isTTY && now() - lastShown > 500) {
      lastShown = now();
      process.stderr.write(`\ringest ${n}/${N}`);
    }
  },
});
const ingestMs = now() - t0;
if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
t0 = now();
const regrouped = await ledger.regroup(store);
const regroupMs = now() - t0;
const stats = await store.stats();
row('documents stored (pre-built extractions)', fmt(summary.added), `${summary.unchanged ? `${summary.unchanged} generated twice (same text, outlet, date) kept once` : ''}${summary.failed ? ` ${summary.failed} failed` : ''}`);
row('ingest rate, store only', `${fmt(Math.round(N / (ingestMs / 1000)))} docs/s`, `${(ingestMs / 1000).toFixed(1)} s; a savepoint per document, a commit per 64 documents or 100 ms`);
row('regroup all buckets', `${(regroupMs / 1000).toFixed(1)} s`, `${regrouped} buckets → ${fmt(stats.events)} events from ${fmt(stats.claims)} claims`);
row('rate including regroup', `${fmt(Math.round(N / ((ingestMs + regroupMs) / 1000)))} docs/s`, '');

// re-ingest of already stored documents (idempotence check cost), on a slice
seed = REPORT_SEED;
t0 = now();
const again = await ledger.ingestInputs(store, (function* () { for (let i = 0; i < Math.min(N, 10_000); i++) { const r = report(i); pending.set(r.input.id, r.extraction); yield r.input; } })(), { extract: prebuilt, regroup: false });
row('re-ingest unchanged', `${fmt(Math.round(again.unchanged / ((now() - t0) / 1000)))} docs/s`, `${fmt(again.unchanged)} of ${fmt(Math.min(N, 10_000))} reported unchanged`);
pending.clear();

// 2. queries on the full store
const biggest = await store.listEvents({}, { limit: 1 });
const KP = 'North Korea';
const q = [
  ['events, first page (50), no filter', () => ledger.listEvents(store, { limit: 50 })],
  ['events --agent "North Korea"', () => ledger.listEvents(store, { agent: KP, limit: 50 })],
  ['events --agent DPRK --recipient Russia --event deploy', () => ledger.listEvents(store, { agent: 'the DPRK', recipient: 'Russia', event: 'deploy', limit: 50 })],
  ['events --since 2024-06-01 --until 2024-12-31', () => ledger.listEvents(store, { since: '2024-06-01', until: '2024-12-31', limit: 50 })],
  ['events page 20 (offset 1,000)', () => ledger.listEvents(store, { limit: 50, offset: 1000 })],
  ['event ID (provenance)', () => ledger.getEvent(store, biggest.items[0]?.id ?? 'none')],
  ['estimates North Korea → Russia deploy troops', () => ledger.estimateSeries(store, { agent: KP, recipient: 'Russia', event: 'deploy', unit: 'troops' })],
  ['estimates Iran → Russia transfer drones', () => ledger.estimateSeries(store, { agent: 'Iran', recipient: 'Russia', event: 'transfer', unit: 'drones' })],
  ['estimates North Korea casualties', () => ledger.estimateSeries(store, { agent: KP, event: 'casualties', unit: 'casualties' })],
  ['search "artillery shells"', () => ledger.search(store, '"artillery shells" Russia', { limit: 20 })],
];
for (const [what, fn] of q) {
  const r = await fn();
  const n = Array.isArray(r) ? r.length : r?.total ?? r?.claims?.total ?? (r ? 1 : 0);
  const ms = await timeIt(fn);
  row(what, `${ms.toFixed(1)} ms`, `${fmt(n)} result${n === 1 ? '' : 's'}${ms > 200 ? '  OVER 200 ms' : ''}`);
}
await store.close();
row('database size', `${(bytes(dbPath) / 1e6).toFixed(0)} MB`, `${fmt(Math.round(bytes(dbPath) / N))} bytes per document (text, extraction, claims, FTS, events)`);

// 3. full extract + ingest on a sample, with the real extractor
const samplePath = path.join(dir, 'sample.db');
const sampleStore = ledger.openStore(samplePath);
seed = 777;
t0 = now();
const s2 = await ledger.ingestInputs(sampleStore, (function* () { for (let i = 0; i < SAMPLE; i++) yield report(N + i).input; })(), { extract });
const sampleMs = now() - t0;
await sampleStore.close();
row(`extract + ingest, real extractor (${fmt(SAMPLE)} docs)`, `${fmt(Math.round(SAMPLE / (sampleMs / 1000)))} docs/s`, `${(sampleMs / 1000).toFixed(1)} s${s2.failed ? `, ${s2.failed} failed` : ''}`);

// ——— the table ———
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log(`dossier scale benchmark: ${fmt(N)} synthetic reports (${fmt(WORLD.length)} underlying events), node ${process.version}\n`);
console.log(`${'measure'.padEnd(w0)}  ${'value'.padStart(w1)}  note`);
console.log(`${'─'.repeat(w0)}  ${'─'.repeat(w1)}  ${'─'.repeat(40)}`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
if (!keep) rmSync(dir, { recursive: true, force: true });
else console.log(`\nkept ${dbPath}`);
