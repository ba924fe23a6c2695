#!/usr/bin/env node
// The measured reason our time rules are our own parsers rather than chrono-node plus refiners:
// chrono-node alone on the time benchmarks in ../shared, scored like our extractor, with its speed.
//   node scripts/chrono-baseline.mjs          (npm run eval gives our own figures)
// chrono's dates are written as TIMEX3 values from the fields it is sure of (a weekday fixes the day).
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import path from 'node:path';
import * as chrono from 'chrono-node';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = process.env.DOSSIER_SHARED ?? path.join(root, '..', 'shared');
const scorer = path.join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`chrono baseline: no benchmarks at ${shared} (set DOSSIER_SHARED to point at them); nothing to score.`);
  process.exit(0);
}
const pad = (n) => String(n).padStart(2, '0');
const timex = (c) => {
  let value = String(c.get('year'));
  const day = c.isCertain('day') || c.isCertain('weekday');
  if (c.isCertain('month') || day) value += '-' + pad(c.get('month'));
  if (day) value += '-' + pad(c.get('day'));
  if (c.isCertain('hour')) value += 'T' + pad(c.get('hour')) + ':' + pad(c.get('minute'));
  return value;
};
const tmp = mkdtempSync(path.join(os.tmpdir(), 'chrono-'));
for (const file of ['benchmarks/te3-platinum.times.jsonl', 'benchmarks/meantime.times.jsonl']) {
  const docs = readFileSync(path.join(shared, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const parse = (d) => chrono.parse(d.text, d.published ? new Date(`${d.published}T12:00:00Z`) : new Date());
  for (const d of docs.slice(0, 20)) parse(d); // warm up
  let words = 0;
  let ms = 0;
  const lines = docs.map((d) => {
    const t0 = performance.now();
    const found = parse(d);
    ms += performance.now() - t0;
    words += d.text.split(/\s+/).length;
    const times = found.map((r) => ({ start: r.index, end: r.index + r.text.length, text: r.text, value: timex(r.start), type: r.start.isCertain('hour') ? 'TIME' : 'DATE' }));
    return JSON.stringify({ format: 'dossier/1', document: { id: d.id, text: d.text, published: d.published }, sentences: [], mentions: [], entities: [], times, quantities: [], claims: [] });
  });
  const out = path.join(tmp, path.basename(file));
  writeFileSync(out, lines.join('\n') + '\n');
  console.log(`\n== chrono-node alone on ${file}: ${Math.round(words / (ms / 1000)).toLocaleString('en-US')} words/s`);
  spawnSync(process.execPath, [scorer, '--gold', path.join(shared, file), '--out', out, '--times'], { stdio: 'inherit' });
}
