import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPath, type LoadResult } from '../src/load/index.js';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));

describe('the bundled examples', () => {
  it('every public-domain line keeps its licence and attribution', () => {
    const rows = readFileSync(`${examples}us-government.jsonl`, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatchObject({ licence: expect.stringMatching(/public domain/), attribution: expect.any(String) });
  });

  it('the README shows every attribution line', () => {
    const readme = readFileSync(`${examples}README.md`, 'utf8');
    for (const line of readFileSync(`${examples}us-government.jsonl`, 'utf8').trim().split('\n')) expect(readme).toContain(JSON.parse(line).attribution);
  });

  it('all load as documents with their ids, and only the document fields reach the extractor', async () => {
    const results: LoadResult[] = [];
    for (const file of ['us-government.jsonl', 'seed-nis-kursk.jsonl']) for await (const r of loadPath(examples + file)) results.push(r);
    expect(results.filter((r) => 'error' in r)).toEqual([]);
    expect(results).toHaveLength(13);
    expect(results.map((r) => ('input' in r ? r.input.id : null))).toContain('seed-ap-2025-06-26-nis-kursk');
    for (const r of results) if ('input' in r) expect(Object.keys(r.input).sort()).toEqual(['id', 'outlet', 'published', 'text', 'title', 'url'].filter((k) => k in r.input));
  });
});
