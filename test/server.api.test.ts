// The HTTP API through app.inject(): every route, its response schema, its filters and pages, and
// the errors a person gets for bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as S from '../src/server/schemas/ledger.js';
import { readWebFiles } from '../src/server/static.js';
import { REPORTS, testServer, type TestServer } from './server-fixtures.js';

let t: TestServer;

async function call(method: 'GET' | 'POST', url: string, body?: string, type = 'application/json') {
  const res = await t.app.inject({ method, url, payload: body, headers: body != null ? { 'content-type': type } : {} });
  return { status: res.statusCode, body: res.headers['content-type']?.toString().includes('json') ? res.json() : res.body, headers: res.headers };
}

const get = (url: string) => call('GET', url);

beforeAll(async () => {
  t = await testServer();
  for (const r of REPORTS) {
    const res = await call('POST', '/api/documents', JSON.stringify(r));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
});
afterAll(() => t.close());

describe('POST /api/documents', () => {
  it('stores a plain text keyed by its hash, with the date from the query', async () => {
    const text = 'According to Iranian state media, Iran sent 40 drone instructors to Russia in May.';
    const r = await call('POST', '/api/documents?published=2025-06-01&outlet=Gulf%20Monitor', text, 'text/plain');
    expect(r.status).toBe(201);
    const body = S.PostResult.parse(r.body);
    expect(body).toMatchObject({ stored: true, status: 'added', version: 1 });
    expect(body.document).toMatch(/^sha256:/);
    expect(body.extraction.document).toMatchObject({ published: '2025-06-01', outlet: 'Gulf Monitor' });
    expect(body.extraction.claims).toHaveLength(1);
    const again = await call('POST', '/api/documents?published=2025-06-01&outlet=Gulf%20Monitor', text, 'text/plain');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ stored: true, status: 'unchanged', document: body.document });
  });

  it('takes the article text and title out of an HTML page', async () => {
    const html = `<!doctype html><html><head><title>Drones for Moscow</title></head><body><nav>Home | World</nav>
      <article><h1>Drones for Moscow</h1><p>According to a Western diplomat, Iran sent 300 drone operators to Russia in April.</p>
      <p>The diplomat said the crews were trained near Tehran before they left for the front.</p></article></body></html>`;
    const r = await call('POST', '/api/documents?published=2025-05-02', html, 'text/html');
    expect(r.status).toBe(201);
    const x = S.PostResult.parse(r.body).extraction;
    expect(x.document.title).toBe('Drones for Moscow');
    expect(x.document.text).not.toContain('<p>');
    expect(x.claims[0].quantity?.min).toBe(300);
  });

  it('?store=false returns the extraction and keeps nothing', async () => {
    const text = 'According to the defence ministry, Russia sent 12 instructors to Iran in March.';
    const r = await call('POST', '/api/documents?store=false&published=2025-04-01', text, 'text/plain');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ stored: false, status: null, document: null });
    const found = await get('/api/documents?q=instructors%20Iran%20March');
    expect(found.body.total).toBe(0);
  });

  it.each([
    ['an empty body', '   ', 'text/plain', 'bad_document', /the body is empty/],
    ['JSON without text', '{"title": "no text here"}', 'application/json', 'bad_document', /text/],
    ['JSON with a date that is not one', '{"text": "Russia sent 5 officers to Iran.", "published": "26 June"}', 'application/json', 'bad_document', /published: expected an ISO date/],
    ['binary content', 'PK\u0003\u0004\u0000\u0000binary', 'application/octet-stream', 'bad_document', /binary|NUL|not a text/],
    ['two documents at once', '[{"text": "Iran sent 5 officers to Russia."}, {"text": "Russia sent 5 officers to Iran."}]', 'application/json', 'bad_document', /2 documents where one was expected/],
  ])('refuses %s with 400 and says why', async (_what, body, type, code, message) => {
    const r = await call('POST', '/api/documents', body, type);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe(code);
    expect(r.body.message).toMatch(message);
  });

  it('refuses a bad query parameter naming it', async () => {
    const r = await call('POST', '/api/documents?published=yesterday', 'Iran sent 5 officers to Russia.', 'text/plain');
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('query.published: expected a date such as 2025-06-26, found "yesterday"');
  });

  it('answers an oversized body with 413 and the limit', async () => {
    const small = await testServer({ bodyLimit: 2048 });
    try {
      const res = await small.app.inject({ method: 'POST', url: '/api/documents', payload: 'Iran sent 5 officers to Russia. '.repeat(100), headers: { 'content-type': 'text/plain' } });
      expect(res.statusCode).toBe(413);
      expect(res.json()).toEqual({ error: 'payload_too_large', message: expect.stringContaining('over the limit of 2 KB (2,048 bytes)') });
    } finally {
      await small.close();
    }
  });
});

