// People an aid package reaches (counts.ts, quantity:aid-beneficiaries): a count of people right
// after a verb of serving them (beneficiary-verbs.txt) in a sentence about aid is that aid's transfer,
// to the country the people are in. Without aid words, or with no such verb, people counted are no
// transfer. Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-helpers.js';

const read = (text: string) => claimsOf(text).map((c) => `${c.event} ${c.agent?.name ?? '-'} → ${c.recipient?.name ?? '-'}: ${c.quantity?.text}`);

describe('counts.ts: people reached by aid', () => {
  it.each([
    ['The new grant will assist more than 250,000 people in Chad, the foreign office said.', 'transfer - → Chad: more than 250,000 people'],
    ['The funding will let relief agencies reach about three million people across Yemen.', 'transfer - → Yemen: about three million people'],
    ['Canada said its humanitarian assistance would feed 40,000 families in northern Mali this year.', 'transfer Canada → Mali: 40,000 families'],
  ])('%s', (text, want) => {
    expect(read(text)).toContain(want);
  });

  it.each([
    'Fighting has forced 40,000 people from their homes in Chad, local officials said.',
    'Rescue teams reached 40 people trapped under the rubble in Aleppo.',
    'The ministry said the clinics would serve 12,000 patients a month in Chad.',
  ])('no aid transfer: %s', (text) => {
    expect(read(text).filter((c) => c.startsWith('transfer'))).toEqual([]);
  });
});
