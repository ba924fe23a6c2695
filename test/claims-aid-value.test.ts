// Money that values the aid named before it (counts.ts, quantity:value-of-the-aid): "…, valued at
// up to $X", "…, worth €X" is the aid's own transfer, with its sides; a drawdown is aid. Every
// sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-helpers.js';

const money = (text: string) => claimsOf(text).filter((c) => c.quantity?.unit && /USD|EUR|GBP/.test(c.quantity.unit)).map((c) => `${c.event} ${c.agent?.name ?? '-'} → ${c.recipient?.name ?? '-'}: ${c.quantity?.text}`);

describe('the value of aid named before', () => {
  it.each([
    ['Canada approved a further drawdown of rifles and ammunition for Latvia, valued at up to $40 million.', 'transfer Canada → Latvia: up to $40 million'],
    ['Spain will deliver a new batch of armoured ambulances to Moldova, worth about 12 million euros.', 'transfer Spain → Moldova: about 12 million euros'],
  ])('%s', (text, want) => {
    expect(money(text)).toContain(want);
  });

  it('reads no transfer in a sentence that names none', () => {
    expect(money('Analysts said the damaged stadium, valued at $40 million, would be rebuilt.').filter((c) => c.startsWith('transfer'))).toEqual([]);
  });
});