describe('GET /api/documents', () => {
  it('lists the latest documents newest first, in pages', async () => {
    const all = S.paged(S.DocumentSummary).parse((await get('/api/documents')).body);
    expect(all.total).toBeGreaterThanOrEqual(REPORTS.length);
    const dates = all.items.map((d) => d.published ?? '');
    expect([...dates].sort().reverse()).toEqual(dates);
    const page2 = (await get('/api/documents?limit=2&offset=2')).body;
    expect(page2.items.map((d: { id: string }) => d.id)).toEqual(all.items.slice(2, 4).map((d) => d.id));
    expect(page2).toMatchObject({ limit: 2, offset: 2, total: all.total });
  });

  it.each([
    ['outlet=Valley%20Times', ['valley-0312']],
    ['since=2025-03-11&until=2025-03-31', ['coast-0320', 'valley-0312']],
    ['until=2025-03', ['coast-0320', 'valley-0312', 'harbour-0310']],
    ['q=provocation', ['coast-0320']],
    ['entity=country:UA', []],
  ])('filters by %s', async (q, ids) => {
    const r = await get(`/api/documents?${q}`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((d: { id: string }) => d.id)).toEqual(ids);
  });

  it('finds the reports that mention an entity', async () => {
    const r = await get('/api/documents?entity=country:IR&limit=200');
    expect(r.body.items.map((d: { id: string }) => d.id)).toContain('feeds/plains-0402.txt');
    expect(r.body.items.every((d: { id: string }) => d.id !== 'harbour-0310')).toBe(true);
  });

  it.each([
    ['limit=0', 'query.limit: expected a whole number from 1 to 200, found "0"'],
    ['limit=ten', 'query.limit: expected a whole number from 1 to 200, found "ten"'],
    ['since=March', 'query.since: expected an ISO date such as 2025-06-26, found "March"'],
    ['outlt=x', 'query: unknown parameter "outlt"; expected q, outlet, entity, since, until, limit, offset'],
  ])('refuses %s', async (q, message) => {
    const r = await get(`/api/documents?${q}`);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: 'bad_request', message });
  });
});

describe('GET /api/documents/:id', () => {
  it('gives the text, entities and claims with spans that match the text', async () => {
    const r = await get('/api/documents/harbour-0310');
    expect(r.status).toBe(200);
    const x = S.StoredDocument.parse(r.body);
    expect(x.version).toBe(1);
    expect(x.document.text).toBe(REPORTS[0].text);
    const spans = [...x.claims.flatMap((c) => [c.evidence, c.trigger, c.quantity, c.time].filter((s) => s != null)), ...x.entities.flatMap((e) => e.mentions)];
    for (const s of spans) expect(x.document.text.slice(s.start, s.end)).toBe(s.text);
    expect(x.claims[0].sources[0].name).toBe('the National Intelligence Service');
    expect(x.entity_reports['country:KP']).toBeGreaterThanOrEqual(3);
  });

  it('reads a key with a slash when it is escaped', async () => {
    const r = await get(`/api/documents/${encodeURIComponent('feeds/plains-0402.txt')}`);
    expect(r.status).toBe(200);
    expect(r.body.document.id).toBe('feeds/plains-0402.txt');
  });

  it.each([
    ['/api/documents/no-such-report', 404, 'no document "no-such-report"; GET /api/documents lists them'],
    ['/api/documents/harbour-0310?version=7', 404, 'no document "harbour-0310" in version 7; GET /api/documents lists them'],
    ['/api/documents/harbour-0310?version=first', 400, 'query.version: expected a version number (1, 2 …), found "first"'],
  ])('%s → %i', async (url, status, message) => {
    const r = await get(url);
    expect(r.status).toBe(status);
    expect(r.body.message).toBe(message);
  });
});

