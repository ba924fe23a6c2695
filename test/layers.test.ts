// The layers import downwards only: the store knows nothing of the ledger (its records are the
// store's own model), and the ledger runs no extraction stage (names are looked up through the
// entities layer's public module, src/stages/entities.ts).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src');

function imports(dir: string): { file: string; target: string }[] {
  const out: { file: string; target: string }[] = [];
  for (const e of readdirSync(path.join(src, dir), { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts')) continue;
    const file = path.join(e.parentPath, e.name);
    for (const m of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\b[^'"]*?from\s+'([^']+)'/gm)) {
      if (m[1].startsWith('.')) out.push({ file: path.relative(src, file), target: path.relative(src, path.resolve(path.dirname(file), m[1])) });
    }
  }
  return out;
}

describe('layers', () => {
  it('the store imports nothing from the ledger', () => {
    expect(imports('store').map((i) => i.target)).toContain('format.js');
    expect(imports('store').filter((i) => i.target.startsWith('ledger'))).toEqual([]);
  });

  it('the ledger runs no extraction stage: only the entities layer’s public module', () => {
    expect(imports('ledger').map((i) => i.target)).toContain('stages/entities.js');
    const stages = imports('ledger').filter((i) => i.target.startsWith('stages') || i.target === 'pipeline.js' || i.target === 'doc.js');
    expect(stages.map((i) => i.target)).toEqual(stages.map(() => 'stages/entities.js'));
  });
});
