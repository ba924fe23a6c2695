// Issue 10, item 7: every real document comes back, each within a time limit. The openly licensed
// corpus in corpus/gold (200 reports: Wikinews, White House, State Department; licences and
// sources in corpus/README.md and on every line) and the bundled examples go through
// `dossier extract --jsonl` with a limit per document; a document that loops or runs away is
// stopped and fails this test by its id. Only ids and errors are printed, never the texts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIELDS = ['id', 'url', 'outlet', 'published', 'title', 'text'] as const;
/** Seconds per document: a report of a few thousand characters takes well under one. */
const LIMIT_S = 30;

function documents(): Record<string, unknown>[] {
  const files = [
    ...['shared-train.jsonl', 'shared-corpus.jsonl'].map((f) => path.join(root, 'corpus', 'gold', f)),
    ...readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.jsonl')).map((f) => path.join(root, 'examples', f)),
  ];
  return files.flatMap((f) =>
    readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
      const d = JSON.parse(l) as Record<string, unknown>;
      return Object.fromEntries(FIELDS.filter((k) => d[k] != null).map((k) => [k, d[k]]));
    }),
  );
}

describe('real documents', () => {
  it(`every one (the corpus and the examples) comes back from extract --jsonl, each within ${LIMIT_S} s`, () => {
    const docs = documents();
    expect(docs.length).toBeGreaterThanOrEqual(200);
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'extract', '--jsonl', '-', '--time-limit', String(LIMIT_S)], {
      cwd: root,
      input: docs.map((d) => JSON.stringify(d)).join('\n') + '\n',
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    expect(run.status).toBe(0);
    const out = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { document?: { id: string }; id?: string; error?: string });
    const failed = out.filter((o) => o.error).map((o) => `${String(o.id)}: ${o.error}`);
    expect(failed).toEqual([]);
    expect(out.map((o) => o.document?.id)).toEqual(docs.map((d) => String(d.id)));
  }, 600_000);
});
