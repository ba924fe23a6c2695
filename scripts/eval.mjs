#!/usr/bin/env node
// Scores the extractor against the gold files in ../shared (when they are there).
//   npm run eval                 seed + dev + benchmarks
//   npm run eval -- seed --verbose
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = process.env.DOSSIER_SHARED ?? path.join(root, '..', 'shared');
const scorer = path.join(shared, 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.log(`npm run eval: no gold files at ${shared} (set DOSSIER_SHARED to point at them); nothing to score.`);
  process.exit(0);
}
const sets = {
  seed: ['eval/seed.gold.jsonl', []],
  dev: ['eval/dev.gold.jsonl', []],
  te3: ['benchmarks/te3-platinum.times.jsonl', ['--times']],
  meantime: ['benchmarks/meantime.times.jsonl', ['--times']],
};
const args = process.argv.slice(2);
const chosen = args.filter((a) => a in sets);
const extra = args.filter((a) => !(a in sets));
const cmd = `node ${JSON.stringify(path.join(root, 'dist', 'cli', 'main.js'))} extract --jsonl -`;
for (const name of chosen.length ? chosen : Object.keys(sets)) {
  const [file, flags] = sets[name];
  console.log(`\n== ${name} (${file})`);
  const run = spawnSync(process.execPath, [scorer, '--gold', path.join(shared, file), '--cmd', cmd, ...flags, ...extra], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
