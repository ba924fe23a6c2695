// The refiners of refine.ts, one table: each refiner run alone on the state of a draft (initialState
// of a draft of sentenceDrafts), checking what it changes — a positive case, and a negative one where
// it changes nothing. A case may set the state up first (a discourse noted before, or the refiners a
// rule reads after, such as modality before status). Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import type { ActorRef } from '../src/format.js';
import { REFINERS, type ClaimState, type RefineContext } from '../src/stages/claims/refine.js';
import { nameOf, refineContext, stateAt, viewOf } from './claims-direct.js';

const refiner = (id: string) => {
  const r = REFINERS.find((x) => x.id === id);
  if (!r) throw new Error(`no refiner ${id}`);
  return r;
};
const run = (id: string) => (st: ClaimState, ctx: RefineContext) => refiner(id).run(st, ctx);
const country = (code: string, name: string): ActorRef => ({ id: `country:${code}`, name });
const IRAN = country('IR', 'Iran');
const RUSSIA = country('RU', 'Russia');
const GERMANY = country('DE', 'Germany');
const UKRAINE = country('UA', 'Ukraine');
const BELARUS = country('BY', 'Belarus');
const KENYA = country('KE', 'Kenya');
const BRITAIN = country('GB', 'United Kingdom');

/** What a table compares of a state. */
function look(st: ClaimState) {
  return {
    event: st.event, agent: nameOf(st.agent), recipient: nameOf(st.recipient), location: nameOf(st.location), drop: st.drop, agreeing: st.agreeing,
    certainty: st.mod?.certainty ?? null, polarity: st.mod?.polarity ?? null, status: st.mod?.status ?? null, rules: [...st.rules],
  };
}
type Look = ReturnType<typeof look>;
type Change = Partial<Record<Exclude<keyof Look, 'rules'>, string | boolean | null>> & { rules?: string };

/** The fields that changed (their new values) and the rules added. */
function changes(a: Look, b: Look): Change {
  const out: Change = {};
  for (const k of Object.keys(a) as (keyof Look)[]) if (k !== 'rules' && a[k] !== b[k]) (out as Record<string, unknown>)[k] = b[k];
  const added = b.rules.slice(a.rules.length);
  if (added.length) out.rules = added.join(' ');
  return out;
}

interface Case {
  id: string;
  sign: '+' | '-';
  text: string;
  /** the draft: the one whose count or item holds this text */
  marker: string;
  setup?: (st: ClaimState, ctx: RefineContext) => void;
  want: Change;
}

const withModality = run('modality');

