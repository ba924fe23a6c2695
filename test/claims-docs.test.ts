// docs/claims.md stays true: every example of its rule-id table still gives its rule id through
// extract(), its frame table is frames.tsv, and it names every slot, refiner, reader and pass.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadTsv } from '../src/lexicons/load.js';
import { CUE_READERS } from '../src/stages/claims/attribution.js';
import { COUNT_READERS } from '../src/stages/claims/counts.js';
import { DOCUMENT_PASSES, SENTENCE_PASSES } from '../src/stages/claims/document.js';
import { REFINERS } from '../src/stages/claims/refine.js';
import { slotNames } from '../src/stages/claims/slots.js';
import { claimsOf } from './claims-helpers.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const doc = readFileSync(path.join(root, 'docs', 'claims.md'), 'utf8');
const section = (title: string) => {
  const at = doc.indexOf(`\n## ${title}`);
  const end = doc.indexOf('\n## ', at + 1);
  return doc.slice(at, end < 0 ? undefined : end);
};

/** The rows of the rule-id table whose example is quoted (italic examples are described, not run). */
const examples = section('10. Every rule id')
  .split('\n')
  .map((l) => /^\| `([^`]+)`[^|]*\|[^|]*\|[^|]*\| "([^"]+)"/.exec(l))
  .filter((m): m is RegExpExecArray => Boolean(m))
  .map((m) => [m[1], m[2]] as const);

describe('docs/claims.md', () => {
  it('has examples for most rule ids', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  it.each(examples)('%s: %s', (rule, text) => {
    const claims = claimsOf(text.replace(/ ¶ /g, '\n\n'));
    expect(claims.flatMap((c) => c.rules)).toContain(rule);
  });

  it('copies the frame table of frames.tsv, row for row', () => {
    const rows = section('2. Triggers and the frame table')
      .split('\n')
      .map((l) => /^\| `([^`]+)` \| (\w+) \| (\w+) \| ([^|]+?) \| ([^|]*?) ?\|$/.exec(l))
      .filter((m): m is RegExpExecArray => Boolean(m))
      .map((m) => [m[1], m[2], m[3], m[4], m[5]].join('\t'));
    expect(rows).toEqual(loadTsv('frames.tsv').map((r) => [r.frame, r.voice, r.role, r.slots, r.options].join('\t')));
  });

  it('names every slot, refiner, count reader, cue reader and pass', () => {
    const named = (s: string) => doc.includes(`\`${s}\``);
    const all = [...slotNames(), ...REFINERS.map((r) => r.id), ...COUNT_READERS.map((r) => r.name), ...CUE_READERS.map((r) => r.name), ...SENTENCE_PASSES.map((p) => p.id), ...DOCUMENT_PASSES.map((p) => p.id)];
    expect(all.filter((s) => !named(s))).toEqual([]);
  });
});
