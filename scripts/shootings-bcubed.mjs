#!/usr/bin/env node
// B-cubed over documents for the local shooting reports written for issue 10
// (test/fixtures/issue10/shootings.jsonl): two reports are grouped when the ledger puts claims of
// both in one event; each report's predicted cluster is the reports it shares an event with.
// Prints precision, recall and F1, and the same for no grouping at all. Run after `npm run build`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestInputs, listEvents, openStore } from '../dist/ledger/index.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? path.join(ROOT, 'test', 'fixtures', 'issue10', 'shootings.jsonl');
const docs = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l));

export function bcubed(gold, predicted) {
  let p = 0;
  let r = 0;
  for (const [d, g] of gold) {
    const c = predicted.get(d);
    const both = [...c].filter((x) => g.has(x)).length;
    p += both / c.size;
    r += both / g.size;
  }
  p /= gold.size;
  r /= gold.size;
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r) };
}

const store = openStore(':memory:');
await ingestInputs(store, docs.map(({ incident: _i, ...d }) => d));
const events = (await listEvents(store, { limit: 100000 })).items;
const gold = new Map(docs.map((d) => [d.id, new Set(docs.filter((o) => o.incident === d.incident).map((o) => o.id))]));
const predicted = new Map(docs.map((d) => [d.id, new Set([d.id])]));
for (const e of events) {
  const ids = [...new Set(e.reports.map((r) => r.document))];
  for (const a of ids) for (const b of ids) predicted.get(a)?.add(b);
}
const singletons = new Map(docs.map((d) => [d.id, new Set([d.id])]));
const f = (x) => x.toFixed(3);
const show = (name, s) => console.log(`${name.padEnd(12)} precision ${f(s.precision)}  recall ${f(s.recall)}  F1 ${f(s.f1)}`);
console.log(`${docs.length} reports of ${new Set(docs.map((d) => d.incident)).size} incidents; ${events.length} events`);
show('ledger', bcubed(gold, predicted));
show('no grouping', bcubed(gold, singletons));
if (process.argv.includes('--verbose')) {
  for (const e of events) if (new Set(e.reports.map((r) => r.document)).size > 1 || e.event === 'casualties') console.log(`${e.event} ${e.agent?.name ?? '—'} (${e.location?.name ?? ''}) ${e.min ?? ''} ${e.unit ?? ''}: ${[...new Set(e.reports.map((r) => `${r.document}[${docs.find((d) => d.id === r.document)?.incident}]`))].join(' ')}`);
}
await store.close();
