// One contract for every Store: what the ledger may rely on, run on SQLite always and on
// PostgreSQL when DOSSIER_PG_URL is set (test/store-backends.ts). Search is compared by which
// documents and claims match, never by ranking or snippet text.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteDocument, estimateSeries, getEvent, ingestInputs, ingestOne, listEvents, prepareDocument, regroup, reindex, rejectClaim, resolveActor,
  revertCorrection, search, type ClaimRow, type Store,
} from '../src/ledger/index.js';
import type { MeasureRow } from '../src/store/store.js';
import { contentHash, textHash } from '../src/store/normalise.js';
import { BACKENDS, PG_REQUIRED, openAt } from './store-backends.js';
import { bucketExtract, bucketInput } from './fixtures/one-bucket.js';
import * as F from './fixtures/ledger-reports.js';

const ALL = [
  F.shoiguParts, F.wireThousands, F.spyAgencyTotal, F.arrival, F.octoberTroops, F.winterReinforcement, F.airDefenceToKorea,
  F.airDefenceToIran, F.shellsAp1, F.shellsAp2, F.shellsAp3, F.shellsOwn, F.tanks, F.elevenThousand, F.fifteenHundred,
  F.armsReport, F.armsDenial, F.casualtiesJanuary, F.casualtiesEcho, F.casualtiesApril,
];
const extract = F.fixtureExtractor(ALL);
const FIVE = [F.shoiguParts, F.wireThousands, F.spyAgencyTotal, F.arrival, F.octoberTroops];

if (PG_REQUIRED && !BACKENDS.find((b) => b.name === 'postgres')!.available) {
  it('has a PostgreSQL server to test (DOSSIER_PG_REQUIRED is set)', () => {
    throw new Error('DOSSIER_PG_REQUIRED=1 but DOSSIER_PG_URL is not set');
  });
}

