// Issue 10, item 7: a headline of the shape "<capitalised words> <organisation head> for|of|on
// <given name> <surname>" sent the org-head rule into a loop that never ended (its "for …" tail
// took no word and was tried again). Each sentence runs on a worker with a time limit, so that a
// loop fails this test instead of hanging it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../src/format.js';
import { ExtractPool } from '../src/workers/pool.js';

let pool: ExtractPool;
beforeAll(() => {
  pool = new ExtractPool({ threads: 2, timeLimit: 20 });
});
afterAll(() => pool.close());

describe('an organisation head followed by "for"/"of"/"on" and a person', () => {
  it.each([
    ['Activists Quit Green Party for Angela Merkel', 'Green Party', 'Angela Merkel'],
    ['Young Voters Flee Liberal Party for Kamala Harris.', 'Liberal Party', 'Kamala Harris'],
    ["Staff Exit Hudson Institute for Boris Johnson's Office", 'Hudson Institute', 'Boris Johnson'],
    ['Farmers Desert Rural Council of Joe Manchin', 'Rural Council', 'Joe Manchin'],
    ['Members Leave Reform Party for Donald Trump.', 'Reform Party', 'Donald Trump'],
  ])('%s: returns, the organisation ends at its head and the person is apart', async (text, org, person) => {
    const r = await pool.run({ text });
    expect(r).toMatchObject({ ok: true });
    const { entities } = (r as { result: Extraction }).result;
    const orgs = entities.filter((e) => e.type === 'organisation').flatMap((e) => e.mentions.map((m) => m.text));
    expect(orgs.some((m) => m.endsWith(org))).toBe(true);
    expect(orgs.some((m) => m.includes(person))).toBe(false);
    expect(entities.find((e) => e.type === 'person')?.mentions.map((m) => m.text)).toContain(person);
  }, 60_000);
});
