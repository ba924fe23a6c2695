#!/usr/bin/env node
// Throughput benchmark (`npm run bench`, after a build), on real report text: the gold files'
// reports in ../shared/eval (or $DOSSIER_SHARED/eval) when they are there, else the bundled
// examples and the openly licensed corpus in corpus/gold; whole documents, repeated up to
// --words. In one run, each in words per second:
//   Dossier, single thread:  loading + the whole extraction, one document after another;
//   Dossier, all cores:      the same through the worker pool `extract --jsonl` and `ingest` use;
//   compromise, single thread: people, places, organisations and numbers from the same texts;
// then the facts layer alone, the share of each stage, the start-up time (a new process to its
// first extraction) and the time of one 100 kB and one 1 MB document.
//   node bench/run.mjs [--words 300000] [--budget 15] [--threads N] [--no-long] [--json]
// DOSSIER_LIB=path/to/lib runs against another build; the default is ../dist.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const lib = process.env.DOSSIER_LIB ? path.resolve(process.env.DOSSIER_LIB) : path.join(root, 'dist');
const libUrl = (p) => pathToFileURL(path.join(lib, p)).href;

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const TARGET_WORDS = opt('--words', 300_000);
// Seconds each system is measured, over the rounds.
const BUDGET_S = opt('--budget', 15);
const THREADS = opt('--threads', availableParallelism());
// Documents each system (each thread) reads before any clock starts, so that every one runs
// optimised code (V8 takes a few hundred reports to settle).
const WARMUP_DOCS = 300;
const ROUNDS = 3;
const FIELDS = ['id', 'published', 'url', 'outlet', 'title', 'text'];

const countWords = (text) => text.match(/\S+/g)?.length ?? 0;
const fmt = (n) => Math.round(n).toLocaleString('en-US');

// Start-up first, in new processes, before this one is busy.
function startUp() {
  const script = `const t0 = performance.now(); const { extract } = await import(${JSON.stringify(libUrl('index.js'))});
const t1 = performance.now(); extract({ text: 'Poland said on Monday it had sent 14 tanks to Ukraine.' });
const t2 = performance.now(); console.log(JSON.stringify({ boot: t0, load: t1 - t0, first: t2 - t1, total: t2 }));`;
  const runs = [1, 2, 3].map(() => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  const cli = path.join(lib, 'cli', 'main.js');
  const wall = existsSync(cli) && !process.env.DOSSIER_LIB
    ? [1, 2, 3].map(() => {
      const t = performance.now();
      execFileSync(process.execPath, [cli, 'extract', '-'], { input: 'Poland said on Monday it had sent 14 tanks to Ukraine.', encoding: 'utf8' });
      return performance.now() - t;
    })
    : null;
  return { runs, cliWall: wall };
}
const startup = startUp();

const { extract, validateInput, runStages, defaultStages } = await import(libUrl('index.js'));
const { loadTexts } = await import(libUrl('load/index.js'));
// an older build (DOSSIER_LIB) may have no worker pool: its all-cores row is then skipped
const workers = existsSync(path.join(lib, 'workers', 'pool.js'));
const { ExtractPool } = workers ? await import(libUrl('workers/pool.js')) : {};
const { orderedMap } = workers ? await import(libUrl('workers/ordered.js')) : {};

// The facts layer: every default stage that assigns only these layers (not claims).
const FACT_LAYERS = new Set(['sentences', 'tokens', 'entities', 'times', 'quantities']);
const factStages = defaultStages.filter((s) => s.assigns.every((a) => FACT_LAYERS.has(a)));

/** The real reports to read: the gold files' when present, else what the repository bundles. */
function sources() {
  const shared = process.env.DOSSIER_SHARED ?? path.join(root, '..', 'shared');
  const evalDir = path.join(shared, 'eval');
  const jsonl = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(dir, f)) : []);
  const gold = jsonl(evalDir);
  if (gold.length) return { files: gold, label: `${evalDir}` };
  const bundled = [...jsonl(path.join(root, 'examples')), ...['shared-train.jsonl', 'shared-corpus.jsonl'].map((f) => path.join(root, 'corpus', 'gold', f)).filter(existsSync)];
  return { files: bundled, label: 'the bundled examples and corpus/gold' };
}

/** Whole reports in file order, repeated until there are TARGET_WORDS words, as JSON lines. */
function buildCorpus() {
  const { files, label } = sources();
  const docs = files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)))
    .filter((d) => typeof d.text === 'string' && d.text.trim())
    .map((d) => Object.fromEntries(FIELDS.filter((k) => d[k] != null).map((k) => [k, d[k]])));
  if (!docs.length) throw new Error(`bench: no reports in ${label}`);
  const lines = [];
  let words = 0;
  for (let i = 0; words < TARGET_WORDS; i++) {
    const d = docs[i % docs.length];
    words += countWords(d.text);
    lines.push(JSON.stringify({ ...d, id: `bench-${i + 1}` }));
  }
  return { label: `${label} (${files.map((f) => path.basename(f)).join(', ')}): ${docs.length} reports`, docs, batch: Buffer.from(lines.join('\n') + '\n'), documents: lines.length, words };
}

