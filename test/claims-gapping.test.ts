// Gapping (actors.ts gappedSubject): "A has sent 60 engineers, B some 40 medics": a side named right
// before a count, after a comma or "and", is that count's giver (agent:gapped-subject), and is no
// receiver of the verb before it; the count after a country is a count, not a model number
// ("Senegal 500 police officers", quantities/scan.ts). Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-helpers.js';

const read = (text: string) => claimsOf(text).filter((c) => c.quantity).map((c) => `${c.agent?.name ?? '-'} → ${c.recipient?.name ?? '-'}: ${c.quantity?.text}`);

describe('gapped subjects', () => {
  it.each([
    ['Spain has sent about 60 engineers, Portugal some 40 medics and Greece a small naval team, according to the mission.', ['Spain → -: about 60 engineers', 'Portugal → -: some 40 medics']],
    ['Ghana has pledged 800 troops, Nigeria 1,200 soldiers and Senegal 500 police officers to the force in Mali.', ['Ghana → Mali: 800 troops', 'Nigeria → Mali: 1,200 soldiers', 'Senegal → Mali: 500 police officers']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('reads people pledged as a planned deployment', () => {
    expect(claimsOf('Ghana has pledged 800 troops to the force in Mali.').map((c) => `${c.event} ${c.status}`)).toEqual(['deploy planned']);
  });

  it('keeps a receiver named after "to" with a count after it', () => {
    expect(read('Poland has sent 40 tanks to Ukraine, officials said.')).toEqual(['Poland → Ukraine: 40 tanks']);
  });
});
