import { describe, expect, it } from 'vitest';
import { actorAt, actors, ruleAt } from './entities-helpers.js';

describe('organisations from the gazetteer', () => {
  it.each([
    ['The NIS told lawmakers on Tuesday that more troops had arrived.', 'NIS', 'org:nis', 'KR'],
    ['CENTCOM said its forces destroyed a drone over the Red Sea.', 'CENTCOM', 'org:centcom', 'US'],
    ['A spokesman for the Pentagon confirmed the figure.', 'Pentagon', 'org:pentagon', 'US'],
    ['Yonhap cited a military source in Seoul.', 'Yonhap', 'org:yonhap', 'KR'],
    ['The Wagner Group has pulled its fighters out of the town.', 'Wagner Group', 'group:wagner', 'RU'],
    ['Hezbollah fired dozens of rockets at northern Israel.', 'Hezbollah', 'group:hezbollah', 'LB'],
    // a national Red Cross or Red Crescent society is not the International Committee
    ['The Kenya Red Cross said it had set up a camp near Nakuru.', 'Kenya Red Cross', 'org:kenya-red-cross', 'KE'],
    ['The Syrian Arab Red Crescent sent 12 ambulances to the town.', 'Syrian Arab Red Crescent', 'org:sarc', 'SY'],
  ])('%s → %s', (text, written, id, country) => {
    const e = actorAt(text, written);
    expect(e?.id).toBe(id);
    expect(e?.country).toBe(country);
  });

  it.each([
    // "who" in lower case is no health organisation, "ap" no news agency
    ['Officials who spoke on condition of anonymity said so.', 'who'],
    ['Nobody knows who did it.', 'who'],
  ])('%s: no organisation at "%s"', (text, written) => {
    expect(actorAt(text, written)).toBeUndefined();
  });
});

describe('rule: kind (an organisation named by what it is to a country)', () => {
  it.each([
    ['South Korean intelligence believes the launch failed.', 'South Korean intelligence', 'org:nis'],
    ["Seoul's spy agency said the troops had been rotated.", "Seoul's spy agency", 'org:nis'],
    ["Russia's Defence Ministry said 12 drones were downed overnight.", "Russia's Defence Ministry", 'org:defence-ministry-ru'],
    ['The Ministry of Defence of Ukraine published new figures.', 'Ministry of Defence of Ukraine', 'org:defence-ministry-ua'],
    ['German Foreign Office officials met their counterparts.', 'German Foreign Office', 'org:foreign-ministry-de'],
    ["Israel's military said it struck a weapons depot.", "Israel's military", 'org:idf'],
  ])('%s → %s', (text, written, id) => {
    expect(actorAt(text, written)?.id).toBe(id);
  });

  it('gives a bare ministry to the capital after "in"', () => {
    expect(actorAt('According to the Defense Ministry in Seoul, 13,000 containers were shipped.', 'Defense Ministry')?.country).toBe('KR');
  });

  it("gives a region's ministry to the region", () => {
    expect(actorAt("Gaza's Health Ministry said 40 people were killed.", "Gaza's Health Ministry")).toMatchObject({ name: 'Ministry of Health of Gaza', country: 'PS' });
  });

  it("resolves \"the country's intelligence service\" to the country named last", () => {
    const text = "Japan's Kyodo news agency reported the test, citing sources briefed by the country's intelligence service.";
    expect(actorAt(text, "the country's intelligence service")?.country).toBe('JP');
  });

  it('reads a bare ministry as the one named before, written the same way', () => {
    const text = 'The British Ministry of Defence said losses were rising, while the Ukrainian Ministry of Defense gave no figure. The Ministry of Defence added that recruitment had slowed.';
    expect(actorAt(text, 'Ministry of Defence')?.id).toBe('org:uk-mod');
  });

  it('turns "the Ugandan authorities" into Uganda acting', () => {
    expect(actorAt('The Ugandan authorities seized the cargo.', 'Ugandan authorities')).toMatchObject({ id: 'country:UG' });
    expect(ruleAt('The Ugandan authorities seized the cargo.', 'Ugandan authorities')).toBe('government');
  });

  it.each([
    // a bare lower-case kind names nothing when no ministry has been named
    ['The defence ministry did not say how many.', 'defence ministry'],
    // "intelligence" alone is no agency
    ['Intelligence suggests the convoy turned back.', 'Intelligence'],
  ])('%s: no organisation at "%s"', (text, written) => {
    expect(actorAt(text, written)).toBeUndefined();
  });
});

