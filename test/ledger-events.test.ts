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

  it('does not let a loose bound chain two different totals ("at least 100" fits 2,000 and 11,000)', async () => {
    const report = (id: string, published: string, text: string, quantity: F.ClaimSpec['quantity']): F.ReportSpec => ({
      id, outlet: 'Capital Post', published, text,
      claims: [{ evidence: text.replace(/,? (?:officials|a lawmaker|analysts) said\.$/, ''), event: 'deploy', agent: F.KP, recipient: F.RU, quantity, sources: [] }],
    });
    const events = await ledger([
      report('a', '2024-11-20', 'North Korea has sent 11,000 troops to Russia, officials said.', { text: '11,000 troops', min: 11000, max: 11000, unit: 'troops' }),
      report('b', '2024-12-19', 'At least 100 North Korean soldiers have been sent to Russia, a lawmaker said.', { text: 'At least 100 North Korean soldiers', min: 100, max: 100, approximate: true, bound: 'at-least', unit: 'soldiers' }),
      report('c', '2025-09-02', 'Roughly 2,000 North Korean soldiers have been deployed to Russia, analysts said.', { text: 'Roughly 2,000 North Korean soldiers', min: 2000, max: 2000, approximate: true, unit: 'soldiers' }),
    ]);
    expect(events.map((e) => e.reports.map((r) => r.document).join()).sort()).toEqual(['a,b', 'c']);
    expect(events.some((e) => e.disagreement)).toBe(false);
  });

  it('reads tense as a loose clock: a dispatch called under way joins the plan reported a week later', async () => {
    const underWay: F.ReportSpec = {
      id: 'border-dispatch-2025-06-17', outlet: 'Border Dispatch', published: '2025-06-17',
      text: 'The dispatch of 6,000 North Korean military builders to Kursk is under way, Moscow said.',
      claims: [{ evidence: 'The dispatch of 6,000 North Korean military builders to Kursk is under way', event: 'deploy', agent: F.KP, recipient: F.RU,
        quantity: { text: '6,000 North Korean military builders', min: 6000, max: 6000, unit: 'military builders' }, sources: ['Moscow'], status: 'ongoing' }],
    };
    const events = await ledger([underWay, F.spyAgencyTotal]);
    expect(events).toHaveLength(1);
  });

  it('keeps a plan apart from a different dispatch reported done half a year before', async () => {
    const earlier: F.ReportSpec = {
      id: 'steppe-news-2024-12-10', outlet: 'Steppe News', published: '2024-12-10',
      text: 'North Korea has sent some 6,000 soldiers to Russia, according to Ukrainian officials.',
      claims: [{ evidence: 'North Korea has sent some 6,000 soldiers to Russia', event: 'deploy', agent: F.KP, recipient: F.RU,
        quantity: { text: 'some 6,000 soldiers', min: 6000, max: 6000, approximate: true, unit: 'soldiers' }, sources: ['Ukrainian officials'] }],
    };
    const events = await ledger([earlier, F.shoiguParts]);
    expect(events).toHaveLength(2);
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

describe('actor look-up through the entity layer', () => {
  it.each([
    ['DPRK', 'country:KP'],
    ['Pyongyang', 'country:KP'],
    ['the Kremlin', 'country:RU'],
  ])('finds events of %s (%s) though no stored document names it so', async (alias, id) => {
    await ledger([F.octoberTroops]);
    const side = id === 'country:KP' ? 'agent' : 'recipient';
    expect((await listEvents(store, { [side]: alias })).total).toBe(1);
  });

  it('finds nothing for a name that is no actor', async () => {
    await ledger([F.octoberTroops]);
    expect((await listEvents(store, { agent: 'Atlantis' })).total).toBe(0);
  });
});