describe.each(BACKENDS)('the $name store', (backend) => {
  if (!backend.available) {
    it.skip('runs when DOSSIER_PG_URL names a PostgreSQL server', () => undefined);
    return;
  }
  let dir: string;
  let location: string;
  const opened: Store[] = [];
  const open = (): Store => {
    const s = openAt(location);
    opened.push(s);
    return s;
  };
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dossier-contract-'));
    location = backend.location(dir);
  });
  afterEach(async () => {
    for (const s of opened.splice(0)) await s.close();
    await backend.drop(location);
    rmSync(dir, { recursive: true, force: true });
  });

  const memberships = async (store: Store) =>
    (await listEvents(store, { limit: 10_000 })).items.map((e) => e.reports.map((r) => `${r.document}#${r.claim}`).sort().join(' ')).sort();

  describe('documents', () => {
    it('stores each text once: a second run reports every document unchanged', async () => {
      const store = open();
      expect(await ingestInputs(store, FIVE.map(F.input), { extract })).toMatchObject({ added: 5, unchanged: 0, failed: 0 });
      const again = await ingestInputs(store, FIVE.map((r) => ({ ...F.input(r), text: r.text.replace(/ /g, '  ') })), { extract });
      expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5, failed: 0 });
      expect(await store.stats()).toMatchObject({ documents: 5, versions: 5 });
    });

    it('treats the same file under another name as unchanged, but keeps a wire copy from another outlet', async () => {
      const store = open();
      await ingestInputs(store, [F.input(F.octoberTroops)], { extract });
      const copied = { ...F.input(F.octoberTroops), id: 'copies/capital-post.txt' };
      const otherOutlet = { ...copied, id: 'river-gazette-2024-10-29', outlet: 'River Gazette' };
      const r = await ingestInputs(store, [copied, otherOutlet], { extract: (i) => F.extraction({ ...F.octoberTroops, id: String(i.id), outlet: i.outlet ?? null }) });
      expect(r).toMatchObject({ unchanged: 1, added: 1 });
    });

    it('stores a changed text under the same id as a new version, and the ledger and search use it', async () => {
      const store = open();
      await ingestInputs(store, [F.input(F.octoberTroops)], { extract });
      const corrected = F.octoberTroops.text.replace('about 10,000', 'about 12,000').replace('The Pentagon', 'The Defense Department');
      const fix = {
        ...F.octoberTroops, text: corrected,
        claims: [{ ...F.octoberTroops.claims[0], evidence: 'North Korea sent about 12,000 troops to Russia in October', quantity: { text: 'about 12,000 troops', min: 12000, max: 12000, approximate: true, unit: 'troops' }, sources: ['The Defense Department'] }],
      };
      const r = await ingestInputs(store, [{ ...F.input(F.octoberTroops), text: corrected }], { extract: F.fixtureExtractor([fix]) });
      expect(r).toMatchObject({ updated: 1 });
      expect(await store.stats()).toMatchObject({ documents: 1, versions: 2, claims: 1 });
      const [e] = (await listEvents(store, {})).items;
      expect(e).toMatchObject({ min: 12000, max: 12000 });
      expect(e.reports[0].version).toBe(2);
      expect((await store.getExtraction(F.octoberTroops.id, 1))!.document.text).toBe(F.octoberTroops.text);
      expect((await store.getExtraction(F.octoberTroops.id))!.document.text).toBe(corrected);
      expect((await search(store, 'Pentagon')).documents.total).toBe(0);
      expect((await search(store, 'Defense Department')).documents.items.map((h) => [h.document, h.version])).toEqual([[F.octoberTroops.id, 2]]);
      expect((await search(store, '12,000 troops')).claims.total).toBe(1);
      expect((await search(store, '10,000 troops')).claims.total).toBe(0);
    });

    it('reports a bad document in the middle of a batch and stores the rest', async () => {
      const store = open();
      const inputs = [
        F.input(F.shoiguParts),
        { name: 'reports/scan.pdf', error: 'reports/scan.pdf: not a text file (PDF)' },
        { id: 'empty', text: '   ' },
        { ...F.input(F.wireThousands), published: 'yesterday' },
        F.input(F.arrival),
      ];
      const r = await ingestInputs(store, inputs, { extract });
      expect(r).toMatchObject({ added: 2, failed: 3 });
      expect(r.failures.map((f) => f.name)).toEqual(['reports/scan.pdf', 'empty', 'harbour-daily-2025-06-18']);
      expect((await listEvents(store, {})).items[0].reports).toHaveLength(3);
    });

    it('survives an extractor that throws, without a half-stored document', async () => {
      const store = open();
      const r = await ingestInputs(store, FIVE.map(F.input), {
        extract: (i) => {
          if (i.id === F.spyAgencyTotal.id) throw new Error('stage "claims" failed: boom');
          return extract(i);
        },
      });
      expect(r).toMatchObject({ added: 4, failed: 1 });
      expect(await store.integrityCheck()).toEqual(['ok']);
      expect(await store.getExtraction(F.spyAgencyTotal.id)).toBeNull();
    });

    it('rolls back a document the store rejects half-way, and keeps the rest of its batch', async () => {
      const store = open();
      const r = await ingestInputs(store, FIVE.map(F.input), {
        extract: (i) => {
          const x = extract(i);
          // an entity without a name fails after the document row is written
          if (i.id === F.wireThousands.id) x.entities = [{ id: 'country:KP', name: null as unknown as string, type: 'country', mentions: [] }];
          return x;
        },
      });
      expect(r).toMatchObject({ added: 4, failed: 1 });
      expect(r.failures[0].name).toBe(F.wireThousands.id);
      expect(await store.getExtraction(F.wireThousands.id)).toBeNull();
      expect((await search(store, 'deepening partnership')).documents.total).toBe(0);
      expect(await store.integrityCheck()).toEqual(['ok']);
      expect((await store.stats()).dirtyBuckets).toBe(0);
    });

    it('stores with an extractor that answers later (worker threads): ahead of the store, or awaited outside its transaction', async () => {
      const store = open();
      let calls = 0;
      const later = async (i: Parameters<typeof extract>[0]) => {
        calls++;
        await new Promise((r) => setTimeout(r, 1));
        if (i.id === F.arrival.id) throw new Error('the worker thread stopped it');
        return extract(i);
      };
      const s = await ingestInputs(store, FIVE.map(F.input), { extract: later, readAhead: 3 });
      expect(s).toMatchObject({ added: 4, failed: 1, failures: [{ name: F.arrival.id, error: 'the worker thread stopped it' }] });
      expect(calls).toBe(5);
      // no extraction ahead: the store finds it must store, the extraction is awaited, the store decides again
      expect(await ingestOne(store, 'late', F.input(F.arrival), later)).toMatchObject({ status: 'failed', error: 'the worker thread stopped it' });
      expect(await ingestOne(store, 'late', F.input(F.arrival), async (i) => extract(i))).toMatchObject({ status: 'added', document: F.arrival.id, version: 1 });
      expect(await ingestOne(store, 'again', F.input(F.arrival), later)).toMatchObject({ status: 'unchanged', document: F.arrival.id });
      expect(calls).toBe(6);
      expect(await store.stats()).toMatchObject({ documents: 5, versions: 5 });
      expect(JSON.stringify(await store.getExtraction(F.arrival.id))).toBe(JSON.stringify(F.extraction(F.arrival)));
    });

    it('serves the extraction back exactly, spans and all, and lists documents and claims in order', async () => {
      const store = open();
      await ingestInputs(store, FIVE.map(F.input), { extract });
      const x = await store.getExtraction(F.shoiguParts.id);
      expect(JSON.stringify(x)).toBe(JSON.stringify(F.extraction(F.shoiguParts)));
      expect(await store.getExtraction('no-such-document')).toBeNull();
      const docs = await store.documents(0, 3);
      expect(docs.map((d) => d.key)).toEqual(FIVE.slice(0, 3).map((r) => r.id));
      expect((await store.documents(docs[2].rowid, 10)).map((d) => d.key)).toEqual(FIVE.slice(3).map((r) => r.id));
      const claims = await store.claims(0, 100);
      expect(claims.map((c) => `${c.doc.key}#${c.claimId}`)).toEqual(FIVE.flatMap((r) => r.claims.map((_, i) => `${r.id}#c${i + 1}`)));
      expect(claims[0]).toMatchObject({ event: 'deploy', agentKey: 'country:KP', quantity: { min: 1000, unit: 'sappers' }, sources: [{ name: 'Sergei Shoigu' }] });
    });
  });

  describe('the ledger', () => {
    it('groups, lists newest first with totals and pages, and filters by actor, type, dates and disagreement', async () => {
      const store = open();
      await ingestInputs(store, ALL.map(F.input), { extract });
      const all = await listEvents(store, { limit: 1000 });
      expect(all.total).toBe(all.items.length);
      const firsts = all.items.map((e) => e.first_reported ?? '');
      expect(firsts).toEqual([...firsts].sort().reverse());
      const page = await listEvents(store, { limit: 3, offset: 2 });
      expect(page.total).toBe(all.total);
      expect(page.items.map((e) => e.id)).toEqual(all.items.slice(2, 5).map((e) => e.id));
      const kp = await listEvents(store, { agent: 'DPRK', recipient: 'Russia', event: 'deploy' });
      expect(kp.items.length).toBeGreaterThan(1);
      expect(kp.items.every((e) => e.agent?.id === 'country:KP' && e.recipient?.id === 'country:RU' && e.event === 'deploy')).toBe(true);
      const since = await listEvents(store, { since: '2025-06-01' });
      expect(since.items.every((e) => (e.last_reported ?? '') >= '2025-06-01')).toBe(true);
      const until = await listEvents(store, { until: '2024-12-31' });
      expect(until.items.every((e) => (e.first_reported ?? '9') <= '2024-12-31')).toBe(true);
      expect(since.total + until.total).toBeLessThanOrEqual(all.total);
      const disputed = await listEvents(store, { disagreement: true });
      expect(disputed.total).toBeGreaterThan(0);
      expect(disputed.items.every((e) => e.disagreement)).toBe(true);
      expect((await listEvents(store, { disagreement: false })).total).toBe(all.total - disputed.total);
    });

    it('keeps every claim span and chain in the events it serves, and finds an event by a prefix of its id', async () => {
      const store = open();
      await ingestInputs(store, [F.input(F.spyAgencyTotal)], { extract });
      const [e] = (await listEvents(store, {})).items;
      const r = e.reports[0];
      expect(F.spyAgencyTotal.text.slice(r.evidence.start, r.evidence.end)).toBe(r.quote);
      expect(r.sources).toEqual(["South Korea's spy agency", 'lawmakers']);
      expect((await getEvent(store, e.id.slice(0, 7)))!.id).toBe(e.id);
      expect(await getEvent(store, 'ev-')).toBeNull();
      expect(await getEvent(store, 'ev-ffffffffffff')).toBeNull();
    });

    it('follows an estimate series', async () => {
      const store = open();
      await ingestInputs(store, ALL.map(F.input), { extract });
      const s = await estimateSeries(store, { agent: 'country:KP', event: 'casualties', unit: 'casualties' });
      expect(s.map((p) => [p.published, p.min])).toEqual([['2025-01-13', 3000], ['2025-01-14', 3000], ['2025-04-30', 4700]]);
      const troops = await estimateSeries(store, { agent: 'North Korea', recipient: 'Russia', event: 'deploy', unit: 'troops' });
      expect(troops.map((p) => p.min)).toEqual([10000, 11000, 1500, 3000, 6000, 2000, 6000]);
    });

    it('resolves actors by id, name and the aliases the documents use', async () => {
      const store = open();
      const withEntities = F.extraction(F.octoberTroops);
      withEntities.entities = [
        { id: 'country:KP', name: 'North Korea', type: 'country', mentions: [{ start: 30, end: 41, text: 'North Korea', rule: 'gazetteer' }] },
        { id: 'country:KP', name: 'North Korea', type: 'country', mentions: [{ start: 0, end: 4, text: 'DPRK', rule: 'acronym' }, { start: 5, end: 7, text: 'he', rule: 'pronoun' }, { start: 8, end: 16, text: 'the DPRK', rule: 'acronym' }] },
      ];
      await ingestInputs(store, [F.input(F.octoberTroops)], { extract: () => withEntities });
      expect(await store.actorKeys('dprk')).toEqual(['country:KP']);
      expect(await resolveActor(store, 'the DPRK')).toContain('country:KP');
      expect(await resolveActor(store, 'he')).not.toContain('country:KP');
      expect((await listEvents(store, { agent: 'DPRK' })).total).toBe(1);
    });

    it('reindexes in place and regroups every bucket to the same events', async () => {
      const store = open();
      await ingestInputs(store, ALL.map(F.input), { extract });
      const before = await memberships(store);
      const r = await reindex(store, { extract });
      expect(r).toMatchObject({ reindexed: ALL.length, failed: 0 });
      expect(r.regrouped).toBeGreaterThan(0);
      expect(await memberships(store)).toEqual(before);
      expect(await store.stats()).toMatchObject({ documents: ALL.length, versions: ALL.length, dirtyBuckets: 0 });
      expect(await store.markAllDirty()).toBe(r.regrouped);
      expect(await regroup(store)).toBe(r.regrouped);
    });
  });

  describe('what reviewers rely on', () => {
    const who = { author: 'Desk B', reason: 'checked against the ministry statement' };

    it('finds the latest versions with a content hash, in the order they were stored, deleted ones flagged', async () => {
      const store = open();
      const copy = { ...F.input(F.octoberTroops), id: 'mirror/october.txt' };
      const other = { ...F.input(F.octoberTroops), id: 'wire/october.txt', outlet: 'Another Outlet' };
      const asOctober = (i: { id?: unknown; outlet?: string | null; text: string }) => F.extraction({ ...F.octoberTroops, id: String(i.id), outlet: i.outlet ?? null, text: i.text });
      expect(await ingestInputs(store, [F.input(F.octoberTroops), copy, other], { extract: asOctober })).toMatchObject({ added: 2, unchanged: 1, failed: 0 });
      const hash = contentHash(F.octoberTroops.text, F.octoberTroops.title ?? null);
      const same = await store.findSameContent(hash);
      expect(same.map((d) => [d.key, d.version, d.contentHash, d.deleted])).toEqual([
        [F.octoberTroops.id, 1, hash, false],
        ['wire/october.txt', 1, hash, false],
      ]);
      expect(same[0]).toEqual(await store.latestByKey(F.octoberTroops.id));
      // a new text under the key: the old version leaves the look-up, the new one answers to its own hash
      const changed = { ...F.input(F.octoberTroops), text: F.octoberTroops.text + ' Officials gave no further details.' };
      expect(await ingestInputs(store, [changed], { extract: asOctober })).toMatchObject({ updated: 1, failed: 0 });
      expect((await store.findSameContent(hash)).map((d) => d.key)).toEqual(['wire/october.txt']);
      expect((await store.findSameContent(contentHash(changed.text, changed.title ?? null))).map((d) => [d.key, d.version])).toEqual([[F.octoberTroops.id, 2]]);
      await deleteDocument(store, 'wire/october.txt', who);
      expect(await store.findSameContent(hash)).toEqual([expect.objectContaining({ key: 'wire/october.txt', deleted: true })]);
      expect(await store.findSameContent('0'.repeat(64))).toEqual([]);
    });

    it('keeps corrections with everything they say, oldest first, by document and by id', async () => {
      const store = open();
      await ingestInputs(store, ALL.map(F.input), { extract });
      const a = await store.addCorrection({
        kind: 'correct', ...who, documents: [F.tanks.id],
        claims: [{ document: F.tanks.id, claim: 'c1', event: 'transfer', evidence: 'sent 40 tanks', figure: '40' }] as never,
        fields: { certainty: 'probable', agent: { id: 'country:IR', name: 'Iran' } } as never, events: ['ev-0123456789ab'],
      });
      const b = await store.addCorrection({ kind: 'merge', ...who, documents: [F.shellsOwn.id, F.tanks.id, F.tanks.id], claims: [], bucket: 'b-1', events: [] });
      const c = await store.addCorrection({ kind: 'revert', ...who, documents: [F.tanks.id], claims: [], target: a.id });
      expect(a.id).toBeLessThan(b.id);
      expect(b.id).toBeLessThan(c.id);
      expect(new Date(a.created_at).toISOString()).toBe(a.created_at);
      expect(await store.corrections()).toEqual([a, b, c]);
      expect(await store.corrections({ document: F.tanks.id })).toEqual([a, b, c]);
      expect(await store.corrections({ document: F.shellsOwn.id })).toEqual([b]);
      expect(await store.corrections({ document: 'no-such-document' })).toEqual([]);
      expect(await store.corrections({ ids: [c.id, a.id] })).toEqual([a, c]);
      expect(await store.corrections({ ids: [] })).toEqual([]);
      expect(a).toMatchObject({ fields: { certainty: 'probable', agent: { id: 'country:IR', name: 'Iran' } }, events: ['ev-0123456789ab'] });
      expect(c.target).toBe(a.id);
    });

    it('names the events holding a document’s claims', async () => {
      const store = open();
      await ingestInputs(store, ALL.map(F.input), { extract });
      const claimIds = F.shoiguParts.claims.map((_, i) => `c${i + 1}`);
      const held = await store.claimEvents(F.shoiguParts.id, [...claimIds, 'c99']);
      expect(held.map((h) => h.claim)).toEqual(claimIds);
      for (const h of held) {
        const e = (await getEvent(store, h.event))!;
        expect(e.reports.some((r) => r.document === F.shoiguParts.id && r.claim === h.claim)).toBe(true);
      }
      expect(await store.claimEvents(F.shoiguParts.id, [])).toEqual([]);
      expect(await store.claimEvents('no-such-document', ['c1'])).toEqual([]);
    });

    it('counts figures per agent, event, recipient and unit for the charts, leaving rejected claims and deleted documents out', async () => {
      const store = open();
      await ingestInputs(store, ALL.map(F.input), { extract });
      // what measures() must say, worked out from the claims themselves
      const expected = async (): Promise<MeasureRow[]> => {
        const rows: ClaimRow[] = [];
        for (let after = 0, page; (page = await store.claims(after, 100)).length; after = page[page.length - 1].rowid) rows.push(...page);
        const groups = new Map<string, ClaimRow[]>();
        for (const c of rows) {
          if (!c.quantity || c.polarity !== 'positive' || c.rejected || c.agentKey === '-' || !c.unitClass) continue;
          const k = [c.event, c.agentKey, c.recipientKey, c.unitClass].join('|');
          groups.set(k, [...(groups.get(k) ?? []), c]);
        }
        const max = (xs: (string | null | undefined)[]) => xs.reduce<string | null>((m, x) => (x != null && (m == null || x > m) ? x : m), null);
        return [...groups.values()]
          .map((g) => {
            const recipient = max(g.map((c) => c.recipient?.name));
            return {
              event: g[0].event, agent: { id: max(g.map((c) => c.agent?.id)), name: max(g.map((c) => c.agent?.name))! },
              recipient: recipient == null ? null : { id: max(g.map((c) => c.recipient?.id)), name: recipient }, unit_class: g[0].unitClass!, estimates: g.length,
            };
          })
          .sort((x, y) => y.estimates - x.estimates || (x.event < y.event ? -1 : x.event > y.event ? 1 : 0) || (x.agent.name < y.agent.name ? -1 : x.agent.name > y.agent.name ? 1 : 0) || (x.unit_class < y.unit_class ? -1 : 1));
      };
      const before = await store.measures(100);
      expect(before.length).toBeGreaterThan(2);
      expect(before).toEqual(await expected());
      expect(await store.measures(2)).toEqual(before.slice(0, 2));
      const claimsBefore = (await store.stats()).claims;
      await rejectClaim(store, { document: F.fifteenHundred.id, claim: 'c1' }, who);
      expect((await store.stats()).claims).toBe(claimsBefore - 1);
      const series = await store.measureClaims({ event: 'deploy', agentKeys: ['country:KP'], recipientKeys: null });
      expect(series.some((c) => c.doc.key === F.fifteenHundred.id && c.claimId === 'c1')).toBe(false);
      const afterReject = await store.measures(100);
      expect(afterReject).toEqual(await expected());
      expect(afterReject.reduce((n, m) => n + m.estimates, 0)).toBe(before.reduce((n, m) => n + m.estimates, 0) - 1);
      const del = await deleteDocument(store, F.tanks.id, who);
      expect((await store.stats()).documents).toBe(ALL.length - 1);
      expect(await store.measures(100)).toEqual(await expected());
      expect((await search(store, 'tanks', { limit: 100 })).documents.items.map((h) => h.document)).not.toContain(F.tanks.id);
      await revertCorrection(store, del.correction.id, who);
      expect((await store.stats()).documents).toBe(ALL.length);
      expect((await search(store, 'tanks', { limit: 100 })).documents.items.map((h) => h.document)).toContain(F.tanks.id);
    });
  });

  describe('search', () => {
    const found = async (store: Store, q: string) => (await search(store, q, { limit: 100 })).documents.items.map((h) => h.document).sort();
    const claimsFound = async (store: Store, q: string) => (await search(store, q, { limit: 100 })).claims.items.map((h) => `${h.document}#${h.claim}`).sort();

    it('finds the documents holding every term, phrases as phrases, plurals and accents folded', async () => {
      const store = open();
      const accented = { ...F.octoberTroops, id: 'cafe-report', text: 'At the Café Müller in Kyïv, officials said North Korea sent sappers to Russia.', claims: [] };
      await ingestInputs(store, [...ALL, accented].map(F.input), { extract: F.fixtureExtractor([...ALL, accented]) });
      expect(await found(store, 'sappers Kursk')).toEqual([F.shoiguParts.id]);
      expect(await found(store, 'sapper')).toEqual([F.shoiguParts.id, 'cafe-report'].sort());
      expect(await found(store, '"artillery shells"')).toEqual([F.shellsAp1.id, F.shellsAp2.id, F.shellsAp3.id, F.shellsOwn.id].sort());
      expect(await found(store, '"shells artillery"')).toEqual([]);
      expect(await found(store, 'cafe muller kyiv')).toEqual(['cafe-report']);
      expect(await found(store, 'Pantsir')).toEqual([F.airDefenceToKorea.id]);
      expect(await found(store, 'OR AND (')).toEqual([]);
      const r = await search(store, 'sappers', { limit: 1 });
      expect(r.documents.total).toBe(2);
      expect(r.documents.items).toHaveLength(1);
      expect(r.documents.items[0].snippet.some((p) => p.hit)).toBe(true);
      await expect(search(store, '  ')).rejects.toThrow(/expected words/);
    });

    it('finds the claims whose evidence or theme holds every term', async () => {
      const store = open();
      await ingestInputs(store, ALL.map(F.input), { extract });
      // both claims of Shoigu's report share its evidence, "1,000 sappers and 5,000 military builders"
      expect(await claimsFound(store, '"military builders"')).toEqual([`${F.arrival.id}#c1`, `${F.shoiguParts.id}#c1`, `${F.shoiguParts.id}#c2`]);
      expect(await claimsFound(store, '"military builders" arrived')).toEqual([`${F.arrival.id}#c1`]);
      expect(await claimsFound(store, 'Pantsir')).toEqual([`${F.airDefenceToKorea.id}#c1`]);
      expect(await claimsFound(store, 'sappers builders')).toEqual([`${F.shoiguParts.id}#c1`, `${F.shoiguParts.id}#c2`]);
    });
  });

  describe('several processes on one store', () => {
    it('stores a document two writers put at once only once, and extracts it once', async () => {
      const [a, b] = [open(), open()];
      await a.stats();
      let made = 0;
      const put = (s: Store, r: F.ReportSpec, key: string) => {
        const id = { key, hash: textHash(r.text), contentHash: contentHash(r.text, r.title ?? null) };
        return s.putDocument(id, ({ byKey, sameContent }) => {
          if (byKey?.hash === id.hash) return { unchanged: byKey };
          if (!byKey && sameContent.length) return { unchanged: sameContent[0] };
          made++;
          return { store: prepareDocument(key, id.hash, F.extraction({ ...r, id: key })) };
        });
      };
      const same = await Promise.all([put(a, F.octoberTroops, F.octoberTroops.id), put(b, F.octoberTroops, F.octoberTroops.id)]);
      expect(same.map((r) => r.status).sort()).toEqual(['added', 'unchanged']);
      // the same file under two names (copied, or read from two paths) taken by two workers
      const copies = await Promise.all([put(a, F.winterReinforcement, 'copies/seoul-ledger.txt'), put(b, F.winterReinforcement, 'mirror/seoul-ledger.txt')]);
      expect(copies.map((r) => r.status).sort()).toEqual(['added', 'unchanged']);
      expect(copies[0].document).toBe(copies[1].document);
      expect(made).toBe(2);
      expect(await a.stats()).toMatchObject({ documents: 2, versions: 2 });
    });

    it('never loses a report while one store ingests and another regroups', async () => {
      const [writer, reader] = [open(), open()];
      await ingestInputs(writer, [bucketInput(0)], { extract: bucketExtract });
      const slow = reader.regroupBucket.bind(reader);
      reader.regroupBucket = (bucket, compute) =>
        slow(bucket, (rows) => {
          const until = Date.now() + 5;
          while (Date.now() < until);
          return compute(rows);
        });
      let finished = false;
      const writing = (async () => {
        for (let i = 1; i < 40; i++) await ingestOne(writer, `r${i}`, bucketInput(i), bucketExtract).then(() => regroup(writer));
      })().finally(() => (finished = true));
      while (!finished) await regroup(reader);
      await writing;
      await regroup(reader);
      const stored = await memberships(reader);
      expect(stored.join(' ').split(' ')).toHaveLength(40);
      await reader.markAllDirty();
      await regroup(reader);
      expect(await memberships(reader)).toEqual(stored);
    });
  });
});
