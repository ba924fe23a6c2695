// The frame table (frames.tsv), one case per frame and voice read directly: readArgs on a trigger
// found by findTriggers, checking which actor, theme or place each role gets and which slot gave it
// (args.from). Each frame and voice has a positive sentence and a negative one (a role left empty,
// or filled by another slot). Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { checkFrameRows, frameTable, voiceOf } from '../src/stages/claims/frames.js';
import { loadTsv } from '../src/lexicons/load.js';
import { slotNames } from '../src/stages/claims/slots.js';
import { SlotReader } from '../src/stages/claims/slots.js';
import { findTriggers } from '../src/stages/claims/triggers.js';
import type { Trigger } from '../src/stages/claims/triggers.js';
import type { DocView } from '../src/stages/claims/view.js';
import { argsAt, roleSummary, viewOf } from './claims-direct.js';

/** The rows of frames.tsv a trigger is read with: its frame's own voice, else "any", else the generic passive. */
function rowKey(v: DocView, t: Trigger): string {
  const voice = voiceOf(t, Boolean(new SlotReader(v, t, () => false).object), v.tokens[t.first].pos === 'VERB');
  const table = frameTable();
  return [`${t.entry.frame}/${voice}`, `${t.entry.frame}/any`, voice === 'passive' ? '*/passive' : ''].find((k) => table.has(k)) ?? `${t.entry.frame}/${voice} (no rows)`;
}

type Case = [key: string, sign: '+' | '-', text: string, trigger: string, want: Record<string, string>];