describe('rule: org-head', () => {
  it.each([
    ['Analysts at the Hudson Institute expect more shipments.', 'Hudson Institute', null],
    ['The Myanmar Air Force received two new jets.', 'Myanmar Air Force', 'MM'],
    ["Russia's Sukhoi Aviation Corporation built the aircraft.", 'Sukhoi Aviation Corporation', 'RU'],
    ['The Office of the President of Ukraine issued a statement.', 'Office of the President of Ukraine', 'UA'],
  ])('%s → %s', (text, written, country) => {
    const e = actors(text).find((x) => x.mentions.some((m) => m.text.endsWith(written)));
    expect(e?.type).toBe('organisation');
    expect(e?.country ?? null).toBe(country);
  });

  it.each([
    // a head word alone, or opening a sentence, names nothing
    ['Committee members were briefed behind closed doors.', 'Committee'],
    // "Democratic Party Rep. Park" is a party and a person, not one organisation
    ['Democratic Party Rep. Kim Byung-kee told reporters the plan was delayed.', 'Democratic Party Rep. Kim Byung-kee'],
  ])('%s: no organisation "%s"', (text, written) => {
    expect(actors(text).some((e) => e.type === 'organisation' && e.name === written)).toBe(false);
  });
});

describe('rule: acronym', () => {
  it('makes an acronym in brackets an alias of the name before it, for the whole report', () => {
    const text = 'The Armed Forces of the Philippines (AFP) said two vessels were rammed. The AFP later released a video.';
    const e = actorAt(text, 'Armed Forces of the Philippines');
    expect(e?.mentions.map((m) => m.text)).toEqual(['Armed Forces of the Philippines', 'AFP', 'AFP']);
  });

  it('creates the organisation when its long form is unknown', () => {
    const text = 'The Conflict Intelligence Team (CIT) tracked the convoy. CIT said it had moved north.';
    const e = actorAt(text, 'CIT');
    expect(e).toMatchObject({ name: 'Conflict Intelligence Team', type: 'organisation' });
    expect(e?.mentions).toHaveLength(3);
  });

  it('does not take a dateline for the long form of an agency in brackets', () => {
    expect(actorAt('BEIRUT (AP) — Strikes hit the southern suburbs overnight.', 'AP')?.id).toBe('org:ap');
  });

  it('leaves a bracketed acronym alone when no name before it spells it', () => {
    const text = 'KYIV, March 3 (AFP) – Shelling continued overnight.';
    expect(actorAt(text, 'AFP')?.id).toBe('org:afp');
  });
});

describe('rules: outlet and administration', () => {
  it.each([
    ['The daily newspaper Hamshahri reported the purchase.', 'Hamshahri'],
    ['The Kommersant newspaper said the deal was signed.', 'Kommersant'],
  ])('%s → outlet %s', (text, written) => {
    expect(actorAt(text, written)?.type).toBe('organisation');
  });

  it('is no outlet when the capitalised word opens the sentence', () => {
    expect(actorAt('Daily shelling has emptied the town.', 'Daily')).toBeUndefined();
  });

  it('reads "the Biden administration" as an organisation of the United States', () => {
    expect(actorAt('The Biden administration approved the sale.', 'Biden administration')).toMatchObject({ type: 'organisation', country: 'US' });
  });

  it('needs a name before "administration"', () => {
    expect(actors('The administration approved the sale.').filter((e) => e.type === 'organisation')).toEqual([]);
  });
});

describe('rule: context (short names that depend on the report)', () => {
  it.each([
    ['The JCS said North Korea fired a ballistic missile.', 'JCS', 'org:kr-jcs'],
    ['The JCS chairman told Congress the strikes were limited.', 'JCS', 'org:us-jcs'],
    ['Russian Security Council Secretary Sergei Shoigu met officials. The Security Council discussed the war.', 'Security Council', 'org:security-council-ru'],
    ['The UN Security Council met on Friday. The Security Council adopted a resolution.', 'Security Council', 'org:unsc'],
    ['The New York Times first reported the plan, and the Times said it was approved.', 'the Times', 'org:nyt'],
  ])('%s → %s is %s', (text, written, id) => {
    const e = actors(text).find((x) => x.mentions.some((m) => m.text === written));
    expect(e?.id).toBe(id);
  });

  it('reads "the Times" as no outlet when none was named', () => {
    expect(actors('By the Times the talks ended, nothing was agreed.').filter((e) => e.type === 'organisation')).toEqual([]);
  });
});
