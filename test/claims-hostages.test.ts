// People kidnapped, abducted or taken hostage are counted as losses of their side (event-triggers.tsv:
// kidnap, abduct, take hostage, take captive). Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-helpers.js';

const read = (text: string) => claimsOf(text).filter((c) => c.quantity).map((c) => `${c.event}: ${c.quantity?.text}`);

describe('hostages', () => {
  it.each([
    ['About 30 passengers were taken hostage when gunmen stopped the bus.', 'casualties: About 30 passengers'],
    ['Pirates kidnapped 14 sailors from a cargo ship off Togo.', 'casualties: 14 sailors'],
    ['Gunmen abducted 40 pupils from a school in Katsina state.', 'casualties: 40 pupils'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });
});