const corpus = buildCorpus();
const loaded = loadTexts('bench.jsonl', corpus.batch, { kind: 'jsonl' });
const failed = loaded.filter((r) => 'error' in r);
if (failed.length) throw new Error(`bench corpus: ${failed[0].error}`);
const texts = loaded.map((r) => ({ text: r.input.text, words: countWords(r.input.text) }));
// Loading is measured per document (its JSON line), so that it adds to the extraction's cost.
const lines = corpus.batch.toString('utf8').split('\n').filter(Boolean).map((line, i) => ({ line, words: texts[i].words }));

const warmUp = (items, fn, n = WARMUP_DOCS) => { for (let i = 0; i < n; i++) fn(items[i % items.length]); };

/** Runs `fn` on the items, from the first and round again, for `seconds`; words per second. */
function measure(items, fn, seconds) {
  let words = 0;
  let done = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  do {
    const item = items[done % items.length];
    fn(item);
    words += item.words;
    done++;
  } while (performance.now() < deadline);
  const spent = (performance.now() - started) / 1000;
  return { wordsPerSecond: words / spent, documents: done, words, seconds: spent };
}

/** The same through the worker pool: documents in flight on every thread, results in order. */
async function measurePool(items, pool, seconds) {
  const started = performance.now();
  const deadline = started + seconds * 1000;
  let words = 0;
  let done = 0;
  async function* feed() {
    for (let i = 0; performance.now() < deadline; i++) yield items[i % items.length];
  }
  const run = async ({ line, words: w }) => {
    const [r] = loadTexts('bench', line, { kind: 'jsonl' });
    const out = await pool.run(r.input);
    if (!out.ok) throw new Error(`bench: ${out.error}`);
    return w;
  };
  for await (const w of orderedMap(feed(), run, pool.threads * 2)) {
    words += w;
    done++;
  }
  const spent = (performance.now() - started) / 1000;
  return { wordsPerSecond: words / spent, documents: done, words, seconds: spent };
}

const loadFacts = ({ line }) => {
  const [r] = loadTexts('bench', line, { kind: 'jsonl' });
  const doc = runStages(validateInput(r.input), factStages);
  return (doc.entities?.length ?? 0) + (doc.times?.length ?? 0) + (doc.quantities?.length ?? 0);
};
const loadExtract = ({ line }) => {
  const [r] = loadTexts('bench', line, { kind: 'jsonl' });
  return extract(r.input).claims.length;
};
let nlp = null;
try {
  nlp = (await import('compromise')).default;
} catch {
  // compromise is a dev dependency: absent from a production install, and then its row is skipped.
}
const compromiseRead = ({ text }) => {
  const d = nlp(text);
  return d.people().out('array').length + d.places().out('array').length + d.organizations().out('array').length + d.numbers().out('array').length;
};

// Rounds in turn (Dossier, compromise, Dossier on all cores, then again), so that a change in the
// machine's load falls on all three alike; each figure is the median of its rounds.
warmUp(lines, loadExtract);
if (nlp) warmUp(texts, compromiseRead);
const pool = workers ? new ExtractPool({ threads: THREADS, json: true, timeLimit: 0 }) : null;
async function* firstDocs(n) {
  for (let i = 0; i < n; i++) yield lines[i % lines.length];
}
if (pool) {
  for await (const r of orderedMap(firstDocs(WARMUP_DOCS * THREADS), ({ line }) => pool.run(loadTexts('bench', line, { kind: 'jsonl' })[0].input), THREADS * 2)) {
    if (!r.ok) throw new Error(`bench: ${r.error}`);
  }
}
const rounds = { whole: [], reference: [], parallel: [] };
for (let r = 0; r < ROUNDS; r++) {
  rounds.whole.push(measure(lines, loadExtract, BUDGET_S / ROUNDS));
  if (nlp) rounds.reference.push(measure(texts, compromiseRead, BUDGET_S / ROUNDS));
  if (pool) rounds.parallel.push(await measurePool(lines, pool, BUDGET_S / ROUNDS));
}
await pool?.close();
/** The round with the median rate, with the range over the rounds. */
const median = (ms) => {
  if (!ms.length) return null;
  const sorted = [...ms].sort((a, b) => a.wordsPerSecond - b.wordsPerSecond);
  return { ...sorted[Math.floor(sorted.length / 2)], low: sorted[0].wordsPerSecond, high: sorted[sorted.length - 1].wordsPerSecond };
};
const whole = median(rounds.whole);
const reference = median(rounds.reference);
const parallel = median(rounds.parallel);
warmUp(lines, loadFacts);
const facts = measure(lines, loadFacts, BUDGET_S / ROUNDS);

