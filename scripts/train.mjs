#!/usr/bin/env node
// npm run train — learns the decisions the rules cannot settle alone (issue 9): whether a count is a
// claim, its event type, its agent, recipient and original source, from the annotated corpus in
// corpus/gold/ (families marked "read" in corpus/families.tsv only). Deterministic: the same corpus
// gives the same src/models/claims.json. Prints, per decision, the rules' accuracy and the learned
// one's on held-out folds (5-fold cross-validation by document).
//   node scripts/train.mjs [--folds 5] [--dry]   (--dry: report only, write nothing)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compact, predictBinary, predictMulticlass, predictRank, trainBinary, trainMulticlass, trainRank } from './lib/learn.mjs';
import { makeMatcher } from './lib/names.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { extract } = await import(path.join(root, 'dist', 'extract.js'));
const { traceDecisions } = await import(path.join(root, 'dist', 'stages', 'claims', 'learn', 'decide.js'));
const { useModels } = await import(path.join(root, 'dist', 'stages', 'claims', 'learn', 'model.js'));
const args = process.argv.slice(2);
const opt = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const FOLDS = Number(opt('--folds')) || 5;
// --docs FILE: train on these gold documents only (for cross-validation); --out FILE: where to write
// the model; --models a,b: which models to write (detect, event, agent, recipient, source)
const EVENTS = ['deploy', 'transfer', 'casualties', 'combat', 'recruit', 'agreement', 'meeting', 'other'];

// ---- the corpus: read families only --------------------------------------------------------
const families = new Map(readFileSync(path.join(root, 'corpus', 'families.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('family\t')).map((l) => l.split('\t')));
const goldDir = path.join(root, 'corpus', 'gold');
const docs = (opt('--docs') ? [opt('--docs')] : readdirSync(goldDir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(goldDir, f)))
  .flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)))
  .filter((d) => families.get(d.topic) === 'read')
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const seen = new Set();
const unique = docs.filter((d) => !seen.has(d.id) && seen.add(d.id));
console.log(`training on ${unique.length} documents of families ${[...families].filter(([, s]) => s === 'read').map(([f]) => f).join(', ')}`);
const matches = makeMatcher(extract);

// ---- tracing: every decision the extractor makes, with its candidates ----------------------------
function trace(models) {
  useModels(models);
  const out = [];
  for (const [di, d] of unique.entries()) {
    const records = [];
    traceDecisions((r) => records.push(r));
    try { extract({ text: d.text, id: d.id, published: d.published, outlet: d.outlet, title: d.title }); } finally { traceDecisions(null); }
    out.push({ di, doc: d, records, links: link(d, records) });
  }
  useModels(undefined);
  return out;
}

const occurrences = (text, quote) => { const o = []; let i = quote ? text.indexOf(quote) : -1; while (i >= 0) { o.push([i, i + quote.length]); i = text.indexOf(quote, i + 1); } return o; };
const overlaps = (a, s, e) => a[0] < e && s < a[1];

/** Gold claim → record, one to one, as the scorer matches them. */
function link(d, records) {
  const used = new Set();
  const links = new Map();
  for (const gc of d.claims.filter((c) => c.min != null)) {
    const where = occurrences(d.text, gc.quote);
    let best = -1, inside = false;
    records.forEach((r, k) => {
      const q = r.claim.quantity;
      if (used.has(k) || !q || q.min !== gc.min || q.max !== gc.max) return;
      const qIn = where.some((w) => overlaps(w, q.start, q.end));
      if (!qIn && !where.some((w) => overlaps(w, r.claim.evidence.start, r.claim.evidence.end))) return;
      if (best < 0 || (qIn && !inside)) { best = k; inside = qIn; }
    });
    if (best >= 0) { used.add(best); links.set(best, gc); }
  }
  for (const gc of d.claims.filter((c) => c.min == null)) {
    const where = occurrences(d.text, gc.quote);
    const k = records.findIndex((r, k2) => !used.has(k2) && (r.claim.quantity?.min == null) && r.claim.event === gc.event
      && r.claim.evidence.end - r.claim.evidence.start <= Math.max(300, 3 * gc.quote.length) && where.some((w) => overlaps(w, r.claim.evidence.start, r.claim.evidence.end)));
    if (k >= 0) { used.add(k); links.set(k, gc); }
  }
  return links;
}

const fold = (di) => di % FOLDS;
const pct = (a, n) => (n ? ((100 * a) / n).toFixed(1) : '—');

// ---- stage 1: detection and event type -------------------------------------------------------
const t1 = trace(null);
const detectEx = [], eventEx = [];
for (const { di, records, links } of t1) records.forEach((r, k) => {
  if (r.detect) detectEx.push({ di, f: r.detect, y: links.has(k) ? 1 : 0, rule: !r.candidate });
  const gc = links.get(k);
  if (gc && (r.claim.quantity?.min != null)) eventEx.push({ di, f: r.event, y: EVENTS.indexOf(gc.event), rule: EVENTS.indexOf(r.claim.event) });
});

