#!/usr/bin/env node
// How many numbers of the gold claims come out as a quantity of their document with the right
// min, max, approximate and vague flags and unit: a quantity that overlaps the claim's quote and
// holds its numbers. The unit is compared as the scorer does (a word of the gold unit in ours).
//   node scripts/quantity-coverage.mjs [--verbose] [GOLD.jsonl …]
// Skips cleanly when the gold files (../shared, or DOSSIER_SHARED) are not there.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = process.env.DOSSIER_SHARED ?? path.join(root, '..', 'shared');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
const golds = files.length ? files : ['seed.gold.jsonl', 'dev.gold.jsonl'].map((f) => path.join(shared, 'eval', f));
if (!golds.every((f) => existsSync(f))) {
  console.log(`quantity-coverage: no gold files at ${shared} (set DOSSIER_SHARED to point at them); nothing to measure.`);
  process.exit(0);
}

let extract;
try {
  const { register } = await import('tsx/esm/api');
  register();
  ({ extract } = await import(path.join(root, 'src', 'extract.ts')));
} catch {
  ({ extract } = await import(path.join(root, 'dist', 'extract.js')));
}

const words = (s) => String(s ?? '').toLowerCase().replace(/[^a-z0-9 ]/g, ' ').split(/\s+/).filter(Boolean);
const unitOk = (gold, ours) => {
  const g = words(gold);
  const o = words(ours);
  return !g.length || g.some((w) => o.includes(w) || o.includes(w.replace(/s$/, '')) || o.includes(`${w}s`));
};

const tally = { numbers: 0, found: 0, flags: 0, unit: 0 };
for (const file of golds) {
  for (const line of readFileSync(file, 'utf8').split('\n').filter((l) => l.trim())) {
    const g = JSON.parse(line);
    const out = extract({ id: g.id, text: g.text, published: g.published });
    for (const c of g.claims.filter((x) => x.min != null)) {
      tally.numbers++;
      const at = g.text.indexOf(c.quote);
      const hit = out.quantities.find((q) => q.start < at + c.quote.length && at < q.end && q.min === c.min && q.max === c.max);
      if (!hit) {
        if (verbose) console.log(`[${g.id}] no quantity ${c.min}..${c.max} in "${c.quote}"`);
        continue;
      }
      tally.found++;
      const flags = Boolean(hit.approximate) === Boolean(c.approximate) && Boolean(hit.vague) === Boolean(c.vague);
      if (flags) tally.flags++;
      else if (verbose) console.log(`[${g.id}] flags of "${hit.text}": approximate ${hit.approximate}/${c.approximate}, vague ${hit.vague}/${c.vague}`);
      if (unitOk(c.unit, hit.unit)) tally.unit++;
      else if (verbose) console.log(`[${g.id}] unit of "${hit.text}": ${hit.unit} (gold ${c.unit})`);
    }
  }
}
const pct = (n) => `${((100 * n) / (tally.numbers || 1)).toFixed(1)}%`;
console.log(`gold numbers ${tally.numbers}: found with their numbers ${tally.found} (${pct(tally.found)}), flags right ${tally.flags} (${pct(tally.flags)}), unit right ${tally.unit} (${pct(tally.unit)})`);
