import { describe, expect, it } from 'vitest';
import { claimWith, claimsOf } from './claims-helpers.js';

describe('certainty from hedges in scope', () => {
  it.each<[string, string, 'certain' | 'probable' | 'possible']>([
    ['Russia is believed to have delivered 24 fighter jets to Iran.', '24', 'probable'],
    ['Belarus is expected to receive 10 Iskander launchers next year.', '10', 'probable'],
    ['Kyiv should receive the first 40 howitzers by the end of June.', '40', 'probable'],
    ['The dispatch of 2,000 more troops is projected to begin in May.', '2,000', 'probable'],
    ['Seoul estimates that 3,000 North Korean soldiers are stationed in Kursk.', '3,000', 'probable'],
    ['North Korea likely sent 500 artillery specialists to Russia.', '500', 'probable'],
    ['North Korea may send 15,000 workers to Russia this year.', '15,000', 'possible'],
    ['Officials fear that Iran could ship 200 ballistic missiles to Russia.', '200', 'possible'],
    ['Pyongyang is considering sending 6,000 laborers to Russia.', '6,000', 'possible'],
    // a count that opens with "an estimated"; a count the estimate does not open keeps its certainty
    ['An estimated 4,000 North Korean troops were killed in the Kursk region.', '4,000', 'probable'],
    ['Russia sent 300 tanks and an estimated 40 jets to Syria.', '300', 'certain'],
    // attribution alone does not lower certainty
    ['Rep. Lee said North Korea sent 2,000 troops to Russia.', '2,000', 'certain'],
    ['North Korea sent 7,000 troops to Russia, officials said.', '7,000', 'certain'],
  ])('%s', (text, marker, want) => {
    expect(claimWith(text, marker).certainty).toBe(want);
  });

  it('keeps a hedge in another clause from reaching the claim', () => {
    const text = 'More troops could follow later, but North Korea sent 4,000 soldiers to Russia in April.';
    expect(claimWith(text, '4,000').certainty).toBe('certain');
  });
});

describe('polarity: negation and denial', () => {
  it.each<[string, string, 'positive' | 'negative']>([
    ['Iran did not send any launchers to Russia.', 'launchers', 'negative'],
    ['Hungary has not delivered 40 tanks to Ukraine.', '40', 'negative'],
    ['Egypt denied supplying rockets to Russia.', 'rockets', 'negative'],
    ['Washington paused a shipment of 3,500 bombs to Israel.', '3,500', 'negative'],
    ['Iran sent 40 drones to Russia.', '40', 'positive'],
    // a negation in a fronted clause does not reach the main claim
    ['While Moscow has not confirmed it, North Korea sent 9,000 troops to Russia.', '9,000', 'positive'],
  ])('%s', (text, marker, want) => {
    expect(claimWith(text, marker).polarity).toBe(want);
  });

  it('splits a denied report into the report and the denial', () => {
    const claims = claimsOf('Cairo denied a report published by the Financial Times claiming that Egypt sent rockets to Russia.');
    const rockets = claims.filter((c) => c.theme === 'rockets');
    expect(rockets.map((c) => c.polarity).sort()).toEqual(['negative', 'positive']);
    expect(rockets.find((c) => c.polarity === 'negative')!.sources[0].name).toBe('Egypt');
    expect(rockets.find((c) => c.polarity === 'positive')!.sources[0].name).toBe('Financial Times');
  });
});

