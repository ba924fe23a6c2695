// Arrests and seizures (refine.ts agent:reporter-enforces): with no one named as making them, the
// body reporting them did — a police force named earlier ("Police said" refers back to it), or the
// institution whose release the report is. A force named "… Constabulary" is an organisation.
// Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { claimsOf, names } from './claims-helpers.js';

const read = (text: string) => claimsOf(text).map((c) => `${c.agent?.name ?? '-'}: ${c.quantity?.text} [${names(c).join(', ')}]`);

describe('the reporting body arrests and seizes', () => {
  it.each([
    ['Mercia Constabulary said on Monday that it had arrested four men.', ['Mercia Constabulary: four men [Mercia Constabulary]']],
    ['Mercia Constabulary said a man had been charged. Police said they seized 12 knives and that three people were arrested.', ['Mercia Constabulary: 12 knives [Mercia Constabulary]', 'Mercia Constabulary: three people [Mercia Constabulary]']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it("takes the publishing institution's country when it reports in its own voice", () => {
    const text = 'Coast guard crews detained 14 people off Florida on Tuesday after stopping a fishing boat.';
    const out = extract({ id: 't', text, published: '2025-03-14', outlet: 'U.S. Coast Guard' });
    expect(out.claims.map((c) => `${c.agent?.name}: ${c.quantity?.text}`)).toEqual(['United States: 14 people']);
  });

  it('leaves a killing with no one named to the other rules', () => {
    expect(claimsOf('Mercia Constabulary said two people were killed in the crash.').map((c) => c.rules.includes('agent:reporter-enforces'))).not.toContain(true);
  });
});