function cvBinary(ex) {
  const probs = new Array(ex.length);
  for (let k = 0; k < FOLDS; k++) {
    const m = trainBinary(ex.filter((e) => fold(e.di) !== k));
    ex.forEach((e, i) => { if (fold(e.di) === k) probs[i] = predictBinary(m, e.f); });
  }
  const f1 = (pred) => { let tp = 0, fp = 0, fn = 0; ex.forEach((e, i) => { if (pred(e, i) && e.y) tp++; else if (pred(e, i)) fp++; else if (e.y) fn++; }); return (2 * tp) / (2 * tp + fp + fn || 1); };
  let best = { th: 0.5, f: 0 };
  for (let th = 0.2; th <= 0.8001; th += 0.05) { const f = f1((e, i) => probs[i] >= th); if (f > best.f + 1e-9) best = { th: Math.round(th * 100) / 100, f }; }
  console.log(`detect     ${ex.length} counts, ${ex.filter((e) => e.y).length} claims; held-out F1: rules ${pct(f1((e) => e.rule), 1)} → learned ${pct(best.f, 1)} (threshold ${best.th})`);
  return best.th;
}
function cvMulticlass(ex) {
  let ok = 0, rule = 0;
  for (let k = 0; k < FOLDS; k++) {
    const m = trainMulticlass(ex.filter((e) => fold(e.di) !== k), EVENTS.length);
    for (const e of ex.filter((x) => fold(x.di) === k)) { if (predictMulticlass(m, e.f) === e.y) ok++; if (e.rule === e.y) rule++; }
  }
  console.log(`event      ${ex.length} matched counted claims; held-out accuracy: rules ${pct(rule, ex.length)} → learned ${pct(ok, ex.length)}`);
}
const threshold = cvBinary(detectEx);
cvMulticlass(eventEx);
const detect = { kind: 'binary', threshold, ...roundBinary(trainBinary(detectEx)) };
const event = { kind: 'multiclass', classes: EVENTS, ...roundMulti(trainMulticlass(eventEx, EVENTS.length)) };

// ---- stage 2: agent, recipient, original source ----------------------------------------------
const t2 = trace({ detect, event });
const groups = { agent: [], recipient: [], source: [] };
let coverage = { agent: [0, 0], recipient: [0, 0], source: [0, 0] };
for (const { di, records, links } of t2) records.forEach((r, k) => {
  const gc = links.get(k);
  if (!gc || r.claim.rules.includes('learned:dropped')) return;
  for (const role of ['agent', 'recipient']) {
    const gold = r[role].findIndex((c) => matches(gc[role], c.actor));
    const ruleIdx = r[role].findIndex((c) => c.features.includes('rule') || (c.actor == null && r[role].some((x) => x.features.includes('rule-null')) && !r[role].some((x) => x.features.includes('rule'))));
    coverage[role][1]++;
    if (gold < 0) continue;
    coverage[role][0]++;
    groups[role].push({ di, cands: r[role].map((c) => c.features), gold, rule: ruleIdx });
  }
  const first = gc.sources[0] ?? null;
  const gold = r.source.findIndex((c) => (first == null ? c.chain == null : c.chain != null && matches(first, c.chain[0])));
  const ruleIdx = r.source.findIndex((c) => c.features.some((f) => f === 'rule-pos=first') || (c.chain == null && c.features.includes('NONE&rule-none')));
  coverage.source[1]++;
  if (gold >= 0) { coverage.source[0]++; groups.source.push({ di, cands: r.source.map((c) => c.features), gold, rule: ruleIdx }); }
});
function cvRank(name, gs) {
  let ok = 0, rule = 0;
  for (let k = 0; k < FOLDS; k++) {
    const m = trainRank(gs.filter((g) => fold(g.di) !== k));
    for (const g of gs.filter((x) => fold(x.di) === k)) { if (predictRank(m, g.cands) === g.gold) ok++; if (g.rule === g.gold) rule++; }
  }
  const [c, n] = coverage[name];
  console.log(`${name.padEnd(10)} ${gs.length} claims (gold among candidates in ${pct(c, n)}%); held-out accuracy: rules ${pct(rule, gs.length)} → learned ${pct(ok, gs.length)}`);
}
for (const role of ['agent', 'recipient', 'source']) cvRank(role, groups[role]);
const ranked = Object.fromEntries(['agent', 'recipient', 'source'].map((r) => [r, { kind: 'rank', w: compact(trainRank(groups[r]).w) }]));

function roundBinary(m) { return { bias: Math.round(m.bias * 1e4) / 1e4, w: compact(m.w) }; }
function roundMulti(m) { return { bias: m.bias.map((x) => Math.round(x * 1e4) / 1e4), w: compact(m.w) }; }

const file = {
  format: 'dossier-claims-model/1',
  trainedOn: { documents: unique.length, families: [...families].filter(([, s]) => s === 'read').map(([f]) => f), command: 'npm run train' },
  models: Object.fromEntries(Object.entries({ detect, event, ...ranked }).filter(([k]) => !opt('--models') || opt('--models').split(',').includes(k))),
};
if (!args.includes('--dry')) {
  const out = opt('--out') ?? path.join(root, 'src', 'models', 'claims.json');
  writeFileSync(out, JSON.stringify(file) + '\n');
  console.log(`wrote ${out}`);
}