// Where the time goes: each default stage on its own clock (one more pass, after the others).
function stageShares() {
  const spent = new Map(defaultStages.map((s) => [s.name, 0]));
  const started = performance.now();
  for (const { text } of texts) {
    const doc = validateInput({ text });
    for (const stage of defaultStages) {
      const t = performance.now();
      const layers = stage.run(doc);
      spent.set(stage.name, spent.get(stage.name) + performance.now() - t);
      for (const key of stage.assigns) doc[key] = layers[key];
    }
    if (performance.now() - started > (BUDGET_S / ROUNDS) * 1000) break;
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0) || 1;
  return Object.fromEntries([...spent].map(([name, ms]) => [name, Math.round((100 * ms) / total)]));
}
const shares = stageShares();

/** One long document of real reports run together: time must grow with length, no faster. */
function longDocuments() {
  const out = [];
  for (const size of [100_000, 1_000_000]) {
    const parts = [];
    for (let i = 0, n = 0; n < size; i++) {
      const t = corpus.docs[i % corpus.docs.length].text;
      parts.push(t);
      n += t.length + 2;
    }
    const text = parts.join('\n\n').slice(0, size);
    const t = performance.now();
    const x = extract({ text, published: '2024-06-01' });
    const seconds = (performance.now() - t) / 1000;
    out.push({ characters: size, words: countWords(text), seconds, claims: x.claims.length });
  }
  return out;
}
const long = args.includes('--no-long') ? [] : longDocuments();

const rows = [
  ['Dossier, single thread', whole],
  [`Dossier, all cores (${THREADS} threads)`, parallel],
  ['compromise, single thread', reference],
  ['Dossier facts layer, 1 thread', facts],
];
const ratio = (m) => (reference && m ? m.wordsPerSecond / reference.wordsPerSecond : null);
const ms = (xs) => { const s = [...xs].sort((a, b) => a - b); return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] }; };
const start = {
  firstExtraction: ms(startup.runs.map((r) => r.total)),
  importMs: ms(startup.runs.map((r) => r.load)),
  firstReportMs: ms(startup.runs.map((r) => r.first)),
  cliWallMs: startup.cliWall && ms(startup.cliWall),
};

if (args.includes('--json')) {
  console.log(JSON.stringify({ corpus: { source: corpus.label, documents: corpus.documents, words: corpus.words }, threads: THREADS, rounds: ROUNDS,
    results: Object.fromEntries(rows.map(([name, m]) => [name, m && { ...m, ratioToCompromiseSingleThread: ratio(m) }])),
    stageShares: shares, startUp: start, longDocuments: long }, null, 2));
} else {
  console.log(`corpus: ${fmt(corpus.words)} words in ${corpus.documents} documents, whole reports repeated from ${corpus.label}`);
  console.log(`words per second, median of ${ROUNDS} rounds taken in turn (range), ${BUDGET_S} s each system:`);
  console.log(`${'measure'.padEnd(34)}${'words/s'.padStart(10)}${'range'.padStart(20)}${'× compromise 1 thread'.padStart(24)}`);
  for (const [name, m] of rows) {
    if (!m) { console.log(`${name.padEnd(34)}  skipped: ${name.startsWith('compromise') ? 'compromise (a dev dependency) is not installed' : 'this build has no worker pool'}`); continue; }
    const r = ratio(m);
    const range = m.low == null ? '' : `${fmt(m.low)}–${fmt(m.high)}`;
    console.log(`${name.padEnd(34)}${fmt(m.wordsPerSecond).padStart(10)}${range.padStart(20)}${(r == null ? '' : `${r.toFixed(1)}×`).padStart(24)}`);
  }
  console.log(`time per stage (single thread): ${Object.entries(shares).map(([k, v]) => `${k} ${v}%`).join(', ')}`);
  const s = start;
  console.log(`start-up, a new process to its first extraction (3 runs): ${fmt(s.firstExtraction.min)}–${fmt(s.firstExtraction.max)} ms `
    + `(import ${fmt(s.importMs.median)} ms, first report with lexicons and model ${fmt(s.firstReportMs.median)} ms, medians)`
    + (s.cliWallMs ? `; \`dossier extract\` of one sentence, wall clock: ${fmt(s.cliWallMs.min)}–${fmt(s.cliWallMs.max)} ms` : ''));
  for (const d of long) console.log(`one document of ${fmt(d.characters)} characters (${fmt(d.words)} words): ${d.seconds.toFixed(2)} s, ${fmt(d.claims)} claims`);
}
