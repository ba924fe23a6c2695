// Lives lost (counts.ts, quantity:lives-lost; quantity:among-the-losses): "N … who gave their lives", "N … lost their lives"
// count losses, and the verb is no transfer; "hurt" counts the wounded. Every sentence is written for
// this test.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-helpers.js';

const read = (text: string) => claimsOf(text).filter((c) => c.quantity).map((c) => `${c.event}: ${c.quantity?.text}`);

describe('lives lost', () => {
  it.each([
    ['The memorial names the 46 firefighters who gave their lives in the blaze.', ['casualties: 46 firefighters']],
    ['More than 1,200 Georgian soldiers have lost their lives in the two wars.', ['casualties: More than 1,200 Georgian soldiers']],
    ['Around 70 people were hurt when the stand collapsed.', ['casualties: Around 70 people']],
    // one person killed, named with "a" (quantity:one-person); a tagger's noun between a subject and a count acts as the verb
    ['A 19-year-old man was fatally shot outside a bar on Saturday night.', ['casualties: A 19-year-old man']],
    ['Police shot two suspects during the raid.', ['casualties: two suspects']],
    // people counted among the losses (quantity:among-the-losses)
    ['The victims included 35 children, the committee said.', ['casualties: 35 children']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('counts no one person wounded, nor one in a quotation', () => {
    expect(read('A 24-year-old man was shot in the parking lot on Friday.')).toEqual([]);
    expect(read('“We have killed a soldier,” the group said.')).toEqual([]);
  });

  it('keeps giving goods a transfer', () => {
    expect(read('Norway gave 12 ambulances to Moldova.')).toEqual(['transfer: 12 ambulances']);
  });
});
