// Issue 10, items 1–5: a disagreement and a counted original source survive only when they should;
// unrelated agentless claims stay apart; estimate series never mix units; casualties say whose
// losses they are. Hand-built extractions of reports written for these tests.
import { afterEach, describe, expect, it } from 'vitest';
import { estimateSeries, ingestInputs, listEvents, openStore, type LedgerEvent, type Store } from '../src/ledger/index.js';
import type { ActorRef } from '../src/format.js';
import { reviewedClaims } from '../src/ledger/claims.js';
import * as F from './fixtures/ledger-reports.js';

let store: Store;
afterEach(async () => store?.close());

async function ledger(reports: F.ReportSpec[]): Promise<LedgerEvent[]> {
  store = openStore(':memory:');
  await ingestInputs(store, reports.map(F.input), { extract: F.fixtureExtractor(reports) });
  return (await listEvents(store, {})).items;
}

const holding = (events: LedgerEvent[], doc: string) => events.filter((e) => e.reports.some((r) => r.document === doc));
const WSJ = { name: 'The Wall Street Journal', id: 'org:wsj' };
const PS: ActorRef = { id: 'country:PS', name: 'Palestine' };
const GAZA: ActorRef = { id: 'place:gaza', name: 'Gaza' };

// ——— Iranian missiles: a report, a negated warning inside it, a relayed newspaper story, a denial ———

const shipped: F.ReportSpec = {
  id: 'exile-tv-2024-09-05', outlet: 'Exile TV', published: '2024-09-05',
  text: 'Iran has shipped more than 200 short-range ballistic missiles to Russia, defying Western warnings not to supply arms to Moscow, officials told Exile TV.',
  claims: [
    { evidence: 'Iran has shipped more than 200 short-range ballistic missiles to Russia', event: 'transfer', agent: F.IR, recipient: F.RU,
      quantity: { text: 'more than 200 short-range ballistic missiles', min: 200, max: 200, bound: 'at-least', approximate: true, unit: 'short-range ballistic missiles' },
      sources: ['officials', 'Exile TV'] },
    { evidence: 'not to supply arms to Moscow', event: 'transfer', agent: F.IR, recipient: F.RU, theme: 'arms', sources: ['officials', 'Exile TV'], polarity: 'negative', status: 'planned' },
  ],
};

const relayed: F.ReportSpec = {
  id: 'gulf-monitor-2024-09-06', outlet: 'Gulf Monitor', published: '2024-09-06',
  text:
    'Iran has delivered hundreds of ballistic missiles to Russia, The Wall Street Journal reported, citing US and European officials. ' +
    'A US official said the first shipment arrived at a Caspian port last week. Iran has also supplied thousands of drones to Russia, The Wall Street Journal said.',
  claims: [
    { evidence: 'Iran has delivered hundreds of ballistic missiles to Russia', event: 'transfer', agent: F.IR, recipient: F.RU,
      quantity: { text: 'hundreds of ballistic missiles', min: 200, max: 999, vague: true, unit: 'ballistic missiles' }, sources: ['US and European officials', WSJ] },
    { evidence: 'the first shipment arrived at a Caspian port last week', event: 'transfer', agent: F.IR, recipient: F.RU, theme: 'first shipment', sources: ['A US official'] },
    { evidence: 'Iran has also supplied thousands of drones to Russia', event: 'transfer', agent: F.IR, recipient: F.RU,
      quantity: { text: 'thousands of drones', min: 2000, max: 9999, vague: true, unit: 'drones' }, sources: [WSJ] },
  ],
};

const denied: F.ReportSpec = {
  id: 'tehran-daily-2024-09-07', outlet: 'Tehran Daily', published: '2024-09-07',
  text: "Iran's foreign ministry on Saturday denied sending ballistic missiles to Russia.",
  claims: [{ evidence: 'denied sending ballistic missiles to Russia', event: 'transfer', agent: F.IR, recipient: F.RU, theme: 'ballistic missiles', sources: ["Iran's foreign ministry"], polarity: 'negative' }],
};

const selfDenied: F.ReportSpec = {
  id: 'exile-tv-2024-09-08', outlet: 'Exile TV', published: '2024-09-08',
  text: 'Officials told Exile TV that no missiles had left Iran yet for Russia.',
  claims: [{ evidence: 'no missiles had left Iran yet for Russia', event: 'transfer', agent: F.IR, recipient: F.RU, theme: 'missiles', sources: ['Officials', 'Exile TV'], polarity: 'negative' }],
};

