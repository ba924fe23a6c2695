// Corrections over HTTP (issue 10, item 8): POST /api/corrections makes each kind, the events and
// documents show them, GET /api/corrections lists them; a write needs JSON from the page's own
// origin, and beyond loopback the access token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { ingestInputs } from '../src/ledger/index.js';
import { fakeExtract, REPORTS, testServer, type TestServer } from './server-fixtures.js';

let t: TestServer;
const TOKEN = 'a1b2c3d4e5f6a7b8c9d0';

beforeAll(async () => {
  t = await testServer();
  await ingestInputs(t.store, REPORTS, { extract: fakeExtract });
});
afterAll(async () => t?.close());

const json = (r: LightMyRequestResponse) => JSON.parse(r.body);
const get = async (url: string) => json(await t.app.inject({ method: 'GET', url, headers: { host: '127.0.0.1' } }));
const post = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/corrections', payload: JSON.stringify(payload), headers: { host: '127.0.0.1', 'content-type': 'application/json', ...headers } });
const who = { author: 'K. Osei', reason: 'checked against the ministry statement' };

async function eventOf(doc: string) {
  const list = await get('/api/events?limit=200');
  for (const e of list.items) {
    const full = await get(`/api/events/${e.id}`);
    if (full.reports.some((r: { document: string; rejected: boolean }) => r.document === doc && !r.rejected)) return full;
  }
  return null;
}

describe('POST /api/corrections', () => {
  it('rejects a claim and the event shows it in its history', async () => {
    const before = await eventOf('coast-0320');
    expect(before.disagreement_rule).toBe('denial');
    const r = await post({ kind: 'reject', document: 'coast-0320', claim: 'c1', ...who });
    expect(r.statusCode).toBe(201);
    const made = json(r);
    expect(made.correction).toMatchObject({ id: 1, kind: 'reject', author: 'K. Osei', documents: ['coast-0320'] });
    const e = await get(`/api/events/${made.events[0]}`);
    expect(e.disagreement).toBe(false);
    expect(e.reports.find((x: { document: string }) => x.document === 'coast-0320').rejected).toBe(true);
    expect(e.history).toEqual([expect.objectContaining({ id: 1, kind: 'reject', author: 'K. Osei', reason: who.reason })]);
    const doc = await get('/api/documents/coast-0320');
    expect(doc.review.claims.c1).toEqual({ rejected: true, corrected: [], corrections: [1] });
  });

  it('corrects fields, merges, splits, deletes and reverts', async () => {
    const fix = json(await post({ kind: 'correct', document: 'harbour-0310', claim: 'c1', fields: { certainty: 'probable', figure: '2500-3500', unit: 'soldiers' }, ...who }));
    expect(fix.correction.fields).toMatchObject({ certainty: 'probable', figure: { min: 2500, max: 3500, unit: 'soldiers' } });
    const plan = await eventOf('feeds/plains-0402.txt');
    const iran = (await get('/api/events?agent=Iran')).items[0];
    const merged = json(await post({ kind: 'merge', events: [plan.id, iran.id], ...who }));
    expect(merged.events).toHaveLength(1);
    const m = await get(`/api/events/${merged.events[0]}`);
    expect(m.reports).toHaveLength(2);
    const split = json(await post({ kind: 'split', event: m.id, reports: [{ document: 'feeds/plains-0402.txt', claim: 'c2' }], ...who }));
    expect(split.events).toHaveLength(1);
    expect(json(await post({ kind: 'delete-document', document: 'valley-0312', ...who })).correction.kind).toBe('delete-document');
    expect((await get('/api/documents?q=deployments')).total).toBe(0);
    const back = await post({ kind: 'revert', correction: 1, ...who });
    expect(back.statusCode).toBe(201);
    expect((await get('/api/documents/coast-0320')).review.claims.c1.rejected).toBe(false);
    const all = await get('/api/corrections');
    expect(all.items.map((c: { kind: string }) => c.kind)).toEqual(['reject', 'correct', 'merge', 'split', 'delete-document', 'revert']);
    expect((await get('/api/corrections?document=valley-0312')).items).toHaveLength(1);
  });

  it.each([
    [{ kind: 'reject', document: 'coast-0320', claim: 'c1', author: 'X' }, 400, /^body\.reason: expected why/],
    [{ kind: 'reject', document: 'nowhere', claim: 'c1', ...who }, 404, /^no document "nowhere"/],
    [{ kind: 'correct', document: 'harbour-0310', claim: 'c1', fields: { certainty: 'sure' }, ...who }, 400, /^certainty: expected one of certain, probable, possible/],
    [{ kind: 'burn', ...who }, 400, /kind is one of reject, correct, merge, split, delete-document, revert/],
    [{ kind: 'merge', events: ['ev-nope', 'ev-none'], ...who }, 404, /^no event "ev-nope"/],
  ])('answers %j with %i', async (payload, status, message) => {
    const r = await post(payload);
    expect(r.statusCode).toBe(status);
    expect(json(r).message).toMatch(message);
  });

  it('takes a correction only as JSON, and only from its own page', async () => {
    const asText = await t.app.inject({ method: 'POST', url: '/api/corrections', payload: '{}', headers: { host: '127.0.0.1', 'content-type': 'text/plain' } });
    expect(asText.statusCode).toBe(400);
    expect(json(asText).message).toMatch(/Content-Type application\/json/);
    const foreign = await post({ kind: 'reject', document: 'coast-0320', claim: 'c1', ...who }, { origin: 'https://elsewhere.example' });
    expect(foreign.statusCode).toBe(403);
    const own = await post({ kind: 'revert', correction: 6, ...who }, { origin: 'http://127.0.0.1' });
    expect(own.statusCode).toBe(201);
  });
});

describe('corrections beyond loopback', () => {
  let remote: TestServer;
  beforeAll(async () => {
    remote = await testServer({ host: '0.0.0.0', token: TOKEN });
  });
  afterAll(async () => remote?.close());

  it('need the access token', async () => {
    const payload = JSON.stringify({ kind: 'delete-document', document: 'x', ...who });
    const headers = { host: 'dossier.example:8080', 'content-type': 'application/json' };
    expect((await remote.app.inject({ method: 'POST', url: '/api/corrections', payload, headers })).statusCode).toBe(401);
    const authorised = await remote.app.inject({ method: 'POST', url: '/api/corrections', payload, headers: { ...headers, authorization: `Bearer ${TOKEN}` } });
    expect(authorised.statusCode).toBe(404);
  });
});
