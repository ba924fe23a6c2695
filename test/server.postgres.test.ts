// `dossier serve` on a PostgreSQL store answers as on SQLite: the same reports posted to an app on
// each, then every list and filter of the API asked of both. Search is compared by which documents
// and claims it finds, not by order or snippets. Runs when DOSSIER_PG_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropPgSchemas, freshSchema, PG_URL, pgLocation } from './store-backends.js';
import { REPORTS, testServer, type TestServer } from './server-fixtures.js';

const location = PG_URL ? pgLocation(freshSchema('s')) : '';
let sqlite: TestServer;
let postgres: TestServer;

async function get(t: TestServer, url: string) {
  const res = await t.app.inject({ method: 'GET', url });
  return { status: res.statusCode, body: res.json() as Record<string, unknown> };
}

describe.runIf(PG_URL)('the API on a PostgreSQL store', () => {
  beforeAll(async () => {
    [sqlite, postgres] = [await testServer(), await testServer({ location })];
    for (const t of [sqlite, postgres]) {
      for (const r of REPORTS) {
        const res = await t.app.inject({ method: 'POST', url: '/api/documents', payload: JSON.stringify(r), headers: { 'content-type': 'application/json' } });
        expect(res.statusCode).toBe(201);
      }
    }
  });
  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
    if (PG_URL) await dropPgSchemas(location);
  });

  it.each([
    '/api/documents', '/api/documents?limit=2&offset=2', '/api/documents?entity=country:IR', '/api/documents?outlet=Valley%20Times',
    '/api/documents?since=2025-03-11&until=2025-03', '/api/documents?q=soldiers%20February', '/api/documents/harbour-0310',
    `/api/documents/${encodeURIComponent('feeds/plains-0402.txt')}`, '/api/documents/nothing',
    '/api/claims', '/api/claims?agent=Pyongyang&polarity=positive', '/api/claims?document=feeds%2Fplains-0402.txt', '/api/claims?since=2025-03-11&until=2025-03-12&limit=1',
    '/api/events', '/api/events?agent=North%20Korea&recipient=Russia&event=deploy', '/api/events?disagreement=true',
    '/api/estimates?agent=North%20Korea&event=deploy&recipient=Russia', '/api/measures?limit=5', '/api/stats',
  ])('GET %s', async (url) => {
    const [a, b] = [await get(sqlite, url), await get(postgres, url)];
    expect(b).toEqual(a);
    expect(a.status === 200 || url.endsWith('nothing')).toBe(true);
  });

  it('stores the same corrections and answers the same after them', async () => {
    const who = { author: 'K. Osei', reason: 'checked against the ministry statement' };
    const post = (t: TestServer, payload: unknown) =>
      t.app.inject({ method: 'POST', url: '/api/corrections', payload: JSON.stringify(payload), headers: { host: '127.0.0.1', 'content-type': 'application/json' } });
    for (const payload of [
      { kind: 'reject', document: 'coast-0320', claim: 'c1', ...who },
      { kind: 'correct', document: 'harbour-0310', claim: 'c1', fields: { certainty: 'probable', figure: '2500-3500', unit: 'soldiers' }, ...who },
      { kind: 'delete-document', document: 'valley-0312', ...who },
    ]) {
      const [a, b] = [await post(sqlite, payload), await post(postgres, payload)];
      expect(a.statusCode).toBe(201);
      const strip = (r: typeof a) => ({ ...JSON.parse(r.body), correction: { ...JSON.parse(r.body).correction, created_at: null } });
      expect(strip(b)).toEqual(strip(a));
    }
    const at = (x: { body: Record<string, unknown> }) => JSON.stringify(x.body).replace(/"(at|created_at)":"[^"]*"/g, '"$1":null');
    for (const url of ['/api/events', '/api/documents', '/api/claims', '/api/documents/coast-0320', '/api/stats', '/api/measures?limit=5']) {
      expect(at(await get(postgres, url)), url).toBe(at(await get(sqlite, url)));
    }
  });

  it('GET /api/events/:id, and search finds the same documents and claims', async () => {
    const id = ((await get(sqlite, '/api/events?limit=1')).body.items as { id: string }[])[0].id;
    expect(await get(postgres, `/api/events/${id.slice(0, 8)}`)).toEqual(await get(sqlite, `/api/events/${id.slice(0, 8)}`));
    const found = async (t: TestServer) => {
      const { body } = await get(t, '/api/search?q=engineers%20Russia');
      const hits = (k: string) => ((body[k] as { items: { document: string; claim: string | null }[] }).items.map((h) => `${h.document}#${h.claim}`)).sort();
      return [hits('documents'), hits('claims')];
    };
    expect(await found(postgres)).toEqual(await found(sqlite));
    expect((await found(sqlite))[0]).toHaveLength(1);
  });
});
