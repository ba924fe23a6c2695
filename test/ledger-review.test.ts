// Issue 10, item 8: review and correction with an audit trail — reject a claim, correct a field,
// merge two events, split one, delete a document, revert — stored beside the extraction, shown in
// the event's history, and kept through reindex and re-ingest in any order. On every store
// (test/store-backends.ts): SQLite always, PostgreSQL when DOSSIER_PG_URL is set.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  correctClaim, deleteDocument, getEvent, ingestInputs, listCorrections, listEvents, mergeEvents, readFields, reindex,
  rejectClaim, revertCorrection, search, splitEvent, type LedgerEvent, type Store,
} from '../src/ledger/index.js';
import type { DocumentInput } from '../src/extract.js';
import type { Extraction } from '../src/format.js';
import * as F from './fixtures/ledger-reports.js';
import { BACKENDS, openAt, type Backend } from './store-backends.js';

let store: Store;
let backend: Backend;
const made: string[] = [];
afterEach(async () => {
  await store?.close();
  for (const l of made.splice(0)) await backend.drop(l);
});

const who = (reason: string) => ({ author: 'Analyst A', reason });
const reports = [F.octoberTroops, F.elevenThousand, F.fifteenHundred, F.shellsOwn, F.tanks, F.armsReport, F.armsDenial];
const base = F.fixtureExtractor(reports);

async function load(extract = base) {
  // SQLite in memory; PostgreSQL in a schema of its own, dropped after the test
  const location = backend.name === 'sqlite' ? ':memory:' : backend.location('');
  if (backend.name !== 'sqlite') made.push(location);
  store = openAt(location);
  await ingestInputs(store, reports.map(F.input), { extract });
}

const holding = async (doc: string, claim = 'c1'): Promise<LedgerEvent> => {
  const [m] = await store.claimEvents(doc, [claim]);
  return (await getEvent(store, m.event))!;
};

