#!/usr/bin/env node
// Scores the extractor against the gold files in ../shared (when they are there).
//   npm run eval                 seed + dev + benchmarks
//   npm run eval -- seed --verbose
//   npm run eval -- corpus       the annotated corpus (corpus/gold), families marked "read"
//   npm run eval -- unread       the unread families: only at the start and the end of a piece of work
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
// the repository's own corpus, split by family (corpus/families.tsv)
const corpusSet = (split) => {
  const fam = new Map(readFileSync(path.join(root, 'corpus', 'families.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#') && !l.startsWith('family\t')).map((l) => l.split('\t')));
  const dir = path.join(root, 'corpus', 'gold');
  const lines = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n').filter((l) => l.trim()))
    .filter((l) => fam.get(JSON.parse(l).topic) === split);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dossier-eval-')), `corpus-${split}.jsonl`);
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
};
const local = { corpus: () => corpusSet('read'), unread: () => corpusSet('unread') };
const args = process.argv.slice(2);
const chosen = args.filter((a) => a in sets || a in local);
const extra = args.filter((a) => !(a in sets) && !(a in local));
// --exit-zero: a line that fails is scored as missing (its error record is on its line); without it
// the scorer would stop at the non-zero status and score nothing
const cmd = `node ${JSON.stringify(path.join(root, 'dist', 'cli', 'main.js'))} extract --jsonl - --exit-zero`;
for (const name of chosen.length ? chosen : Object.keys(sets)) {
  const [file, flags] = name in local ? [local[name](), []] : [path.join(shared, sets[name][0]), sets[name][1]];
  console.log(`\n== ${name} (${name in local ? `corpus/gold, ${name === 'corpus' ? 'read' : 'unread'} families` : sets[name][0]})`);
  const run = spawnSync(process.execPath, [scorer, '--gold', file, '--cmd', cmd, ...flags, ...extra], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