// want: role → "actor (or theme as written) <- slot"; location → the place
const CASES: Case[] = [
  ['give/active', '+', 'Turkey sent 300 armoured vehicles to Libya last month.', 'sent', { agent: 'Turkey <- subject', recipient: 'Libya <- pp:to', theme: '300 armoured vehicles <- object' }],
  ['give/active', '+', 'Ghana gave Togo two patrol boats.', 'gave', { agent: 'Ghana <- subject', recipient: 'Togo <- iobj', theme: 'two patrol boats <- iobj-theme' }],
  ['give/active', '+', 'Poland provided Ukraine with 40 tanks.', 'provided', { agent: 'Poland <- subject', recipient: 'Ukraine <- with-object', theme: '40 tanks <- with-theme' }],
  ['give/active', '+', 'The rockets that Cuba sold to Venezuela were old.', 'sold', { agent: 'Cuba <- subject', recipient: 'Venezuela <- to-object', theme: 'The rockets <- relative-head' }],
  // "the army" names no actor: no recipient
  ['give/active', '-', 'Hungary supplied ammunition to the army.', 'supplied', { agent: 'Hungary <- subject', theme: 'ammunition <- object' }],

  ['act/active', '+', 'Ethiopian forces attacked rebel positions in Tigray on Sunday.', 'attacked', { agent: 'Ethiopia <- subject', theme: 'rebel positions <- object', location: 'Tigray' }],
  // "the rebels" names no actor: the agent is left to the refiners (agentText keeps the phrase)
  ['act/active', '-', 'The rebels recruited 500 fighters in Chad.', 'recruited', { recipient: 'Chad <- pp:in', theme: '500 fighters <- object' }],

  ['suffer/active', '+', 'Ukraine has suffered heavy losses near Bakhmut.', 'suffered', { agent: 'Ukraine <- subject', theme: 'heavy losses <- object' }],
  ['suffer/active', '-', 'The army suffered heavy losses.', 'suffered', { theme: 'heavy losses <- object' }],

  ['receive/active', '+', 'Egypt received 24 Rafale jets from France.', 'received', { agent: 'France <- pp:from', recipient: 'Egypt <- subject', theme: '24 Rafale jets <- object' }],
  ['receive/active', '+', 'Algeria received 14 Russian Su-57 fighter jets.', 'received', { agent: 'Russia <- theme-named', recipient: 'Algeria <- subject', theme: '14 Russian Su-57 fighter jets <- object' }],
  ['receive/active', '-', 'Egypt received the jets in Cairo.', 'received', { recipient: 'Egypt <- subject', theme: 'the jets <- object', location: 'Cairo' }],

  ['buy/active', '+', 'Nigeria bought six helicopters from Italy.', 'bought', { agent: 'Italy <- pp:from', recipient: 'Nigeria <- subject', theme: 'six helicopters <- object' }],
  // bought for another: the buyer gives, "for" receives
  ['buy/active', '+', 'Qatar purchased 12 jets from France for Sudan.', 'purchased', { agent: 'Qatar <- subject', recipient: 'Sudan <- pp:for', theme: '12 jets <- object' }],
  ['buy/active', '-', 'Nigeria bought six helicopters.', 'bought', { recipient: 'Nigeria <- subject', theme: 'six helicopters <- object' }],

  ['use/active', '+', 'The Houthis used Iranian-made drones in the attack.', 'used', { agent: 'Iran <- theme-maker', recipient: 'Houthis <- subject', theme: 'Iranian-made drones <- object' }],
  // "rebel fighters" names no actor: no recipient (a verb of using before goods with no maker is no trigger at all: see below)
  ['use/active', '-', 'Rebel fighters flew Russian-made helicopters.', 'flew', { agent: 'Russia <- theme-maker', theme: 'Russian-made helicopters <- object' }],

  ['meet/active', '+', "Kenya's president met Tanzania's foreign minister in Nairobi.", 'met', { agent: 'Kenya <- subject', recipient: 'Tanzania <- object', location: 'Nairobi' }],
  ['meet/active', '+', 'Kenya met with Tanzania in Arusha.', 'met', { agent: 'Kenya <- subject', recipient: 'Tanzania <- pp:with', location: 'Arusha' }],
  // the second actor of the subject, once the first is the agent
  ['meet/active', '-', 'Kenya and Uganda signed a border treaty.', 'signed', { agent: 'Kenya <- subject', recipient: 'Uganda <- subject-other', theme: 'a border treaty <- object' }],

  ['agree/active', '+', 'Brazil agreed with Argentina on a new trade pact.', 'agreed', { agent: 'Brazil <- subject', recipient: 'Argentina <- pp:with' }],
  ['agree/active', '-', 'Brazil agreed to be available.', 'agreed', { agent: 'Brazil <- subject' }],

  ['equip/active', '+', 'Washington is supporting Kyiv with air defence systems.', 'supporting', { agent: 'United States <- subject', recipient: 'Ukraine <- with-object', theme: 'air defence systems <- with-theme' }],
  // with no "with": the object is no recipient, nothing moves
  ['equip/active', '-', 'Washington is supporting Kyiv.', 'supporting', { agent: 'United States <- subject' }],

  ['arm/active', '+', 'Iran is arming the Houthis with ballistic missiles.', 'arming', { agent: 'Iran <- subject', recipient: 'Houthis <- with-object', theme: 'ballistic missiles <- with-theme' }],
  // with no "with": the object receives, the verb names what moves
  ['arm/active', '-', 'Iran is arming the Houthis.', 'arming', { agent: 'Iran <- subject', recipient: 'Houthis <- object', theme: 'arming <- self' }],

  ['train/active', '+', 'British instructors trained Kenyan soldiers to fly helicopters, officials said.', 'trained', { agent: 'United Kingdom <- subject', recipient: 'Kenya <- object', theme: 'trained Kenyan soldiers to fly helicopters <- infinitive' }],
  ['train/active', '-', 'Britain trained Kenyan soldiers.', 'trained', { agent: 'United Kingdom <- subject', recipient: 'Kenya <- object' }],
  ['train/passive', '+', 'Kenyan pilots were trained to fly helicopters, officials said.', 'trained', { recipient: 'Kenya <- subject', theme: 'trained to fly helicopters <- infinitive' }],
  ['train/passive', '-', 'Kenyan pilots were trained by Britain.', 'trained', { agent: 'United Kingdom <- pp:by', recipient: 'Kenya <- subject' }],

  ['release/active', '+', 'Azerbaijan released 12 soldiers to Armenia.', 'released', { agent: 'Azerbaijan <- subject', recipient: 'Armenia <- pp:to', theme: '12 soldiers <- object' }],
  ['release/active', '+', 'Azerbaijan released 12 Armenian soldiers.', 'released', { agent: 'Azerbaijan <- subject', recipient: 'Armenia <- theme-home', theme: '12 Armenian soldiers <- object' }],
  ['release/active', '-', 'Azerbaijan released 12 soldiers.', 'released', { agent: 'Azerbaijan <- subject', theme: '12 soldiers <- object' }],
  ['release/passive', '+', 'Twelve Armenian soldiers were released by Azerbaijan.', 'released', { agent: 'Azerbaijan <- pp:by', recipient: 'Armenia <- theme-home', theme: 'Twelve Armenian soldiers <- subject' }],
  ['release/passive', '-', 'Twelve soldiers were released.', 'released', { theme: 'Twelve soldiers <- subject' }],

  // die: the agent is the side that suffers the losses
  ['die/active', '+', 'Russian shelling killed 14 Ukrainian soldiers near Kherson.', 'killed', { agent: 'Ukraine <- object-actor', theme: '14 Ukrainian soldiers <- object', location: 'Kherson' }],
  ['die/active', '+', 'Gunmen killed 14 villagers in Mali.', 'killed', { agent: 'Mali <- clause-place', theme: '14 villagers <- object' }],
  ['die/active', '-', 'Gunmen killed 14 villagers.', 'killed', { theme: '14 villagers <- object' }],
  ['die/passive', '+', 'At least 30 Sudanese soldiers were killed in Darfur.', 'killed', { agent: 'Sudan <- theme-people-actor', theme: 'At least 30 Sudanese soldiers <- subject', location: 'Darfur' }],
  ['die/passive', '+', 'At least nine people were killed in Kharkiv.', 'killed', { agent: 'Ukraine <- place-after', theme: 'At least nine people <- subject', location: 'Kharkiv' }],
  // "its" is kept (agentRange) for the refiners to resolve
  ['die/passive', '-', 'Some 40 of its soldiers were killed.', 'killed', { theme: 'Some 40 of its soldiers <- subject' }],

  ['contain/active', '+', "Norway's package contains 90 armoured vehicles.", 'contains', { agent: 'Norway <- holder', theme: '90 armoured vehicles <- holder-object' }],
  // a report holds nothing that moves
  ['contain/active', '-', 'The report contains 90 pages.', 'contains', {}],

  ['go/any', '+', 'About 600 Rwandan troops arrived in Mozambique on Monday.', 'arrived', { agent: 'Rwanda <- theme-modifier', recipient: 'Mozambique <- pp:in', theme: 'About 600 Rwandan troops <- subject' }],
  ['go/any', '-', 'The convoy arrived on Monday.', 'arrived', { theme: 'The convoy <- subject' }],

  ['leave/any', '+', 'More than 2,000 people fled Sudan to Chad.', 'fled', { agent: 'Sudan <- object', recipient: 'Chad <- pp:to', theme: 'More than 2,000 people <- subject' }],
  ['leave/any', '+', 'Over 3,000 Sudanese refugees crossed into Chad.', 'crossed', { agent: 'Sudan <- theme-demonym', recipient: 'Chad <- pp:into', theme: 'Over 3,000 Sudanese refugees <- subject' }],
  ['leave/any', '-', 'More than 2,000 people fled.', 'fled', { theme: 'More than 2,000 people <- subject' }],

  ['return/any', '+', 'About 200 Ukrainian soldiers returned home from Russia.', 'returned', { agent: 'Russia <- pp:from', recipient: 'Ukraine <- theme-home', theme: 'About 200 Ukrainian soldiers <- subject' }],
  // "its" is kept (recipientRange) for the refiners to resolve
  ['return/any', '-', 'Forty of its soldiers returned.', 'returned', { theme: 'Forty of its soldiers <- subject' }],

  ['*/passive', '+', 'Two frigates were sold to Greece by France.', 'sold', { agent: 'France <- pp:by', recipient: 'Greece <- pp:to', theme: 'Two frigates <- subject' }],
  ['*/passive', '+', "Some 400 Chadian troops were deployed to Niger by N'Djamena.", 'deployed', { agent: 'Chad <- pp:by', recipient: 'Niger <- pp:to', theme: 'Some 400 Chadian troops <- subject' }],
  ['*/passive', '-', 'Six howitzers were delivered on Friday.', 'delivered', { theme: 'Six howitzers <- subject' }],

  ['noun-move/noun', '+', "France's delivery of 12 Caesar howitzers to Armenia was confirmed.", 'delivery', { agent: 'France <- possessor', recipient: 'Armenia <- pp:to', theme: '12 Caesar howitzers <- of' }],
  ['noun-move/noun', '-', 'The delivery of 12 howitzers to Armenia was confirmed.', 'delivery', { recipient: 'Armenia <- pp:to', theme: '12 howitzers <- of' }],

  ['noun-aid/noun', '+', "Germany's military aid to Ukraine has grown.", 'aid', { agent: 'Germany <- possessor', recipient: 'Ukraine <- pp:to', theme: 'aid <- self' }],
  ['noun-aid/noun', '+', 'Norway has unveiled its biggest aid package.', 'package', { agent: 'Norway <- verb-subject', theme: 'biggest aid package <- self' }],
  ['noun-aid/noun', '-', "Germany's military aid has grown.", 'aid', { agent: 'Germany <- possessor', theme: 'aid <- self' }],

  ['noun-loss/noun', '+', "Russia's losses near Avdiivka have mounted.", 'losses', { agent: 'Russia <- possessor' }],
  ['noun-loss/noun', '-', 'The losses have mounted.', 'losses', {}],

  ['noun-meet/noun', '+', 'Putin will travel to Tehran for talks with Iran.', 'talks', { agent: 'Russia <- travel-subject', recipient: 'Iran <- pp:with' }],
  ['noun-meet/noun', '+', 'The talks with Turkey in Ankara ended.', 'talks', { recipient: 'Turkey <- pp:with', location: 'Ankara' }],
  ['noun-meet/noun', '-', 'The talks ended without a deal.', 'talks', {}],

  ['noun-fight/noun', '+', 'Israeli airstrikes in Gaza killed 20 people.', 'airstrikes', { agent: 'Israel <- possessor', location: 'Gaza' }],
  ['noun-fight/noun', '-', 'The attacks have grown.', 'attacks', {}],

  ['noun-people/noun', '+', "Niger's withdrawal of 300 troops from Mali was announced.", 'withdrawal', { agent: 'Niger <- possessor', theme: '300 troops <- of' }],
  ['noun-people/noun', '+', 'The exodus of 20,000 people to Chad continued.', 'exodus', { recipient: 'Chad <- pp:to', theme: '20,000 people <- of' }],
  ['noun-people/noun', '-', 'The withdrawal was announced.', 'withdrawal', {}],

  ['noun-release/noun', '+', "Azerbaijan's release of 15 Armenian soldiers was welcomed.", 'release', { agent: 'Azerbaijan <- possessor', recipient: 'Armenia <- theme-home', theme: '15 Armenian soldiers <- of' }],
  ['noun-release/noun', '-', 'The release of prisoners was welcomed.', 'release', { theme: 'prisoners <- of' }],
];

