#!/usr/bin/env node
// Throughput benchmark (`npm run bench`, after a build): words per second of
//   (a) loading + the facts layer (segment, entities, times, quantities),
//   (b) the whole extraction, extract(),
//   (c) compromise reading people, places, organisations and numbers from the same texts,
// on a corpus built here from the bundled examples (no network, no shared files), with the
// ratios against compromise. Targets: (a) ≥ 20×, (b) ≥ 10× compromise.
//   node bench/run.mjs [--words 300000] [--budget 15] [--json]
// DOSSIER_LIB=path/to/lib runs against another build (e.g. `node --import tsx bench/run.mjs` with
// DOSSIER_LIB=src); the default is ../dist.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const lib = process.env.DOSSIER_LIB ? path.resolve(process.env.DOSSIER_LIB) : path.join(here, '..', 'dist');
const { extract, validateInput, runStages, defaultStages } = await import(pathToFileURL(path.join(lib, 'index.js')).href);
const { loadTexts } = await import(pathToFileURL(path.join(lib, 'load', 'index.js')).href);

const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const TARGET_WORDS = opt('--words', 300_000);
// Seconds at most per measurement, so that a slow stage cannot push the run past a minute.
const BUDGET_S = opt('--budget', 15);
// Documents each system reads before any clock starts, so that every one runs JIT-compiled code.
const WARMUP_DOCS = 100;

// The facts layer: every default stage that assigns only these layers (not claims).
const FACT_LAYERS = new Set(['sentences', 'tokens', 'entities', 'times', 'quantities']);
const factStages = defaultStages.filter((s) => s.assigns.every((a) => FACT_LAYERS.has(a)));

const countWords = (text) => text.match(/\S+/g)?.length ?? 0;

// A deterministic shuffle (mulberry32): the same corpus on every run and machine.
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Documents of report length (~350 words) made of the examples' paragraphs in shuffled order,
// each dated like one of the examples, written as a JSON-lines batch like `dossier ingest` reads.
function buildCorpus() {
  const dir = path.join(here, '..', 'examples');
  const docs = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()
    .flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));
  const paragraphs = docs.flatMap((d) => d.text.split(/\n+/).filter((p) => p.trim()));
  const rand = random(42);
  const lines = [];
  let words = 0;
  while (words < TARGET_WORDS) {
    const base = docs[Math.floor(rand() * docs.length)];
    const parts = [];
    let n = 0;
    while (n < 350) {
      const p = paragraphs[Math.floor(rand() * paragraphs.length)];
      parts.push(p);
      n += countWords(p);
    }
    words += n;
    lines.push(JSON.stringify({ id: `bench-${lines.length + 1}`, published: base.published, outlet: base.outlet, text: parts.join('\n\n') }));
  }
  return { batch: Buffer.from(lines.join('\n') + '\n'), documents: lines.length, words };
}

const warmUp = (items, fn) => { for (const item of items.slice(0, WARMUP_DOCS)) fn(item); };

/** Runs `fn` on each item until done or out of budget; words per second over what it did. */
function measure(items, fn) {
  let words = 0;
  let done = 0;
  let found = 0;
  const started = performance.now();
  const deadline = started + BUDGET_S * 1000;
  for (const item of items) {
    found += fn(item);
    words += item.words;
    done++;
    if (performance.now() > deadline) break;
  }
  const seconds = (performance.now() - started) / 1000;
  return { wordsPerSecond: words / seconds, documents: done, words, seconds, found };
}

const corpus = buildCorpus();
const loaded = loadTexts('bench.jsonl', corpus.batch, { kind: 'jsonl' });
const failed = loaded.filter((r) => 'error' in r);
if (failed.length) throw new Error(`bench corpus: ${failed[0].error}`);
const texts = loaded.map((r) => ({ text: r.input.text, words: countWords(r.input.text) }));
// Loading is measured per document (its JSON line), so that it adds to the facts layer's cost.
const lines = corpus.batch.toString('utf8').split('\n').filter(Boolean).map((line, i) => ({ line, words: texts[i].words }));

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
  // compromise is a dev dependency: absent from a production install, and then (c) is skipped.
}
const compromiseRead = ({ text }) => {
  const d = nlp(text);
  return d.people().out('array').length + d.places().out('array').length + d.organizations().out('array').length + d.numbers().out('array').length;
};

warmUp(lines, loadFacts);
warmUp(lines, loadExtract);
if (nlp) warmUp(texts, compromiseRead);
const facts = measure(lines, loadFacts);
const whole = measure(lines, loadExtract);
const reference = nlp && measure(texts, compromiseRead);

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
    if (performance.now() - started > BUDGET_S * 1000) break;
  }
  const total = [...spent.values()].reduce((a, b) => a + b, 0) || 1;
  return [...spent].map(([name, ms]) => `${name} ${Math.round((100 * ms) / total)}%`).join(', ');
}
const shares = stageShares();

const rows = [
  ['(a) load + facts layer', facts, 20, 'entities+times+quantities'],
  ['(b) whole extraction', whole, 10, 'claims'],
  ['(c) compromise', reference, null, 'people+places+orgs+numbers'],
];
const ratio = (m) => (reference && m ? m.wordsPerSecond / reference.wordsPerSecond : null);

if (args.includes('--json')) {
  console.log(JSON.stringify({ corpus: { documents: corpus.documents, words: corpus.words }, factStages: factStages.map((s) => s.name),
    stageShares: shares, results: Object.fromEntries(rows.map(([name, m, target]) => [name, m && { ...m, ratio: ratio(m), target }])) }, null, 2));
} else {
  const fmt = (n) => Math.round(n).toLocaleString('en-US');
  console.log(`corpus: ${corpus.documents} documents, ${fmt(corpus.words)} words (bundled examples, shuffled paragraphs); facts stages: ${factStages.map((s) => s.name).join(', ')}`);
  console.log(`${'measure'.padEnd(26)}${'words/s'.padStart(12)}${'docs'.padStart(7)}${'seconds'.padStart(9)}${'× compromise'.padStart(14)}  target   found`);
  for (const [name, m, target, what] of rows) {
    if (!m) { console.log(`${name.padEnd(26)}  skipped: compromise (a dev dependency) is not installed`); continue; }
    const r = ratio(m);
    const verdict = target == null || r == null ? '' : `≥ ${target}× ${r >= target ? 'ok' : 'MISSED'}`;
    console.log(`${name.padEnd(26)}${fmt(m.wordsPerSecond).padStart(12)}${String(m.documents).padStart(7)}${m.seconds.toFixed(1).padStart(9)}${(r == null ? '' : `${r.toFixed(1)}×`).padStart(14)}  ${verdict.padEnd(8)} ${fmt(m.found)} ${what}`);
  }
  console.log(`time per stage in the whole extraction: ${shares}`);
}