describe('disagreements survive only when they should (item 1)', () => {
  it('does not read a negated warning as a denial of the shipment it warns about', async () => {
    const [e] = holding(await ledger([shipped]), shipped.id);
    expect(e.disagreement).toBe(false);
    expect(e.disagreement_rule).toBeNull();
  });

  it('flags a denial from another original source, and says which rule fired', async () => {
    const [e] = holding(await ledger([shipped, denied]), denied.id);
    expect(e).toMatchObject({ disagreement: true, disagreement_rule: 'denial' });
    expect(e.disagreement_reason).toMatch(/^denial: Iran's foreign ministry via Tehran Daily, 2024-09-07 denies what Exile TV via Exile TV, 2024-09-05 reports$/);
  });

  it('does not flag a source that contradicts itself as two sources disagreeing', async () => {
    const events = await ledger([shipped, selfDenied]);
    for (const e of holding(events, selfDenied.id)) expect(e.disagreement).toBe(false);
  });

  it('compares the aid trucks two agencies counted for one day, though one names no recipient', async () => {
    const text1 = 'Only nine aid trucks entered Gaza on Wednesday, the United Nations said.';
    const text2 = 'COGAT said five trucks of humanitarian aid were transferred into Gaza on Wednesday.';
    const wednesday = { text: 'on Wednesday', value: '2024-10-16', from: '2024-10-16', to: '2024-10-16' };
    const un: F.ReportSpec = {
      id: 'relief-daily-2024-10-17', outlet: 'Relief Daily', published: '2024-10-17', text: text1, entities: [F.place(text1, 'place:gaza', 'Gaza', 'PS')],
      claims: [{ evidence: 'Only nine aid trucks entered Gaza on Wednesday', event: 'transfer', location: GAZA,
        quantity: { text: 'nine aid trucks', min: 9, max: 9, unit: 'aid trucks' }, time: wednesday, sources: ['the United Nations'] }],
    };
    const agency: F.ReportSpec = {
      id: 'jerusalem-desk-2024-10-17', outlet: 'Jerusalem Desk', published: '2024-10-17', text: text2, entities: [F.place(text2, 'place:gaza', 'Gaza', 'PS')],
      claims: [{ evidence: 'five trucks of humanitarian aid were transferred into Gaza on Wednesday', event: 'transfer', recipient: PS, location: GAZA,
        quantity: { text: 'five trucks of humanitarian aid', min: 5, max: 5, unit: 'trucks of humanitarian aid' }, time: wednesday, sources: ['COGAT'] }],
    };
    const events = await ledger([un, agency]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ disagreement: true, disagreement_rule: 'figures', recipient: PS });
    expect(events[0].disagreement_reason).toBe('numbers cannot both hold: 5 (COGAT via Jerusalem Desk, 2024-10-17) vs 9 (the United Nations via Relief Daily, 2024-10-17)');
  });

  it('never compares a count of prisoners with a count of militants, even on one day', async () => {
    const text = 'Troops captured several prisoners and killed hundreds of militants in the raid on Tuesday, the army said.';
    const text2 = 'The army said it took several prisoners in Tuesday\'s raid.';
    const tuesday = { text: 'on Tuesday', value: '2025-05-06', from: '2025-05-06', to: '2025-05-06' };
    const army = (id: string, t: string, evidence: string, quantity: F.ClaimSpec['quantity']): F.ReportSpec => ({
      id, outlet: id.startsWith('a') ? 'Army Gazette' : 'Frontier Post', published: '2025-05-07', text: t,
      claims: [{ evidence, event: 'other', agent: F.RU, quantity, time: tuesday, sources: [id.startsWith('a') ? 'the army' : 'The army'] }],
    });
    const events = await ledger([
      army('a1', text, 'captured several prisoners', { text: 'several prisoners', min: 3, max: 9, vague: true, unit: 'prisoners' }),
      { ...army('b1', text2, 'it took several prisoners', { text: 'several prisoners', min: 3, max: 9, vague: true, unit: 'prisoners' }), claims: [] },
      { ...army('b2', text, 'killed hundreds of militants', { text: 'hundreds of militants', min: 200, max: 999, vague: true, unit: 'militants' }), outlet: 'Border Wire' },
    ]);
    expect(events.some((e) => e.disagreement)).toBe(false);
    expect(events.filter((e) => e.reports.length)).toHaveLength(2);
  });

  it('does not flag one source revising its own figure', async () => {
    const rep = (id: string, published: string, n: number): F.ReportSpec => ({
      id, outlet: 'Capital Post', published, text: `North Korea sent ${n.toLocaleString('en-US')} troops to Russia in October, the NIS said.`,
      claims: [{ evidence: `North Korea sent ${n.toLocaleString('en-US')} troops to Russia in October`, event: 'deploy', agent: F.KP, recipient: F.RU,
        quantity: { text: `${n.toLocaleString('en-US')} troops`, min: n, max: n, unit: 'troops' }, time: { text: 'in October', value: '2024-10', from: '2024-10-01', to: '2024-10-31' }, sources: ['the NIS'] }],
    });
    const events = await ledger([rep('p1', '2024-11-01', 3000), rep('p2', '2024-11-20', 11000)]);
    expect(events).toHaveLength(1);
    expect(events[0].disagreement).toBe(false);
  });
});

