import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LEXICON_DIR } from '../src/lexicons/load.js';

describe('lexicons', () => {
  it('are found next to the source, from src and dist alike', () => {
    expect(existsSync(path.join(LEXICON_DIR, 'load.ts'))).toBe(true);
  });
});
