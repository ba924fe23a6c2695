// Helpers for the claim tests: extract a text and find the claim a test is about.
import { expect } from 'vitest';
import { extract } from '../src/index.js';
import type { ClaimOut } from '../src/format.js';

export function claimsOf(text: string, published = '2025-03-14'): ClaimOut[] {
  const out = extract({ id: 't', text, published });
  for (const c of out.claims) {
    // every span indexes the text
    expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
    for (const s of c.sources) expect(s.start).toBeLessThanOrEqual(s.end);
  }
  return out.claims;
}

/** The claim whose quantity (or theme) contains `marker`. */
export function claimWith(text: string, marker: string, published?: string): ClaimOut {
  const claims = claimsOf(text, published);
  const c = claims.find((x) => x.quantity?.text.includes(marker)) ?? claims.find((x) => x.theme?.includes(marker));
  if (!c) throw new Error(`no claim about "${marker}" in: ${JSON.stringify(claims.map((x) => [x.event, x.quantity?.text, x.theme]))}`);
  return c;
}

export const names = (c: ClaimOut) => c.sources.map((s) => s.name);