describe('original sources are counted once (item 2)', () => {
  it('counts one relayed newspaper story once, however the report names its sources', async () => {
    const events = holding(await ledger([relayed]), relayed.id);
    for (const e of events) expect(e.original_sources).toEqual(['The Wall Street Journal']);
  });

  it('counts unnamed officials of two outlets as two sources, and the outlets they spoke to', async () => {
    const events = await ledger([shipped, relayed]);
    const [missiles] = holding(events, shipped.id);
    expect(missiles.original_sources).toEqual(['Exile TV', 'The Wall Street Journal']);
  });

  it('reads "Ukraine\'s air force" and "the Ukrainian air force" as one source', async () => {
    const rep = (id: string, outlet: string, source: string): F.ReportSpec => ({
      id, outlet, published: '2024-11-26', text: `Russia launched 188 drones at Ukraine overnight, ${source} said.`,
      claims: [{ evidence: 'Russia launched 188 drones at Ukraine overnight', event: 'combat', agent: F.RU, recipient: F.UA,
        quantity: { text: '188 drones', min: 188, max: 188, unit: 'drones' }, sources: [source] }],
    });
    const [e] = await ledger([rep('k1', 'Kyiv Ledger', "Ukraine's air force"), rep('k2', 'East Wire', 'the Ukrainian air force')]);
    expect(e.original_sources).toHaveLength(1);
  });

  it('stores the same article saved as HTML and as a JSON line once, whatever the file names', async () => {
    store = openStore(':memory:');
    const body = 'Iran has delivered hundreds of ballistic missiles to Russia, The Wall Street Journal reported.\n\nA US official said the first shipment arrived last week.';
    const asJson = { id: 'batch.jsonl#3', outlet: 'Gulf Monitor', title: 'Russia receives Iranian missiles', published: '2024-09-06', text: body };
    const asHtml = { id: 'saved/page copy.html', outlet: 'Gulf Monitor', title: 'Russia receives Iranian missiles', published: '2024-09-06', text: `Russia receives Iranian missiles\n\n${body.replace(/'/g, '’')}` };
    const other = { ...asHtml, id: 'reprint.html', outlet: 'River Gazette' };
    const extract = (i: { id?: unknown; text: string; outlet?: string | null }) =>
      F.extraction({ id: String(i.id), outlet: i.outlet ?? null, published: '2024-09-06', text: i.text, claims: [] });
    const r = await ingestInputs(store, [asJson, asHtml, other], { extract });
    expect(r).toMatchObject({ added: 2, unchanged: 1 });
  });
});

describe('claims with no agent and no recipient (item 3)', () => {
  const fighting = (id: string, published: string, text: string, where: [string, string, string] | null): F.ReportSpec => ({
    id, outlet: `Outlet ${id}`, published, text, entities: where ? [F.place(text, ...where)] : [],
    claims: [{ evidence: text.replace(/, \w+ said\.$/, ''), event: 'combat', location: where ? { id: where[0], name: where[1] } : null, sources: [] }],
  });

  it('keeps fighting in Sudan and fighting in Mali apart, reported the same week', async () => {
    const events = await ledger([
      fighting('sd', '2024-07-29', 'Heavy fighting broke out in El Fasher on Sunday, residents said.', ['place:el-fasher', 'El Fasher', 'SD']),
      fighting('ml', '2024-07-30', 'Fighting broke out near Tinzaouaten on Saturday, the army said.', ['place:tinzaouaten', 'Tinzaouaten', 'ML']),
    ]);
    expect(events).toHaveLength(2);
    expect(events.map((e) => e.headline).sort()).toEqual(['combat in El Fasher', 'combat in Tinzaouaten']);
  });

  it('groups fighting in one place reported in one week, but not a month apart or with no place', async () => {
    const events = await ledger([
      fighting('a', '2024-08-02', 'Fighting erupted in Omdurman on Thursday, witnesses said.', ['place:omdurman', 'Omdurman', 'SD']),
      fighting('b', '2024-08-03', 'Clashes shook Omdurman for a second day, residents said.', ['place:omdurman', 'Omdurman', 'SD']),
      fighting('c', '2024-09-10', 'Fighting returned to Omdurman, witnesses said.', ['place:omdurman', 'Omdurman', 'SD']),
      fighting('d', '2024-08-02', 'Fighting erupted again overnight, witnesses said.', null),
    ]);
    expect(events.map((e) => e.reports.map((r) => r.document).join()).sort()).toEqual(['a,b', 'c', 'd']);
  });

  it('keeps casualties in two cities apart even when the same side suffers them', async () => {
    const killed = (id: string, city: string, n: number): F.ReportSpec => {
      const text = `${n} people were killed in a shooting in ${city} on Saturday, police said.`;
      return {
        id, outlet: `${city} Daily ${id}`, published: '2025-03-02', text, entities: [F.place(text, `place:${city.toLowerCase()}`, city, 'US')],
        claims: [{ evidence: `${n} people were killed in a shooting in ${city} on Saturday`, event: 'casualties', agent: { id: 'country:US', name: 'United States' },
          quantity: { text: `${n} people`, min: n, max: n, unit: 'people' }, sources: ['police'] }],
      };
    };
    const events = await ledger([killed('d1', 'Dayton', 1), killed('t1', 'Toledo', 1), killed('d2', 'Dayton', 1)]);
    expect(events.map((e) => e.reports.map((r) => r.document).join()).sort()).toEqual(['d1,d2', 't1']);
  });
});