describe('frames.tsv, frame by frame (readArgs on a trigger)', () => {
  it.each(CASES)('%s %s %s', (key, _sign, text, word, want) => {
    const { v, t, args } = argsAt(text, word);
    expect(rowKey(v, t)).toBe(key);
    expect(roleSummary(v, args)).toEqual(want);
  });

  it('has a positive and a negative case for every frame and voice with rows', () => {
    const missing = [...frameTable().keys()].filter((k) => !(['+', '-'] as const).every((s) => CASES.some((c) => c[0] === k && c[1] === s)));
    expect(missing).toEqual([]);
  });

  it('reads a verb of using only before goods named with their maker', () => {
    const v = viewOf('Pakistan used the drones.');
    expect(findTriggers(v, 0).map((t) => t.entry.frame)).toEqual([]);
  });

  it('keeps the phrase a role could not name for the refiners to resolve', () => {
    const a = argsAt('The rebels recruited 500 fighters in Chad.', 'recruited');
    expect(a.args.agentText).toBe('The rebels');
    const b = argsAt('Some 40 of its soldiers were killed.', 'killed');
    expect(b.v.text(b.args.agentRange!.first, b.args.agentRange!.last)).toBe('its');
    const c = argsAt('Forty of its soldiers returned.', 'returned');
    expect(c.v.text(c.args.recipientRange!.first, c.args.recipientRange!.last)).toBe('its');
    // "a country" names no one in particular
    expect(argsAt('A country has pledged 30 tanks.', 'pledged').args.agentGeneric).toBe(true);
  });

  it('marks a purchase made for another', () => {
    expect(argsAt('Qatar purchased 12 jets from France for Sudan.', 'purchased').args.forThirdParty).toBe(true);
    expect(argsAt('Nigeria bought six helicopters from Italy.', 'bought').args.forThirdParty).toBeUndefined();
  });
});