describe.each(BACKENDS)('on the $name store', (b) => {
  if (!b.available) {
    it.skip('runs when DOSSIER_PG_URL names a PostgreSQL server', () => undefined);
    return;
  }
  beforeEach(() => {
    backend = b;
  });

  describe('corrections', () => {
    it('rejects a claim: kept and marked in its event, out of the figures, with who, when and why', async () => {
      await load();
      const before = await holding(F.fifteenHundred.id);
      expect(before.disagreement).toBe(true);
      const r = await rejectClaim(store, { document: F.fifteenHundred.id, claim: 'c1' }, who('a parliamentarian guessing, not a count'));
      const e = (await getEvent(store, r.events[0]))!;
      expect(e.disagreement).toBe(false);
      expect(e.min).toBe(10000);
      expect(e.reports.find((x) => x.document === F.fifteenHundred.id)).toMatchObject({ rejected: true, corrections: [r.correction.id] });
      expect(e.n_reports).toBe(2);
      expect(e.history).toEqual([expect.objectContaining({ kind: 'reject', author: 'Analyst A', reason: 'a parliamentarian guessing, not a count', at: r.correction.created_at })]);
      expect(e.history[0].what).toMatch(/^rejected c1 of eastern-tribune-2024-11-06/);
    });

    it('corrects a figure and an agent, and the ledger follows', async () => {
      await load();
      const fig = await correctClaim(store, { document: F.fifteenHundred.id, claim: 'c1' }, readFields({ figure: '11000-12000', unit: 'soldiers' }), who('the article misprinted the figure'));
      const e = (await getEvent(store, fig.events[0]))!;
      expect(e).toMatchObject({ disagreement: false, min: 10000, max: 12000 });
      expect(e.reports.find((x) => x.document === F.fifteenHundred.id)!.corrected).toEqual(['figure']);
      await correctClaim(store, { document: F.tanks.id, claim: 'c1' }, readFields({ agent: 'Iran' }), who('Tehran, not Pyongyang, sent the tanks'));
      const tanks = await holding(F.tanks.id);
      expect(tanks.agent).toEqual({ id: 'country:IR', name: 'Iran' });
      expect((await listEvents(store, { agent: 'Iran' })).items.map((x) => x.id)).toContain(tanks.id);
    });

    it('merges two events and splits one, each in the history', async () => {
      await load();
      const shells = await holding(F.shellsOwn.id);
      const tanks = await holding(F.tanks.id);
      expect(shells.id).not.toBe(tanks.id);
      const m = await mergeEvents(store, shells.id, tanks.id, who('one shipment: shells and tanks on the same train'));
      expect(m.events).toHaveLength(1);
      const merged = (await getEvent(store, m.events[0]))!;
      expect(merged.reports.map((r) => r.document).sort()).toEqual([F.shellsOwn.id, F.tanks.id].sort());
      expect(merged.history.map((h) => h.kind)).toEqual(['merge']);
      expect(merged.id).toBe(shells.id);
      const s = await splitEvent(store, merged.id, [{ document: F.tanks.id, claim: 'c1' }], who('the tanks came by sea a month later'));
      expect(new Set(s.events).size).toBe(1);
      const alone = (await getEvent(store, s.events[0]))!;
      expect(alone.reports.map((r) => r.document)).toEqual([F.tanks.id]);
      expect(alone.history.map((h) => h.kind)).toEqual(['merge', 'split']);
      const kept = await holding(F.shellsOwn.id);
      expect(kept.reports.map((r) => r.document)).toEqual([F.shellsOwn.id]);
      expect(kept.id).toBe(shells.id);
      expect(kept.history.map((h) => h.kind)).toEqual(['merge', 'split']);
    });

    it('deletes a document from the ledger and search, and keeps it deleted when it is ingested again', async () => {
      await load();
      await deleteDocument(store, F.armsDenial.id, who('a satire site'));
      expect((await store.claimEvents(F.armsDenial.id, ['c1'])).length).toBe(1);
      const arms = await holding(F.armsReport.id);
      expect(arms.disagreement).toBe(false);
      expect(arms.reports.find((r) => r.document === F.armsDenial.id)?.rejected).toBe(true);
      expect((await search(store, 'either side')).documents.total).toBe(0);
      await ingestInputs(store, [F.input(F.armsDenial)], { extract: base });
      await ingestInputs(store, [{ ...F.input(F.armsDenial), text: F.armsDenial.text + ' It called the report baseless.' }], { extract: base });
      expect((await store.latestByKey(F.armsDenial.id))).toMatchObject({ version: 2, deleted: true });
      expect((await holding(F.armsReport.id)).disagreement).toBe(false);
      expect((await store.stats()).documents).toBe(reports.length - 1);
    });

    it('reverts a correction, and the revert is itself in the history', async () => {
      await load();
      const r = await rejectClaim(store, { document: F.fifteenHundred.id, claim: 'c1' }, who('looked wrong'));
      await revertCorrection(store, r.correction.id, who('it was right after all'));
      const e = await holding(F.fifteenHundred.id);
      expect(e.disagreement).toBe(true);
      expect(e.history.map((h) => h.kind)).toEqual(['reject', 'revert']);
    });

    it('says what is wrong with a correction it cannot make', async () => {
      await load();
      await expect(rejectClaim(store, { document: 'nowhere', claim: 'c1' }, who('x'))).rejects.toThrow(/no document "nowhere"/);
      await expect(rejectClaim(store, { document: F.tanks.id, claim: 'c9' }, who('x'))).rejects.toThrow(/no claim "c9" in .*; it has c1/);
      await expect(rejectClaim(store, { document: F.tanks.id, claim: 'c1' }, { author: '', reason: 'x' })).rejects.toThrow(/author: expected who/);
      await expect(rejectClaim(store, { document: F.tanks.id, claim: 'c1' }, { author: 'A', reason: ' ' })).rejects.toThrow(/reason: expected why/);
      expect(() => readFields({ certainty: 'sure' })).toThrow(/certainty: expected one of certain, probable, possible, found "sure"/);
      expect(() => readFields({ time: '2024-13-01' })).toThrow(/time: expected a date/);
      expect(() => readFields({ colour: 'red' })).toThrow(/colour: not a field/);
      expect(await store.corrections()).toEqual([]);
    });
  });

  // ——— Nothing stored is lost ———

  /** A newer extractor: finds one more claim at the front of every report, so every claim id shifts. */
  function renumbering(i: DocumentInput): Extraction {
    const x = base(i);
    const extra = { ...x.claims[0], id: 'c0', event: 'meeting' as const, quantity: null, evidence: { start: 0, end: 5, text: x.document.text.slice(0, 5) } };
    const claims = [extra, ...x.claims].map((c, k) => ({ ...c, id: `c${k + 1}` }));
    return { ...x, claims };
  }

  type Step = 'reindex' | 'reingest' | 'new-version' | 'reject' | 'correct' | 'merge' | 'split' | 'delete';

  async function run(step: Step): Promise<void> {
    const find = async (doc: string) => {
      const x = (await store.getExtraction(doc))!;
      return x.claims.find((c) => c.event !== 'meeting')!.id;
    };
    switch (step) {
      case 'reindex':
        await reindex(store, { extract: renumbering });
        return;
      case 'reingest':
        await ingestInputs(store, reports.map(F.input), { extract: base });
        return;
      case 'new-version':
        await ingestInputs(store, [{ ...F.input(F.octoberTroops), text: F.octoberTroops.text + ' The Pentagon gave no further detail.' }], { extract: base });
        return;
      case 'reject':
        await rejectClaim(store, { document: F.fifteenHundred.id, claim: await find(F.fifteenHundred.id) }, who('reject'));
        return;
      case 'correct':
        await correctClaim(store, { document: F.elevenThousand.id, claim: await find(F.elevenThousand.id) }, readFields({ certainty: 'probable', figure: '~11000', unit: 'troops' }), who('correct'));
        return;
      case 'merge': {
        const [a] = await store.claimEvents(F.shellsOwn.id, [await find(F.shellsOwn.id)]);
        const [b] = await store.claimEvents(F.tanks.id, [await find(F.tanks.id)]);
        if (a.event !== b.event) await mergeEvents(store, a.event, b.event, who('merge'));
        return;
      }
      case 'split': {
        const [m] = await store.claimEvents(F.octoberTroops.id, [await find(F.octoberTroops.id)]);
        const e = (await getEvent(store, m.event))!;
        const other = e.reports.find((r) => !r.rejected && r.document === F.elevenThousand.id);
        if (other && e.reports.filter((r) => !r.rejected).length > 1) await splitEvent(store, e.id, [{ document: other.document, claim: other.claim }], who('split'));
        return;
      }
      case 'delete':
        await deleteDocument(store, F.armsDenial.id, who('delete'));
    }
  }

  /** The ledger's shape, independent of claim ids and event ids. */
  async function shape() {
    const events = (await listEvents(store, { limit: 1000 })).items;
    const full = await Promise.all(events.map((e) => getEvent(store, e.id)));
    return full
      .map((e) => ({
        reports: e!.reports.map((r) => `${r.document}${r.rejected ? ' (rejected)' : ''}${r.corrected.length ? ` (${r.corrected.join('+')})` : ''}`).sort().join(' | '),
        figure: [e!.min, e!.max],
        disagreement: e!.disagreement,
      }))
      .sort((a, b) => a.reports.localeCompare(b.reports));
  }

  describe('nothing stored is lost', () => {
    const corrections: Step[] = ['reject', 'correct', 'merge', 'split', 'delete'];
    const orders: Step[][] = [
      [...corrections, 'reindex', 'reingest', 'new-version'],
      ['reindex', 'reject', 'reingest', 'correct', 'new-version', 'merge', 'reindex', 'split', 'reingest', 'delete'],
      ['new-version', 'delete', 'reindex', 'split', 'correct', 'reingest', 'merge', 'reindex', 'reject'],
      ['merge', 'reindex', 'delete', 'reject', 'new-version', 'reindex', 'correct', 'split', 'reindex', 'reingest'],
    ];

    it.each(orders.map((o) => [o.join(' → '), o]))('keeps every correction in place: %s', async (_name, order) => {
      await load();
      for (const step of order) await run(step as Step);
      // whatever the order, finish with the same extractor so that the shapes compare
      await reindex(store, { extract: renumbering });
      const all = await listCorrections(store);
      expect(all.map((c) => c.kind).sort()).toEqual(['correct', 'delete-document', 'merge', 'reject', 'split']);
      for (const c of all) expect(c.author).toBe('Analyst A');
      const s = await shape();
      expect(s.some((e) => e.reports.includes(`${F.fifteenHundred.id} (rejected)`))).toBe(true);
      expect(s.some((e) => e.reports.includes(`${F.elevenThousand.id} (figure+certainty)`) || e.reports.includes(`${F.elevenThousand.id} (certainty+figure)`))).toBe(true);
      expect(s.some((e) => e.reports.includes(`${F.armsDenial.id} (rejected)`))).toBe(true);
      expect(s.some((e) => e.reports.includes(F.shellsOwn.id) && e.reports.includes(F.tanks.id))).toBe(true);
      expect((await store.latestByKey(F.armsDenial.id))!.deleted).toBe(true);
      expect((await store.integrityCheck())).toEqual(['ok']);
    });

    it('gives the same ledger whatever order the corrections, reindexes and re-ingests came in', async () => {
      const shapes = [];
      for (const order of orders) {
        await load();
        for (const step of order) await run(step as Step);
        // bring every document to the same text (a re-ingest may have brought back the first one),
        // then to the same extractor
        await run('new-version');
        await reindex(store, { extract: renumbering });
        shapes.push(await shape());
        await store.close();
      }
      expect(shapes[0].length).toBeGreaterThan(3);
      for (const s of shapes.slice(1)) expect(s).toEqual(shapes[0]);
    });
  });
});