describe('status from tense and cues', () => {
  it.each<[string, string, 'planned' | 'ongoing' | 'done']>([
    ['Germany will send 14 howitzers to Ukraine.', '14', 'planned'],
    ['Pyongyang plans to dispatch 5,000 sappers to Russia.', '5,000', 'planned'],
    ['Kim decided to send 1,200 builders to Russia.', '1,200', 'planned'],
    ['UK to send 30 tanks to Ukraine', '30', 'planned'],
    ['North Korea has sent 11,000 soldiers to Russia.', '11,000', 'done'],
    ['North Korea sent 3,000 soldiers to Russia in January.', '3,000', 'done'],
    ['Iran is sending 60 drones a week to Russia.', '60', 'ongoing'],
    ['North Korea has begun recruiting 2,000 soldiers for Russia.', '2,000', 'ongoing'],
    // "continued to supply": still going on
    ['Pyongyang has also continued to supply 100 howitzers to Russia.', '100', 'ongoing'],
    // a gerund after "after" came before the clause's own event
    ['North Korea is likely to send more troops after suffering 1,100 casualties.', '1,100', 'done'],
    // "is to be", "are to": a plan
    ['The first 12 jets are now to be handed over to Iran.', '12', 'planned'],
    ['Some 300 troops are to arrive in Mali in May.', '300', 'planned'],
    // a present the tagger read as a noun is ongoing
    ['The Houthis use 40 Iranian-made drones a month.', '40', 'ongoing'],
    // a count of losses counts losses suffered
    ["Russia's casualty count is approaching 300,000.", '300,000', 'done'],
    ['Total casualties are believed to be around 250,000.', '250,000', 'done'],
  ])('%s', (text, marker, want) => {
    expect(claimWith(text, marker).status).toBe(want);
  });
});

describe('polarity: a negated verb governing the event', () => {
  it.each<[string, string, 'positive' | 'negative']>([
    ['The ministry said it was not aware of Russia’s transfer of drones to Venezuela.', 'drones', 'negative'],
    ['Officials did not expect Belarus to receive the missiles before May.', 'missiles', 'negative'],
    ['Officials expect Belarus to receive the missiles before May.', 'missiles', 'positive'],
  ])('%s', (text, marker, want) => {
    expect(claimWith(text, marker).polarity).toBe(want);
  });
});

describe('status of gerunds and nominal events from the verb that governs them', () => {
  it.each<[string, string, 'planned' | 'ongoing' | 'done']>([
    ['Iran has helped Russia by providing 200 drones.', '200', 'done'],
    ['Washington paused a shipment of 1,800 bombs.', '1,800', 'done'],
    ['Kim has ordered the dispatch of 3,000 engineers.', '3,000', 'planned'],
    ['North Korea continues to send shells to Russia.', 'shells', 'ongoing'],
    ['US shoots down 6 drones over the Red Sea', '6', 'done'],
    ['The deployment of 2,000 troops began in May.', '2,000', 'done'],
  ])('%s', (text, marker, want) => {
    expect(claimWith(text, marker).status).toBe(want);
  });
});

describe('status from the verb a count or an agreement hangs on', () => {
  it.each<[string, string, 'planned' | 'ongoing' | 'done']>([
    ['Romania took in over 90,000 refugees last spring.', '90,000', 'done'],
    ['Belarus, which has about 60,000 troops, is watching closely.', '60,000', 'ongoing'],
    ['The second exchange included 40 civilians.', '40', 'done'],
    // an agreement made is done, whatever it agreed to do
    ['In 2019, Moscow agreed to sell 12 Mi-35 helicopters to Mali.', '12', 'done'],
    ['Russia will agree to sell 20 tanks to Mali.', '20', 'planned'],
  ])('%s', (text, marker, want) => {
    expect(claimWith(text, marker).status).toBe(want);
  });
});

describe('denials of arming', () => {
  it('reads "denied arming the group" as a denied transfer to the group named before', () => {
    const c = claimsOf('Iran sent missiles to Hezbollah. Tehran has repeatedly denied arming the group.', '2023-09-01').find((x) => x.theme === 'arming');
    expect([c?.agent?.name, c?.recipient?.name, c?.polarity]).toEqual(['Iran', 'Hezbollah', 'negative']);
  });
});

describe('negation by "no"', () => {
  it.each<[string, string, 'positive' | 'negative']>([
    ['Russia sent no troops to Mali.', 'troops', 'negative'],
    ['No civilians were killed in the strike on Sumy.', 'civilians', 'negative'],
    ['No fewer than 50 soldiers were killed near Bakhmut.', '50', 'positive'],
    ['Officials said no more than 300 troops were sent to Mali.', '300', 'positive'],
  ])('%s', (text, marker, polarity) => {
    expect(claimWith(text, marker).polarity).toBe(polarity);
  });
});
