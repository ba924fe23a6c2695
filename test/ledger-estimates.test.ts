// Estimate series: one measure's figures over publication date, per original source.
import { afterEach, describe, expect, it } from 'vitest';
import { estimateSeries, ingestInputs, openStore, type Store } from '../src/ledger/index.js';
import * as F from './fixtures/ledger-reports.js';

let store: Store;
afterEach(async () => store?.close());

const reports = [
  F.fifteenHundred, F.casualtiesApril, F.shoiguParts, F.octoberTroops, F.casualtiesJanuary, F.elevenThousand,
  F.winterReinforcement, F.spyAgencyTotal, F.casualtiesEcho, F.shellsOwn, F.arrival,
];

async function load() {
  store = openStore(':memory:');
  await ingestInputs(store, reports.map(F.input), { extract: F.fixtureExtractor(reports) });
}

describe('estimate series', () => {
  it('lists the people sent, in publication order, one point per claim set', async () => {
    await load();
    const s = await estimateSeries(store, { agent: 'North Korea', recipient: 'Russia', event: 'deploy', unit: 'troops' });
    expect(s.map((p) => [p.published, p.min, p.original_source])).toEqual([
      ['2024-10-29', 10000, 'Pentagon'],
      ['2024-11-05', 11000, 'Ukrainian military intelligence'],
      ['2024-11-06', 1500, "A member of Russia's parliament"],
      ['2025-03-04', 3000, 'Joint Chiefs of Staff'],
      ['2025-06-17', 6000, 'Sergei Shoigu'],
      ['2025-06-26', 6000, 'National Intelligence Service'],
    ]);
    expect(s[4]).toMatchObject({ unit: 'sappers + military builders', claims: ['c1', 'c2'], status: 'planned' });
    expect(s[0].time).toMatchObject({ text: 'in October', from: '2024-10-01' });
  });

  it('follows a growing casualty count across sources and kinds', async () => {
    await load();
    const s = await estimateSeries(store, { agent: 'country:KP', event: 'casualties', unit: 'casualties' });
    expect(s.map((p) => [p.published, p.min])).toEqual([['2025-01-13', 3000], ['2025-01-14', 3000], ['2025-04-30', 4700]]);
  });

  it('leaves out other units, other recipients and claims without a figure', async () => {
    await load();
    expect(await estimateSeries(store, { agent: 'North Korea', recipient: 'Russia', event: 'transfer', unit: 'tanks' })).toEqual([]);
    expect((await estimateSeries(store, { agent: 'North Korea', recipient: 'Russia', event: 'transfer', unit: 'shells' })).map((p) => p.min)).toEqual([3000000]);
    expect(await estimateSeries(store, { agent: 'North Korea', recipient: 'Iran', event: 'deploy' })).toEqual([]);
  });

  it('says what it expected for a missing event type', async () => {
    await load();
    await expect(estimateSeries(store, { agent: 'North Korea', event: 'invasion' })).rejects.toThrow(/expected one of deploy/);
  });
});
