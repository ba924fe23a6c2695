#!/usr/bin/env node
// Ingests the reports written for issue 10 (test/fixtures/issue10: ten kinds of report, a saved
// HTML copy of one of them and an undated text file) into a fresh store and prints, per kind, the
// events with their original sources and disagreements as markdown. Run after `npm run build`:
//   node scripts/issue10-ledger.mjs > ledger.md
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestInputs, listEvents, openStore } from '../dist/ledger/index.js';
import { loadPath } from '../dist/load/index.js';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(ROOT, 'test', 'fixtures', 'issue10');
const reports = readFileSync(path.join(DIR, 'reports.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const kindOf = new Map(reports.map((r) => [r.id, r.kind]));

async function* inputs() {
  for (const f of ['reports.jsonl', 'saved-page-copy.html', 'undated-drones.txt']) yield* loadPath(path.join(DIR, f));
}

const tmp = mkdtempSync(path.join(tmpdir(), 'issue10-'));
const store = openStore(path.join(tmp, 'ledger.db'));
const summary = await ingestInputs(store, inputs());
const { items } = await listEvents(store, { limit: 1000 });
const events = [];
for (const e of items) events.push(await store.getEvent(e.id));
await store.close();
rmSync(tmp, { recursive: true, force: true });

const fig = (e) => (e.min == null ? '' : e.min === e.max ? e.min.toLocaleString('en-US') : `${e.min.toLocaleString('en-US')}–${(e.max ?? e.min).toLocaleString('en-US')}`);
const who = (e) => e.headline ?? `${e.agent?.name ?? '—'} → ${e.recipient?.name ?? '—'}${e.location ? ` (${e.location.name})` : ''}`;
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const kinds = [...new Set(reports.map((r) => r.kind))];
const byKind = new Map(kinds.map((k) => [k, []]));
byKind.set('other files', []);
for (const e of events) {
  const ks = new Set(e.reports.map((r) => kindOf.get(r.document) ?? 'other files'));
  for (const k of ks) byKind.get(k).push(e);
}

const out = [];
out.push(`${summary.added} documents added, ${summary.unchanged} unchanged, ${summary.failed} failed; ${events.length} events.`, '');
for (const [kind, list] of byKind) {
  if (!list.length) continue;
  out.push(`### ${kind}`, '', '| event | who | figure | unit | reports (documents) | original sources | disagreement |', '|---|---|---|---|---|---|---|');
  for (const e of list) {
    const docs = [...new Set(e.reports.map((r) => r.document.replace(/^.*\//, '')))];
    const dis = e.disagreement ? `${e.disagreement_rule ? `[${e.disagreement_rule}] ` : ''}${e.disagreement_reason}` : '';
    out.push(`| ${e.event} | ${cell(who(e))} | ${fig(e)} | ${cell(e.unit)} | ${e.n_reports} (${cell(docs.join(', '))}) | ${cell(e.original_sources.join('; '))} | ${cell(dis)} |`);
  }
  out.push('');
}
process.stdout.write(out.join('\n'));