describe('voices', () => {
  it.each<[string, string, string]>([
    ['Turkey sent 300 armoured vehicles to Libya.', 'sent', 'give/active'],
    ['Two frigates were sold to Greece.', 'sold', '*/passive'],
    // "killed 12 people" is active; "12 killed" and "were killed" are read as passives
    ['Gunmen killed 12 people.', 'killed', 'die/active'],
    ['A bomb blast in the market left 12 killed.', 'killed', 'die/passive'],
    ['The delivery of 12 howitzers was confirmed.', 'delivery', 'noun-move/noun'],
    // a frame read the same in both voices
    ['Six trucks were returned to Chad.', 'returned', 'return/any'],
  ])('%s (%s) → %s', (text, word, key) => {
    const { v, t } = argsAt(text, word);
    expect(rowKey(v, t)).toBe(key);
  });
});

describe('frames.tsv is checked at load (checkFrameRows)', () => {
  const row = (frame: string, voice: string, role: string, slots: string, options = '') => ({ frame, voice, role, slots, options });
  const good = [row('give', 'active', 'agent', 'subject', 'describe'), row('give', 'active', 'recipient', 'pp:to iobj')];
  const check = (rows: Record<string, string>[]) => () => checkFrameRows(rows, slotNames(), ['give']);

  it('accepts the committed table, and rows that name known voices, roles, slots and options', () => {
    expect(() => checkFrameRows(loadTsv('frames.tsv'), slotNames(), loadTsv('event-triggers.tsv').map((r) => r.frame))).not.toThrow();
    expect(check(good)()).toEqual(new Map([['give/active', [
      { frame: 'give', voice: 'active', role: 'agent', slots: ['subject'], additions: false, describe: true },
      { frame: 'give', voice: 'active', role: 'recipient', slots: ['pp:to', 'iobj'], additions: false, describe: false },
    ]]]));
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['an unknown slot', row('give', 'active', 'theme', 'object direct-object'), /^frames\.tsv data row 3 \(give active theme\): unknown slot "direct-object"$/],
    ['an unknown role', row('give', 'active', 'giver', 'subject'), /^frames\.tsv data row 3 \(give active giver\): unknown role "giver"$/],
    ['an unknown voice', row('give', 'middle', 'agent', 'subject'), /^frames\.tsv data row 3 \(give middle agent\): unknown voice "middle"$/],
    ['an unknown option', row('give', 'active', 'theme', 'object', 'additions describes'), /^frames\.tsv data row 3 \(give active theme\): unknown option "describes"$/],
    ['no slots', row('give', 'active', 'theme', ' '), /^frames\.tsv data row 3 \(give active theme\): no slots$/],
    ['a frame no trigger has', row('lend', 'active', 'agent', 'subject'), /^frames\.tsv data row 3 \(lend active agent\): frame "lend" is no frame of event-triggers\.tsv$/],
  ])('throws on %s, naming the row', (_what, bad, message) => {
    expect(check([...good, bad])).toThrow(message);
  });

  it('throws when a frame of the trigger lexicon has no rows', () => {
    expect(() => checkFrameRows(good, slotNames(), ['give', 'receive'])).toThrow('frames.tsv: no rows for frame "receive" of event-triggers.tsv');
  });
});
