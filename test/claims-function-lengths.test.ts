// Issue 9: no function in src/stages/claims/ longer than 60 lines, checked by
// scripts/function-lengths.mjs (functions, methods and arrow functions, by source lines).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const lengths = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'scripts', 'function-lengths.mjs'), ...args], { cwd: root, encoding: 'utf8' });

describe('function lengths in the claim stage', () => {
  it('has no function longer than 60 lines in src/stages/claims/', () => {
    const r = lengths('--max', '60', 'src/stages/claims');
    // on failure the output lists each long function with its file, line and length
    expect(r.stdout).toBe('no function longer than 60 lines\n');
    expect(r.status).toBe(0);
  });

  it('is a check that can fail: with a limit of 20 lines it lists functions and exits 1', () => {
    const r = lengths('--max', '20', 'src/stages/claims');
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^src\/stages\/claims\/\S+\.ts:\d+\t\d+ lines\t\S+/m);
  });
});