describe('GET /api/claims', () => {
  it.each([
    ['agent=North%20Korea', (c: { agent: { id: string } }) => c.agent.id === 'country:KP'],
    ['agent=DPRK', (c: { agent: { id: string } }) => c.agent.id === 'country:KP'],
    ['certainty=probable', (c: { certainty: string }) => c.certainty === 'probable'],
    ['polarity=negative', (c: { polarity: string }) => c.polarity === 'negative'],
    ['recipient=Russia&status=planned', (c: { status: string; recipient: { id: string } }) => c.status === 'planned' && c.recipient.id === 'country:RU'],
  ])('%s returns only matching claims', async (q, ok) => {
    const r = await get(`/api/claims?${q}`);
    const body = S.paged(S.ClaimHit).parse(r.body);
    expect(body.total).toBeGreaterThan(0);
    for (const item of body.items) expect(ok(item.claim as never)).toBe(true);
  });

  it('filters by publication date and document', async () => {
    const r = await get('/api/claims?since=2025-03-11&until=2025-03-12');
    expect(r.body.items.map((i: { document: string }) => i.document)).toEqual(['valley-0312']);
    const d = await get('/api/claims?document=feeds%2Fplains-0402.txt');
    expect(d.body.total).toBe(2);
  });

  it.each([
    ['certainty=sure', 'query.certainty: expected one of certain, probable, possible, found "sure"'],
    ['event=invade', 'query.event: expected one of deploy, transfer, casualties, combat, recruit, agreement, meeting, other, found "invade"'],
    ['agent=', 'query.agent: expected a non-empty value, found ""'],
  ])('refuses %s', async (q, message) => {
    const r = await get(`/api/claims?${q}`);
    expect(r.status).toBe(400);
    expect(r.body.message).toBe(message);
  });
});

describe('the ledger', () => {
  it('lists reported events without their reports, and filters them', async () => {
    const r = await get('/api/events?agent=North%20Korea&recipient=Russia&event=deploy');
    const body = S.paged(S.EventSummary).parse(r.body);
    expect(body.total).toBeGreaterThanOrEqual(1);
    expect(r.body.items[0].reports).toBeUndefined();
    for (const e of body.items) expect(e.agent?.id).toBe('country:KP');
  });

  it('marks the denial against the February reports as a disagreement', async () => {
    const r = await get('/api/events?disagreement=true');
    const e = r.body.items.find((x: { n_reports: number }) => x.n_reports === 3);
    expect(e).toBeDefined();
    expect(e.disagreement_reason).toMatch(/^denial:/);
    expect(e.original_sources).toEqual(['National Intelligence Service', 'Ukrainian military intelligence', 'Kremlin']);
  });

  it('gives one event with every report in date order and its provenance', async () => {
    const list = await get('/api/events?disagreement=true');
    const id = list.body.items[0].id as string;
    const r = await get(`/api/events/${id}`);
    const e = S.LedgerEvent.parse(r.body);
    expect(e.reports.map((x) => x.published)).toEqual(['2025-03-10', '2025-03-12', '2025-03-20']);
    expect(e.reports.map((x) => x.outlet)).toEqual(['Harbour Daily', 'Valley Times', 'Coast Herald']);
    const prefix = await get(`/api/events/${id.slice(0, 8)}`);
    expect(prefix.body.id).toBe(id);
  });

  it.each([
    ['/api/events/ev-000000000000', 404, /^no reported event "ev-000000000000"/],
    ['/api/events?disagreement=maybe', 400, /^query\.disagreement: expected true or false, found "maybe"$/],
    ['/api/events?until=soon', 400, /^query\.until: expected an ISO date such as 2025-06-26, found "soon"$/],
    ['/api/events?limit=500', 400, /^query\.limit: expected a whole number from 1 to 200, found "500"$/],
  ])('%s → %i', async (url, status, message) => {
    const r = await get(url);
    expect(r.status).toBe(status);
    expect(r.body.message).toMatch(message);
  });

  it('draws an estimate series per original source', async () => {
    const r = await get('/api/estimates?agent=North%20Korea&event=deploy&recipient=Russia');
    const { points } = z.object({ points: z.array(S.EstimatePoint) }).parse(r.body);
    expect(points.map((p) => [p.published, p.min, p.original_source])).toEqual([
      ['2025-03-10', 3000, 'National Intelligence Service'],
      ['2025-03-12', 3000, 'Ukrainian military intelligence'],
      ['2025-04-02', 1500, 'National Intelligence Service'],
    ]);
  });

  it.each([
    ['event=deploy', 'query.agent: expected a name, alias or id of who acts, such as "North Korea", found nothing'],
    ['agent=Iran', 'query.event: expected one of deploy, transfer, casualties, combat, recruit, agreement, meeting, other, found nothing'],
  ])('estimates without %s is a 400', async (q, message) => {
    const r = await get(`/api/estimates?${q}`);
    expect(r.status).toBe(400);
    expect(r.body.message).toBe(message);
  });

  it('offers the measures with the most figures', async () => {
    const r = await get('/api/measures?limit=5');
    const { items } = z.object({ items: z.array(S.Measure) }).parse(r.body);
    expect(items.length).toBeLessThanOrEqual(5);
    expect(items).toContainEqual({ event: 'deploy', agent: { id: 'country:KP', name: 'North Korea' }, recipient: { id: 'country:RU', name: 'Russia' }, unit_class: 'people', estimates: 3 });
    expect(items.map((m) => m.estimates)).toEqual([...items.map((m) => m.estimates)].sort((a, b) => b - a));
  });
});

