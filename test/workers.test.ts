// Extraction on worker threads: results in input order, the same as extract() in this thread, and
// a time limit per document that stops a worker and lets the batch go on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultStages, extract } from '../src/extract.js';
import type { Extraction } from '../src/format.js';
import { orderedMap } from '../src/workers/ordered.js';
import { ExtractPool } from '../src/workers/pool.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const examples = readFileSync(path.join(root, 'examples', 'us-government.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; published: string });
/** ~1.9 MB of report text: it takes seconds, far past a limit of half a second. */
const long = () => {
  const parts: string[] = [];
  for (let n = 0, i = 0; n < 1_900_000; i++) {
    parts.push(examples[i % examples.length].text);
    n += examples[i % examples.length].text.length + 2;
  }
  return parts.join('\n\n').slice(0, 1_900_000);
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('orderedMap', () => {
  it('yields results in input order whatever order they finish in, with at most `limit` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = async (n: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await wait((5 - n) * 10);
      inFlight--;
      return n * 10;
    };
    const out: number[] = [];
    for await (const r of orderedMap([1, 2, 3, 4, 5], slow, 3)) out.push(r);
    expect(out).toEqual([10, 20, 30, 40, 50]);
    expect(most).toBe(3);
  });

  it('yields a finished result while the next input has not come (a pipe fed line by line never stalls)', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const seen: string[] = [];
    async function* source() {
      yield 'first';
      await gate; // the writer sends the next line only after it has read the first answer
      yield 'second';
    }
    for await (const r of orderedMap(source(), async (s) => s.toUpperCase(), 4)) {
      seen.push(r);
      if (r === 'FIRST') release();
    }
    expect(seen).toEqual(['FIRST', 'SECOND']);
  });
});

describe('ExtractPool', () => {
  let pool: ExtractPool;
  beforeAll(() => {
    pool = new ExtractPool({ threads: 2, timeLimit: 0.5 });
  });
  afterAll(() => pool.close());

  it('extracts exactly as extract() does in this thread', async () => {
    const got = await Promise.all(examples.slice(0, 4).map((d) => pool.run(d)));
    for (const [k, r] of got.entries()) {
      expect(r.ok).toBe(true);
      expect((r as { result: Extraction }).result).toEqual(extract(examples[k]));
    }
  }, 120_000);

  it('stops a document past the time limit, names its stage, and goes on with the next', async () => {
    const [slow, next] = await Promise.all([pool.run({ id: 'long', text: long() }), pool.run(examples[0])]);
    expect(slow.ok).toBe(false);
    const failed = slow as Extract<typeof slow, { ok: false }>;
    expect(failed.timedOut).toBe(true);
    expect(defaultStages.map((s) => s.name)).toContain(failed.stage);
    expect(failed.error).toBe(`stopped after 0.5 s in stage "${failed.stage}": over the time limit for one document`);
    expect(next.ok).toBe(true);
    // a fresh worker takes the stopped one's place
    expect((await pool.run(examples[1])).ok).toBe(true);
  }, 120_000);

  it('reports a document extract() refuses, without a stage', async () => {
    expect(await pool.run({ text: '   ' })).toEqual({ ok: false, error: 'text is empty: nothing to extract', stage: null, timedOut: false });
  }, 120_000);
});