const CASES: Case[] = [
  { id: 'claim:dissuaded', sign: '+', text: 'The EU urged Serbia against sending 200 troops to the border.', marker: '200', want: { drop: true } },
  { id: 'claim:dissuaded', sign: '+', text: 'Ignoring warnings not to supply 40 drones to Moscow, Tehran went ahead.', marker: '40', want: { drop: true } },
  { id: 'claim:dissuaded', sign: '-', text: 'Serbia decided not to send 200 troops to the border.', marker: '200', want: {} },

  { id: 'event:bought-for-another', sign: '+', text: 'Qatar purchased 12 jets from France for Sudan.', marker: '12', want: { event: 'transfer', rules: 'event:bought-for-another' } },
  { id: 'event:bought-for-another', sign: '-', text: 'Nigeria bought six helicopters from Italy.', marker: 'six', want: {} },

  { id: 'event:agreed-to-move', sign: '+', text: 'Russia agreed to sell 12 jets to Egypt.', marker: '12', want: { event: 'agreement', agreeing: 'agreed', rules: 'event:agreed-to-move' } },
  { id: 'event:agreed-to-move', sign: '-', text: 'Russia sold 12 jets to Egypt.', marker: '12', want: {} },

  { id: 'agent:described-person', sign: '+', text: "Viktor Orban, Hungary's prime minister, visited Kyiv. The prime minister offered 20 ambulances to Ukraine.", marker: '20', want: { agent: 'Hungary', rules: 'agent:described-person' } },
  { id: 'agent:described-person', sign: '-', text: 'Donors offered 20 ambulances to Ukraine.', marker: '20', want: {} },

  { id: 'recipient:described-subject', sign: '+', text: 'Hungary ordered new helicopters from Airbus. It took delivery of six helicopters in May.', marker: 'six', want: { recipient: 'Hungary', rules: 'recipient:described-subject' } },
  { id: 'recipient:described-subject', sign: '-', text: 'It took delivery of six helicopters in May.', marker: 'six', want: {} },

  // "a country" is nobody in particular; "donors" are kept as written
  { id: 'claim:no-one-in-particular', sign: '+', text: 'A country has pledged Western tanks to Ukraine.', marker: 'tanks', want: { drop: true } },
  { id: 'claim:no-one-in-particular', sign: '+', text: 'Donors offered 20 ambulances to Ukraine.', marker: '20', want: { agent: 'Donors', rules: 'agent:as-written' } },
  // a counted pledge by "a country" stays a claim
  { id: 'claim:no-one-in-particular', sign: '-', text: 'A country has pledged 30 tanks to Ukraine.', marker: '30', want: {} },

  { id: 'event:goods-in-transit', sign: '+', text: 'Navy sailors seized 2,500 rifles shipped from Iran to the Houthis.', marker: '2,500', want: { event: 'transfer', agent: 'Iran', recipient: 'Houthis', rules: 'event:goods-in-transit' } },
  { id: 'event:goods-in-transit', sign: '-', text: 'Police seized 40 rifles from a house in Leeds.', marker: '40', want: {} },

  { id: 'agent:reporter-enforces', sign: '+', text: 'Mercia Constabulary said on Friday that three people were arrested.', marker: 'three', want: { agent: 'Mercia Constabulary', rules: 'agent:reporter-enforces' } },
  { id: 'agent:reporter-enforces', sign: '-', text: 'Mercia Constabulary said on Friday that three people were injured.', marker: 'three', want: {} },

  { id: 'agent:nation-of-the-counted', sign: '+', text: '24 migrants from Afghanistan drowned off Greece.', marker: '24', want: { agent: 'Afghanistan', rules: 'agent:nation-of-the-counted' } },
  { id: 'agent:nation-of-the-counted', sign: '+', text: 'On the Israeli side, 10 soldiers were killed.', marker: '10', want: { agent: 'Israel', rules: 'agent:nation-of-the-counted' } },
  // the frame named the side itself (the object's actor): it stays
  { id: 'agent:nation-of-the-counted', sign: '-', text: 'Russian shelling killed 14 Ukrainian soldiers near Kherson.', marker: '14', want: {} },

  // Kenyan pilots sent to Britain are trained by Britain
  { id: 'agent:mission-of-the-peacekeepers', sign: '+', text: 'A mortar round hit a MONUSCO camp near Beni, killing one peacekeeper.', marker: 'one', want: { agent: 'MONUSCO', rules: 'agent:mission-of-the-peacekeepers' } },
  { id: 'agent:mission-of-the-peacekeepers', sign: '+', text: 'Since 1948, more than 4,000 peacekeepers have died on duty.', marker: '4,000', want: { agent: 'United Nations', rules: 'agent:mission-of-the-peacekeepers' } },
  { id: 'agent:mission-of-the-peacekeepers', sign: '-', text: 'A mortar round hit a MONUSCO camp near Beni, killing one soldier.', marker: 'one', want: {} },

  { id: 'agent:home-of-the-displaced', sign: '+', text: 'Some 40,000 people have fled their homes in northern Mozambique.', marker: '40,000', want: { agent: 'Mozambique', rules: 'agent:home-of-the-displaced' } },
  { id: 'agent:home-of-the-displaced', sign: '+', text: "The floods forced 12,000 families from their homes in Pakistan's Sindh province.", marker: '12,000', want: { agent: 'Pakistan', rules: 'agent:home-of-the-displaced' } },
  { id: 'agent:home-of-the-displaced', sign: '+', text: 'Sudan in crisis\nThe war between the army and the RSF has displaced more than 12 million people, Sudanese officials say.', marker: '12 million', want: { agent: 'Sudan', rules: 'agent:home-of-the-displaced' } },
  { id: 'agent:home-of-the-displaced', sign: '-', text: 'About 3,000 villagers fled across the border into Thailand.', marker: '3,000', want: {} },

  { id: 'agent:where-trainees-were-sent', sign: '+', text: 'Kenyan pilots were trained to fly helicopters, officials said.', marker: 'fly', setup: (_st, ctx) => ctx.discourse.note('deploy', KENYA, BRITAIN), want: { agent: 'United Kingdom', rules: 'agent:where-trainees-were-sent' } },
  { id: 'agent:where-trainees-were-sent', sign: '-', text: 'Kenyan pilots were trained to fly helicopters, officials said.', marker: 'fly', want: {} },

  // (the frames name a maker's country themselves, as a demonym in the theme: here the frame is made to name no giver)
  { id: 'agent:maker-of-the-goods', sign: '+', text: 'The army received 40 Russian-made rifles.', marker: '40', setup: (st) => { st.agent = null; st.d.args.from = {}; }, want: { agent: 'Russia', rules: 'agent:maker-of-the-goods' } },
  // a giver a slot names gave the goods, whoever made them
  { id: 'agent:maker-of-the-goods', sign: '-', text: 'Serbia sent 40 Russian-made rifles to Bosnia.', marker: '40', want: {} },
  { id: 'agent:maker-of-the-goods', sign: '-', text: 'The army received 40 rifles.', marker: '40', setup: (st) => (st.agent = null), want: {} },

  { id: 'agent:killed-throughout-the-country', sign: '+', text: 'Burkina Faso has declared a state of emergency, the first in Burkina Faso since 2019. Rebels have killed 300 people throughout the country.', marker: '300', want: { agent: 'Burkina Faso', rules: 'agent:country-of-the-report' } },
  { id: 'agent:killed-throughout-the-country', sign: '-', text: 'Burkina Faso has declared a state of emergency, the first in Burkina Faso since 2019. Rebels have killed 300 people in the north.', marker: '300', want: {} },

  { id: 'agent:from-context', sign: '+', text: 'Six drones were delivered on Friday.', marker: 'Six', setup: (_st, ctx) => ctx.discourse.note('transfer', IRAN, RUSSIA), want: { agent: 'Iran', rules: 'agent:from-context' } },
  // the last giver is the receiver itself: the side it sent its troops to gives back
  { id: 'agent:from-context', sign: '+', text: 'Belarus received 20 drones.', marker: '20', setup: (_st, ctx) => { ctx.discourse.note('deploy', BELARUS, RUSSIA); ctx.discourse.note('transfer', BELARUS, null); }, want: { agent: 'Russia', rules: 'agent:counterpart' } },
  { id: 'agent:from-context', sign: '-', text: 'Iran delivered six drones on Friday.', marker: 'six', setup: (_st, ctx) => ctx.discourse.note('transfer', RUSSIA, UKRAINE), want: {} },

  { id: 'agent:country-of-the-report', sign: '+', text: 'Fighting in Sudan entered its third year, and aid groups warned of famine in Sudan. The conflict has claimed over 20,000 lives.', marker: '20,000', want: { agent: 'Sudan', rules: 'agent:country-of-the-report' } },
  // a transfer is no loss of the report's country
  { id: 'agent:country-of-the-report', sign: '-', text: 'Fighting in Sudan entered its third year, and aid groups warned of famine in Sudan. Six trucks of food were delivered.', marker: 'Six', want: {} },

  { id: 'recipient:people-go-home', sign: '+', text: 'Forty Armenian soldiers returned home after months in Azerbaijani captivity.', marker: 'Forty', want: { agent: 'Azerbaijan', rules: 'agent:side-that-held-them' } },
  { id: 'recipient:people-go-home', sign: '-', text: 'Azerbaijan released 12 soldiers to Armenia.', marker: '12', want: {} },

  { id: 'recipient:not-the-agent', sign: '+', text: 'Turkey sent 300 armoured vehicles to Libya.', marker: '300', setup: (st) => (st.recipient = st.agent), want: { recipient: null, rules: 'recipient:not-the-agent' } },
  { id: 'recipient:not-the-agent', sign: '-', text: 'Turkey sent 300 armoured vehicles to Libya.', marker: '300', want: {} },

  { id: 'recipient:later-in-clause', sign: '+', text: 'Germany sent 40 missiles for Ukraine.', marker: '40', want: { recipient: 'Ukraine', rules: 'recipient:later-in-clause' } },
  // "for use in": where the goods are used
  { id: 'recipient:later-in-clause', sign: '-', text: 'Iran sent drones for use in Ukraine.', marker: 'drones', want: {} },
  // who wages the war the aid answers is no receiver (hostile-acts.txt)
  { id: 'recipient:later-in-clause', sign: '-', text: "Japan sent 40 generators to help those affected by Russia's full-scale invasion.", marker: '40', want: {} },

  { id: 'recipient:from-context', sign: '+', text: 'Germany delivered 40 more missiles on Friday.', marker: '40', setup: (_st, ctx) => ctx.discourse.note('transfer', GERMANY, UKRAINE), want: { recipient: 'Ukraine', rules: 'recipient:from-context' } },
  { id: 'recipient:from-context', sign: '+', text: 'Russia sent 2,000 soldiers to its western border.', marker: '2,000', want: { rules: 'recipient:own-territory' } },
  { id: 'recipient:from-context', sign: '-', text: 'Germany delivered 40 more missiles on Friday.', marker: '40', want: {} },

  { id: 'recipient:none-for-losses', sign: '+', text: 'The rebels recruited 500 fighters in Chad.', marker: '500', want: { recipient: null, rules: 'recipient:none-for-losses' } },
  { id: 'recipient:none-for-losses', sign: '-', text: 'Turkey sent 300 armoured vehicles to Libya.', marker: '300', want: {} },

  { id: 'agent:seller-of-the-goods', sign: '+', text: 'Argentina signed a deal for 24 Danish F-16 jets.', marker: '24', want: { agent: 'Denmark', recipient: 'Argentina', rules: 'agent:seller-of-the-goods' } },
  { id: 'agent:seller-of-the-goods', sign: '-', text: 'Argentina signed a deal for 24 F-16 jets.', marker: '24', want: {} },

  { id: 'event:civilians-move', sign: '+', text: 'Chad hosts 950,000 refugees.', marker: '950,000', want: { event: 'other', rules: 'event:civilians-move' } },
  { id: 'event:civilians-move', sign: '-', text: 'Lithuania hosts 5,000 troops.', marker: '5,000', want: {} },

  { id: 'event:equipment-deployed-abroad', sign: '+', text: 'Russia deployed 200 instructors to Niger along with an air defence system.', marker: 'air defence', want: { event: 'transfer', rules: 'event:equipment-deployed-abroad' } },
  // equipment deployed alone stays a deployment
  { id: 'event:equipment-deployed-abroad', sign: '-', text: 'Russia deployed an air defence system to Niger.', marker: 'air defence', want: {} },

  // modality sets what was unset: the negative case is a plain sentence (certain, positive, done)
  { id: 'modality', sign: '+', text: 'Russia may send 300 troops to Mali.', marker: '300', want: { certainty: 'possible', polarity: 'positive', status: 'planned' } },
  { id: 'modality', sign: '+', text: 'Russia did not send troops to Mali.', marker: 'troops', want: { certainty: 'certain', polarity: 'negative', status: 'done' } },
  { id: 'modality', sign: '-', text: 'Russia sent 300 troops to Mali.', marker: '300', want: { certainty: 'certain', polarity: 'positive', status: 'done' } },

  { id: 'status:done-by-nature', sign: '+', text: 'Russia agreed to sell 12 jets to Egypt.', marker: '12', setup: (st, ctx) => { run('event:agreed-to-move')(st, ctx); withModality(st, ctx); }, want: { status: 'done', rules: 'status:done-by-nature' } },
  { id: 'status:done-by-nature', sign: '-', text: 'Russia will sell 12 jets to Egypt.', marker: '12', setup: withModality, want: {} },

  { id: 'location', sign: '+', text: 'Russian shelling killed 14 Ukrainian soldiers near Kherson.', marker: '14', setup: withModality, want: { location: 'Kherson', rules: 'location:argument' } },
  { id: 'location', sign: '+', text: 'Serbia deployed the Pantsir near Belgrade.', marker: 'Pantsir', setup: withModality, want: { location: 'Belgrade', rules: 'location:place-in-clause' } },
  { id: 'location', sign: '+', text: 'Gunmen killed 14 villagers in Mali.', marker: '14', setup: withModality, want: { location: 'Mali', rules: 'location:country-in-clause' } },
  // a move's country is its recipient, not its place
  { id: 'location', sign: '-', text: 'Turkey sent 300 armoured vehicles to Libya.', marker: '300', setup: withModality, want: {} },
];

describe('refine.ts, refiner by refiner (one refiner on a draft\'s state)', () => {
  it.each(CASES.map((c) => [c.id, c.sign, c.text, c] as const))('%s %s %s', (_id, _sign, _text, c) => {
    const v = viewOf(c.text);
    const st = stateAt(v, c.marker);
    const ctx = refineContext(v);
    c.setup?.(st, ctx);
    const before = look(st);
    refiner(c.id).run(st, ctx);
    expect(changes(before, look(st))).toEqual(c.want);
  });

  it('has a positive and a negative case for every refiner, and their ids are unique', () => {
    const ids = REFINERS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !(['+', '-'] as const).every((s) => CASES.some((c) => c.id === id && c.sign === s)))).toEqual([]);
  });
});
