// Grouping across reports, on hand-built extractions of reports written for these tests.
import { afterEach, describe, expect, it } from 'vitest';
import { ingestInputs, listEvents, openStore, type LedgerEvent, type Store } from '../src/ledger/index.js';
import * as F from './fixtures/ledger-reports.js';

let store: Store;
afterEach(async () => store?.close());

async function ledger(reports: F.ReportSpec[]): Promise<LedgerEvent[]> {
  store = openStore(':memory:');
  await ingestInputs(store, reports.map(F.input), { extract: F.fixtureExtractor(reports) });
  return (await listEvents(store, {})).items;
}

const holding = (events: LedgerEvent[], doc: string) => events.filter((e) => e.reports.some((r) => r.document === doc));

describe('reported events', () => {
  it('groups one dispatch reported as parts, as a vague amount, as a total and as an arrival', async () => {
    const events = await ledger([F.spyAgencyTotal, F.arrival, F.shoiguParts, F.wireThousands]);
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e.reports.map((r) => `${r.document}:${r.claim}`)).toEqual([
      'pyongyang-watch-2025-06-17:c1', 'pyongyang-watch-2025-06-17:c2', 'harbour-daily-2025-06-18:c1',
      'seoul-ledger-2025-06-26:c1', 'frontline-monitor-2025-09-10:c1',
    ]);
    expect(e).toMatchObject({ event: 'deploy', min: 6000, max: 6000, first_reported: '2025-06-17', status: 'done', disagreement: false });
    expect(e.original_sources).toEqual(['Sergei Shoigu', 'National Intelligence Service', 'Russian state media']);
    expect(e.reports[0].set_total).toEqual({ min: 6000, max: 6000 });
  });

  it('keeps apart two dispatches months apart, and the same goods sent to different recipients', async () => {
    const events = await ledger([F.octoberTroops, F.winterReinforcement, F.airDefenceToKorea, F.airDefenceToIran]);
    expect(events).toHaveLength(4);
    expect(events.every((e) => e.reports.length === 1 && !e.disagreement)).toBe(true);
  });

  it('keeps shells apart from tanks sent in the same weeks', async () => {
    const events = await ledger([F.shellsOwn, F.tanks]);
    expect(events).toHaveLength(2);
  });

  it('counts wire copy once: credited, datelined or reprinted near-identically', async () => {
    const [e] = await ledger([F.shellsAp1, F.shellsAp2, F.shellsAp3, F.shellsOwn]);
    expect(e.reports).toHaveLength(4);
    expect(e.original_sources).toEqual(['AP', 'Metro Post']);
    expect(e.reports.map((r) => r.via)).toEqual(['AP', 'AP', 'AP', null]);
  });

  it('flags figures that cannot both hold for one event and time', async () => {
    const [e] = await ledger([F.octoberTroops, F.elevenThousand, F.fifteenHundred]);
    expect(e.reports).toHaveLength(3);
    expect(e.disagreement).toBe(true);
    expect(e.disagreement_reason).toMatch(/numbers cannot both hold: ~1,500 .* vs 11,000/);
  });

  it('does not flag figures that overlap once "about" is allowed for', async () => {
    const [e] = await ledger([F.octoberTroops, F.elevenThousand]);
    expect(e).toMatchObject({ disagreement: false, min: 10000, max: 11000 });
  });

  it('flags a denial against an assertion', async () => {
    const [e] = await ledger([F.armsReport, F.armsDenial]);
    expect(e.reports).toHaveLength(2);
    expect(e.disagreement).toBe(true);
    expect(e.disagreement_reason).toMatch(/^denial: The UAE foreign ministry/);
  });

  it('treats casualty estimates months apart as separate counts of a growing total, not a disagreement', async () => {
    const events = await ledger([F.casualtiesJanuary, F.casualtiesEcho, F.casualtiesApril]);
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.reports.length).sort()).toEqual([1, 2]);
    expect(events.some((e) => e.disagreement)).toBe(false);
    expect(holding(events, 'capital-post-2025-01-14')[0].original_sources).toEqual(['National Intelligence Service']);
  });

  it('gives the same groups whatever the ingest order', async () => {
    const all = [F.shoiguParts, F.wireThousands, F.spyAgencyTotal, F.arrival, F.octoberTroops, F.elevenThousand, F.fifteenHundred, F.winterReinforcement];
    const a = await ledger(all);
    await store.close();
    const b = await ledger([...all].reverse());
    const shape = (es: LedgerEvent[]) => es.map((e) => [e.id, e.reports.map((r) => r.claim + r.document)]).sort();
    expect(shape(b)).toEqual(shape(a));
  });
});

describe('listing events', () => {
  it('filters by actor name, alias or id, by event and by date, and pages', async () => {
    await ledger([F.shoiguParts, F.octoberTroops, F.airDefenceToKorea, F.casualtiesJanuary]);
    expect((await listEvents(store, { agent: 'country:KP' })).total).toBe(3);
    expect((await listEvents(store, { agent: 'North Korea', event: 'casualties' })).total).toBe(1);
    expect((await listEvents(store, { recipient: 'North Korea' })).items[0].event).toBe('transfer');
    expect((await listEvents(store, { since: '2025-01-01' })).total).toBe(3);
    expect((await listEvents(store, { until: '2024-12-31' })).total).toBe(1);
    const page = await listEvents(store, { limit: 2, offset: 1 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.items).toHaveLength(2);
  });

  it('says what it expected when a filter is malformed', async () => {
    store = openStore(':memory:');
    await expect(listEvents(store, { event: 'invasion' })).rejects.toThrow(/event: expected one of deploy, transfer/);
    await expect(listEvents(store, { since: 'last week' })).rejects.toThrow(/since: expected an ISO date/);
  });
});
