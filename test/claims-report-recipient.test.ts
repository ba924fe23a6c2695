// The document pass recipient:main-recipient-of-the-report (document.ts): a giver's transfer whose
// sentence names no receiver, in a report that names none for such moves either, goes to the country
// the report is about; a transfer with no giver, or with a receiver of its own, keeps what it has.
// Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-helpers.js';

const read = (text: string) => claimsOf(text).filter((c) => c.event === 'transfer').map((c) => `${c.agent?.name ?? '-'} → ${c.recipient?.name ?? '-'}: ${c.quantity?.text} [${c.rules.filter((r) => r.startsWith('recipient:')).join(' ')}]`);

describe('document.ts: the country of the report as a transfer\'s receiver', () => {
  it('gives a giver\'s unaddressed funding to the country the report is about', () => {
    const text = "Haiti: more U.S. help for the police\nThe United States said on Monday it would provide $40 million in new funding. Gangs control most of Port-au-Prince, Haiti's capital, and the Haitian National Police has lost hundreds of officers.";
    expect(read(text)).toEqual(['United States → Haiti: $40 million [recipient:country-of-the-report]']);
  });

  it('keeps a receiver the sentence names, and adds none to a transfer with no giver', () => {
    const named = "Haiti: more U.S. help\nThe United States said on Monday it would provide $40 million to Kenya for its police mission in Haiti. Gangs control most of Port-au-Prince, Haiti's capital.";
    expect(read(named)[0]).toMatch(/^United States → Kenya: \$40 million/);
    const noGiver = "Haiti: more help\nAbout $40 million in new funding was announced on Monday. Gangs control most of Port-au-Prince, Haiti's capital, and Haiti's police are stretched.";
    expect(read(noGiver).every((c) => !c.includes('country-of-the-report'))).toBe(true);
  });
});
