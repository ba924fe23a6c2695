// Forces counted where they are (counts.ts, quantity:forces-stationed): "N troops are in X" is a
// deployment to X — a country whose name begins with a compass word ("the Central African
// Republic") too, and "in the country", read as the country the report is about. Every sentence is
// written for this test.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-helpers.js';

const read = (text: string) => claimsOf(text).map((c) => `${c.event} ${c.agent?.name ?? '-'} → ${c.recipient?.name ?? '-'}: ${c.quantity?.text}`);

describe('forces counted where they are', () => {
  it.each([
    ['Some 1,100 Russian trainers are in the Central African Republic.', 'deploy Russia → Central African Republic: Some 1,100 Russian trainers'],
    ['About 900 Turkish soldiers remain in northern Iraq.', 'deploy Turkey → Iraq: About 900 Turkish soldiers'],
    ['Mali keeps its ties with Moscow\nBamako said on Friday that Mali would keep its ties with Moscow. Western officials estimate that about 1,500 Russian personnel are in the country.', 'deploy Russia → Mali: about 1,500 Russian personnel'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });
});
