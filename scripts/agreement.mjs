#!/usr/bin/env node
// Inter-annotator agreement on the double-annotated corpus documents: the second annotation
// (corpus/agreement/second-annotations.jsonl) is scored as if it were a system against the first
// (corpus/gold/), with the yardstick's scorer (../shared/eval/score.mjs; skipped when absent).
//   node scripts/agreement.mjs [--verbose]
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = process.env.DOSSIER_SHARED ?? path.join(root, '..', 'shared');
const scorer = path.join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`agreement: no scorer at ${scorer}; nothing to score.`);
  process.exit(0);
}
const jsonl = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const second = jsonl(path.join(root, 'corpus', 'agreement', 'second-annotations.jsonl'));
const goldDir = path.join(root, 'corpus', 'gold');
const first = new Map(readdirSync(goldDir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => jsonl(path.join(goldDir, f))).map((d) => [d.id, d]));

const at = (text, s) => { const i = s ? text.indexOf(s) : -1; return i < 0 ? null : { start: i, end: i + s.length, text: s }; };
const actor = (x) => (x == null ? null : { id: null, name: Array.isArray(x) ? x[0] : x });

/** A gold-format annotation read as a dossier/1 extraction. */
function asSystem(d) {
  const claims = d.claims.map((c, k) => {
    const ev = at(d.text, c.quote);
    const t = c.time ? at(d.text, c.time) : null;
    return {
      id: `c${k + 1}`, evidence: ev, event: c.event, trigger: null,
      agent: actor(c.agent), recipient: actor(c.recipient), location: actor(c.location), theme: c.unit,
      quantity: c.min != null || c.vague ? { ...ev, min: c.min, max: c.max, approximate: c.approximate, vague: c.vague, unit: c.unit } : null,
      time: t ? { ...t, value: d.times.find((x) => x.text === c.time)?.value ?? null } : null,
      sources: c.sources.map((name) => ({ name, id: null, cue: null, start: 0, end: 0 })),
      certainty: c.certainty, polarity: c.polarity ?? 'positive', status: c.status, rules: ['annotator'],
    };
  });
  const times = d.times.map((x) => ({ ...at(d.text, x.text), value: x.value, type: 'DATE' })).filter((x) => x.start != null);
  return { format: 'dossier/1', document: { id: d.id, text: d.text }, entities: [], times, quantities: [], claims };
}

const pairs = second.filter((d) => first.has(d.id));
const dir = mkdtempSync(path.join(tmpdir(), 'dossier-agreement-'));
writeFileSync(path.join(dir, 'first.jsonl'), pairs.map((d) => JSON.stringify(first.get(d.id))).join('\n') + '\n');
writeFileSync(path.join(dir, 'second.jsonl'), pairs.map((d) => JSON.stringify(asSystem(d))).join('\n') + '\n');
console.log(`${pairs.length} documents annotated twice; the second annotation scored against the first:`);
const run = spawnSync(process.execPath, [scorer, '--gold', path.join(dir, 'first.jsonl'), '--out', path.join(dir, 'second.jsonl'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
