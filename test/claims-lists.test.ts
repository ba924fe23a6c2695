// Lists under an announcement (lists.ts): a count on a list line, with no verb of its own, is a claim
// of the event the list's head announced; lines not under a head, or people under a delivery of
// goods, are not. Every text is written for this test.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-helpers.js';

const listed = (text: string) =>
  claimsOf(text)
    .filter((c) => c.rules.includes('quantity:list-item'))
    .map((c) => `${c.event} ${c.agent?.name ?? '-'} → ${c.recipient?.name ?? '-'}: ${c.quantity?.text}`);

describe('lists.ts: counts on the lines of a list', () => {
  it('reads each count on the lines under a package as part of its transfer', () => {
    const text = [
      'Norway announced a €50 million aid package for Moldova on Friday.',
      'The package includes:',
      '- 40 armoured ambulances;',
      '- 12 field kitchens and 3,000 sleeping bags;',
      '• 200 satellite phones.',
    ].join('\n');
    expect(listed(text)).toEqual([
      'transfer Norway → Moldova: 40 armoured ambulances',
      'transfer Norway → Moldova: 12 field kitchens',
      'transfer Norway → Moldova: 3,000 sleeping bags',
      'transfer Norway → Moldova: 200 satellite phones',
    ]);
  });

  it('reads numbered lines under a deployment: the equipment it sends', () => {
    const text = ['Kenya will deploy 600 personnel to Haiti next month, with:', '1) 20 armoured vehicles;', '2) four helicopters.'].join('\n');
    expect(listed(text)).toEqual(['deploy Kenya → Haiti: 20 armoured vehicles', 'deploy Kenya → Haiti: four helicopters']);
    // the segmenter cuts "1." off its line: the number is no count
    expect(listed(text.replace(/(\d)\)/g, '$1.'))).toEqual(['deploy Kenya → Haiti: 20 armoured vehicles', 'deploy Kenya → Haiti: four helicopters']);
  });

  it('reads no lines that hang from no head ending in a colon', () => {
    const text = ['Norway announced a €50 million aid package for Moldova on Friday.', '- 40 armoured ambulances;', '- 12 field kitchens.'].join('\n');
    expect(listed(text)).toEqual([]);
  });

  it('reads no people under a delivery of goods, nor lines under a head with no transfer', () => {
    const goods = ['Norway announced a €50 million aid package for Moldova.', 'It pays for:', '- 30 interpreters;', '- 12 field kitchens.'].join('\n');
    expect(listed(goods)).toEqual(['transfer Norway → Moldova: 12 field kitchens']);
    const meeting = ['The ministers met in Oslo on Friday. Present were:', '- 12 delegations;', '- 30 observers.'].join('\n');
    expect(listed(meeting)).toEqual([]);
  });
});