describe('search, stats, the contract and the page', () => {
  it('finds documents and claims, with marked snippets', async () => {
    const r = await get('/api/search?q=engineers');
    const body = z.object({ documents: S.paged(S.SearchHit), claims: S.paged(S.SearchHit) }).parse(r.body);
    expect(body.documents.items[0].document).toBe('feeds/plains-0402.txt');
    expect(body.claims.items[0].snippet.some((p) => p.hit && /engineers/i.test(p.text))).toBe(true);
    const none = await get('/api/search?q=');
    expect(none.status).toBe(400);
    expect(none.body.message).toBe('query.q: expected words to look for, found ""');
  });

  it('counts what the store holds', async () => {
    const s = S.Stats.parse((await get('/api/stats')).body);
    expect(s.documents).toBeGreaterThanOrEqual(REPORTS.length);
  });

  it('publishes an OpenAPI document generated from the schemas', async () => {
    const doc = (await get('/api/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/claims', '/api/corrections', '/api/documents', '/api/documents/{id}', '/api/estimates', '/api/events', '/api/events/{id}', '/api/measures', '/api/search', '/api/stats',
    ]);
    const limit = doc.paths['/api/events'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 200, default: 50 });
    expect(doc.paths['/api/documents'].post.responses['413']).toBeDefined();
    expect(doc.paths['/api/events/{id}'].get.parameters[0]).toMatchObject({ name: 'id', in: 'path', required: true });
  });

  it('answers an unknown route with a JSON 404', async () => {
    const r = await get('/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: 'not_found', message: 'no route GET /api/nothing-here; the API is described at /api/openapi.json' });
  });

  it.each([
    ['/', 'text/html'],
    ['/web/app.js', 'text/javascript'],
    ['/web/views/report.js', 'text/javascript'],
    ['/web/style.css', 'text/css'],
  ])('serves %s with a policy that allows no inline script', async (url, type) => {
    const r = await get(url);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toContain(type);
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).not.toContain('unsafe-inline');
  });

  it('preloads every module of the page, so none waits for the one importing it', async () => {
    const html = (await get('/')).body as string;
    const preloaded = new Set([...html.matchAll(/rel="modulepreload" href="\/web\/([^"]+)"/g)].map((m) => m[1]));
    const modules = [...readWebFiles().keys()].filter((f) => f.endsWith('.js') && f !== 'app.js');
    expect([...preloaded].sort()).toEqual(modules.sort());
  });

  it.each(['/web/../../package.json', '/web/%2e%2e/%2e%2e/package.json', '/web/nothing.js'])('serves nothing outside the page files: %s', async (url) => {
    const r = await get(url);
    expect(r.status).toBe(404);
  });
});
