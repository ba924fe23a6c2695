#!/usr/bin/env node
// How many actors of the gold claims (agent, recipient, location, sources) are entities of their
// document with the right canonical name, by the scorer's own name matching (`sameName` in
// ../shared/eval/score.mjs, read at run time, never copied). Collective sources ("South Korean,
// US, and Ukrainian officials", "diplomatic sources") are the attribution layer's; for those we
// count only whether the countries they name are country mentions.
//   node scripts/entity-coverage.mjs [--verbose] [GOLD.jsonl …]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = process.env.DOSSIER_SHARED ?? path.join(root, '..', 'shared');
const scorer = path.join(shared, 'eval', 'score.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
const golds = files.length ? files : ['seed.gold.jsonl', 'dev.gold.jsonl'].map((f) => path.join(shared, 'eval', f));
if (!existsSync(scorer) || !golds.every((f) => existsSync(f))) {
  console.log(`entity-coverage: no gold files at ${shared} (set DOSSIER_SHARED to point at them); nothing to measure.`);
  process.exit(0);
}

// run the TypeScript sources directly (tsx is a dev dependency), or the build when there is one
let findEntities;
let makeDoc;
try {
  const { register } = await import('tsx/esm/api');
  register();
  ({ findEntities } = await import(path.join(root, 'src', 'stages', 'entities.ts')));
  ({ makeDoc } = await import(path.join(root, 'src', 'doc.ts')));
} catch {
  ({ findEntities } = await import(path.join(root, 'dist', 'stages', 'entities.js')));
  ({ makeDoc } = await import(path.join(root, 'dist', 'doc.js')));
}

// the scorer's name matching, from its own text
const src = readFileSync(scorer, 'utf8');
const from = src.indexOf('const ALIASES');
const to = src.indexOf('const anyName');
if (from < 0 || to < 0) throw new Error(`entity-coverage: cannot find sameName in ${scorer}; has the scorer changed?`);
const sameName = new Function(`${src.slice(from, to)}; return sameName;`)();

const COLLECTIVE = /\b(?:officials|sources?|reports|media|experts|lawmakers|donors|records|interlocutors|outlets|allies|refugees|officers|diplomats)\b/i;
const count = () => ({ ok: 0, n: 0 });
const by = { agent: count(), recipient: count(), location: count(), sources: count(), collective: count() };
const misses = [];

for (const file of golds) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const g = JSON.parse(line);
    const entities = findEntities(makeDoc(g.text, { id: g.id, published: g.published }));
    const names = entities.map((e) => e.name);
    const seen = new Set();
    const check = (field, value) => {
      const alts = Array.isArray(value) ? value : [value];
      const key = field + '|' + alts.join('/');
      if (value == null || seen.has(key)) return;
      seen.add(key);
      if (alts.every((v) => COLLECTIVE.test(v))) {
        // the countries a collective source names should be country mentions
        const parts = findEntities(makeDoc(alts[0])).filter((e) => e.type === 'country');
        for (const p of parts) {
          by.collective.n++;
          if (entities.some((e) => e.id === p.id)) by.collective.ok++;
          else misses.push(`[${g.id}] ${field} "${alts[0]}": country ${p.name} not mentioned`);
        }
        return;
      }
      by[field].n++;
      if (alts.some((v) => names.some((n) => sameName(v, n)))) by[field].ok++;
      else misses.push(`[${g.id}] ${field} ${JSON.stringify(value)} not among ${names.length} entities`);
    };
    for (const c of g.claims) {
      for (const f of ['agent', 'recipient', 'location']) check(f, c[f]);
      for (const s of c.sources ?? []) check('sources', s);
    }
  }
}

const pct = (x) => (x.n ? ((100 * x.ok) / x.n).toFixed(1) + '%' : '—');
const named = ['agent', 'recipient', 'location', 'sources'].reduce((t, f) => ({ ok: t.ok + by[f].ok, n: t.n + by[f].n }), count());
for (const [f, x] of Object.entries(by)) console.log(`${f.padEnd(11)} ${String(x.ok).padStart(4)}/${String(x.n).padEnd(4)} ${pct(x)}`);
if (verbose || misses.length <= 20) for (const m of misses) console.log('  miss ' + m);
console.log(`named actors resolved: ${named.ok}/${named.n} = ${pct(named)}`);