describe('the place of a report', () => {
  const US: ActorRef = { id: 'country:US', name: 'United States' };
  it('places a casualty claim with no place of its own where its local report is, never a foreign side\'s attack', () => {
    const local = 'Three people were killed at a house party on Saturday night, Toledo police said.';
    const [c] = reviewedClaims(F.extraction({ id: 'toledo', outlet: 'Toledo Star', published: '2025-03-02', text: local, entities: [F.place(local, 'place:toledo', 'Toledo', 'US')],
      claims: [{ evidence: 'Three people were killed at a house party', event: 'casualties', agent: US, quantity: { text: 'Three people', min: 3, max: 3, unit: 'people' } }] })).claims;
    expect(c.location).toEqual({ id: 'place:toledo', name: 'Toledo' });
    expect(c.rules).toContain('ledger:location-of-the-report');
    const raid = 'Russia launched 188 drones at Ukraine overnight, and a strike on Ternopil killed two people.';
    const [attack] = reviewedClaims(F.extraction({ id: 'raid', outlet: 'East Wire', published: '2024-11-26', text: raid, entities: [F.place(raid, 'place:ternopil', 'Ternopil', 'UA')],
      claims: [{ evidence: 'Russia launched 188 drones at Ukraine overnight', event: 'combat', agent: F.RU, recipient: F.UA, quantity: { text: '188 drones', min: 188, max: 188, unit: 'drones' } }] })).claims;
    expect(attack.location).toBeNull();
  });
});

describe('estimate series and casualties (items 4, 5)', () => {
  it('keeps missiles and drones in separate series', async () => {
    await ledger([shipped, relayed]);
    const points = await estimateSeries(store, { agent: 'Iran', recipient: 'Russia', event: 'transfer' });
    expect(points.map((p) => [p.min, p.unit_class])).toEqual([[200, 'goods:missiles'], [200, 'goods:missiles'], [2000, 'goods:drones']]);
  });

  it('says whose losses a casualty count is, and who caused them where the report says', async () => {
    const text = 'The Rapid Support Forces shelled El Fasher on Sunday, killing at least 30 civilians, activists said.';
    const SD: ActorRef = { id: 'country:SD', name: 'Sudan' };
    const [e] = (await ledger([{
      id: 'nile-2024-06-10', outlet: 'Nile Courier', published: '2024-06-10', text, entities: [F.place(text, 'place:el-fasher', 'El Fasher', 'SD')],
      claims: [
        { evidence: 'The Rapid Support Forces shelled El Fasher on Sunday', event: 'combat', agent: F.RSF, location: { id: 'place:el-fasher', name: 'El Fasher' }, sources: ['activists'] },
        { evidence: 'killing at least 30 civilians', event: 'casualties', agent: SD,
          quantity: { text: 'at least 30 civilians', min: 30, max: 30, bound: 'at-least', approximate: true, unit: 'civilians' }, sources: ['activists'] },
      ],
    }])).filter((x) => x.event === 'casualties');
    expect(e).toMatchObject({ losses_of: SD, caused_by: F.RSF });
    expect(e.headline).toBe('losses of Sudan, caused by Rapid Support Forces: ~30 civilians in El Fasher');
  });
});
