import { describe, expect, it } from 'vitest';
import { claimWith, claimsOf, names } from './claims-helpers.js';

type Want = [event: string, agent: string | null, recipient: string | null];
const roles = (c: { event: string; agent: { name: string } | null; recipient: { name: string } | null }) => [c.event, c.agent?.name ?? null, c.recipient?.name ?? null];

describe('events and their arguments', () => {
  it.each<[string, string, Want]>([
    // active give frame
    ['Belarus sent 1,000 instructors to Mali last year.', '1,000', ['deploy', 'Belarus', 'Mali']],
    ['Iran shipped 200 Shahed drones to Russia.', '200', ['transfer', 'Iran', 'Russia']],
    // "X provided Y with Z"
    ['Russia provided North Korea with 40 air defence launchers.', '40', ['transfer', 'Russia', 'North Korea']],
    // passive, agent from a demonym in the subject
    ['About 4,000 North Korean troops have been sent to Russia.', '4,000', ['deploy', 'North Korea', 'Russia']],
    // passive with a by-phrase
    ['Some 90 Leopard tanks were delivered to Ukraine by Germany.', '90', ['transfer', 'Germany', 'Ukraine']],
    // nominal event with a possessor
    ["Pyongyang's deployment of 2,000 engineers to Russia's Belgorod region began in May.", '2,000', ['deploy', 'North Korea', 'Russia']],
    // receive frame: the subject receives, the demonym in the theme gives
    ['Algeria received 14 Russian Su-57 fighter jets.', '14', ['transfer', 'Russia', 'Algeria']],
    ['Serbia took delivery of 6 Chinese FK-3 launchers from China.', '6', ['transfer', 'China', 'Serbia']],
    // a capital stands for its country
    ['Moscow supplied 30 helicopters to Naypyitaw.', '30', ['transfer', 'Russia', 'Myanmar']],
    // money
    ['Japan pledged $4.5 billion in aid to Ukraine.', '4.5', ['transfer', 'Japan', 'Ukraine']],
    // money before the aid it buys; a giver announcing its own aid gives it
    ['Norway announced a €700 million aid package for Moldova.', '700', ['transfer', 'Norway', 'Moldova']],
    ['Canada unveiled C$500 million in military assistance to Ukraine on Monday.', '500', ['transfer', 'Canada', 'Ukraine']],
    ['Norway announced a new aid package for Moldova.', 'aid package', ['transfer', 'Norway', 'Moldova']],
    // casualties: the side that suffers them
    ['At least 300 Russian soldiers were killed near Pokrovsk.', '300', ['casualties', 'Russia', null]],
    ['Ukraine has suffered around 15,000 casualties since January.', '15,000', ['casualties', 'Ukraine', null]],
    // people killed in a place, with no side named, are of its country; a side named wins
    ['Germany sent tanks to Ukraine. At least nine people were killed in Kharkiv, the governor said.', 'nine', ['casualties', 'Ukraine', null]],
    ['Five civilians were wounded in Belgorod on Sunday.', 'Five', ['casualties', 'Russia', null]],
    ['Ten Russian soldiers were killed in Kharkiv.', 'Ten', ['casualties', 'Russia', null]],
    // "units" after a model designation are systems; after anything else, people
    ['Berlin has already supplied six IRIS-T units to Ukraine.', 'six', ['transfer', 'Germany', 'Ukraine']],
    ['The US sent two HIMARS units to Ukraine.', 'two', ['transfer', 'United States', 'Ukraine']],
    ['Russia deployed two army units to Belarus.', 'two', ['deploy', 'Russia', 'Belarus']],
    ['Minsk received the first S-400 battalion from Russia in 2022.', 'S-400', ['transfer', 'Russia', 'Belarus']],

    // "50 of its servicemen": the owner the pronoun stands for
    ["Azerbaijan's defence ministry said 50 of its servicemen had died.", '50', ['casualties', 'Azerbaijan', null]],
    // combat; "its forces": the owner the pronoun stands for
    ['U.S. Central Command said its forces had destroyed four Houthi drones.', 'four', ['combat', 'United States', null]],
    ['Israeli jets shot down 12 drones over the Golan Heights.', '12', ['combat', 'Israel', null]],
    ['Latvian air defences downed 12 of 15 drones overnight.', '12', ['combat', 'Latvia', null]],
    // an item of a list naming its own side is that side's
    ['Insurgents killed 30 Wagner fighters and 12 Malian soldiers near Kidal.', '12', ['casualties', 'Mali', null]],
    ['Algeria received 14 Russian jets and six Chinese drones.', 'six', ['transfer', 'China', 'Algeria']],
    // "the force", "the mission": the mission named before (its names in organisations.tsv say what it is)
    ['The UN Security Council renewed the mandate of UNIFIL in August. The force has about 10,000 troops in Lebanon.', '10,000', ['deploy', 'UNIFIL', 'Lebanon']],
    ['Chadian artillery shelled three rebel positions on Sunday.', 'three', ['combat', 'Chad', null]],
    ['Two car bombs were detonated near the market.', 'Two', ['combat', null, null]],
    // seizures and rescues are other events
    ['Greek coast guard crews rescued 112 migrants off Crete.', '112', ['other', 'Greece', null]],
    ['Customs officers reported seizures of 3,000 rounds of ammunition.', '3,000', ['other', null, null]],
    // agreement: agreeing to sell is a deal
    ['In 2021, Russia agreed to sell 12 Su-35 jets to Egypt.', '12', ['agreement', 'Russia', 'Egypt']],
    // a nominal transfer of a nation's goods, reported as the object of a cue, with its own complements
    ['Officials confirmed the delivery of 40 Iranian drones to Russia.', '40', ['transfer', 'Iran', 'Russia']],
    ['The Pentagon confirmed the delivery of 30 tanks to Ukraine by Poland on Monday.', '30', ['transfer', 'Poland', 'Ukraine']],
    // refugees: where they fled from and to
    ['Over 40,000 people fled Sudan to Chad.', '40,000', ['other', 'Sudan', 'Chad']],
  ])('%s', (text, marker, want) => {
    expect(roles(claimWith(text, marker))).toEqual(want);
  });

  it('makes one claim per coordinated count', () => {
    const claims = claimsOf('Kim ordered the dispatch of 1,500 engineers and 4,500 builders to Russia.');
    expect(claims.filter((c) => c.quantity).map((c) => [c.quantity!.min, c.quantity!.unit, c.event])).toEqual([
      [1500, 'engineers', 'deploy'],
      [4500, 'builders', 'deploy'],
    ]);
  });

  it('separates people from goods in one theme', () => {
    const claims = claimsOf('Pyongyang has provided soldiers and shells to Moscow.');
    expect(claims.map((c) => [c.event, c.theme])).toEqual([
      ['deploy', 'soldiers'],
      ['transfer', 'shells'],
    ]);
  });

  it('splits a long enumeration of systems into one transfer each, a short list stays one', () => {
    const long = claimsOf('Russia gave Myanmar radar stations, electronic warfare kits, and night vision goggles for its pilots.');
    expect(long.filter((c) => c.event === 'transfer').map((c) => c.theme)).toEqual(['radar stations', 'electronic warfare kits', 'night vision goggles for its pilots']);
    const short = claimsOf('Russia gave Myanmar rockets and shells.');
    expect(short.filter((c) => c.event === 'transfer').map((c) => c.theme)).toEqual(['rockets and shells']);
  });

  it('continues the last event when a report leaves out who sends where', () => {
    const text = 'North Korea will send 3,000 troops to Russia in June. Kim Jong Un decided to dispatch 500 more snipers.';
    expect(roles(claimWith(text, '500'))).toEqual(['deploy', 'North Korea', 'Russia']);
  });

  it('takes the claim time from what was said, not from when it was said', () => {
    const c = claimWith('On Monday, the ministry said that North Korea will send 2,000 troops to Russia in August.', '2,000', '2025-06-10');
    expect(c.time?.value).toBe('2025-08');
  });

  it('does not make a claim of a number that is not a count', () => {
    const claims = claimsOf('In 2022, France withdrew from Mali, where 90% of the troops had served for three years.');
    expect(claims.filter((c) => c.quantity?.min != null)).toEqual([]);
  });

  it('does not make a transfer of an abstract thing sent', () => {
    expect(claimsOf('The decision will send the right signal to Moscow.').filter((c) => c.event === 'transfer')).toEqual([]);
  });

  it('leaves background out: a nominal event in an adjunct with no recipient', () => {
    const claims = claimsOf("In return for Iran's provision of drones, Russia is believed to have given Iran 24 jets.");
    expect(claims.filter((c) => c.theme === 'drones')).toEqual([]);
    expect(roles(claimWith("In return for Iran's provision of drones, Russia is believed to have given Iran 24 jets.", '24'))).toEqual(['transfer', 'Russia', 'Iran']);
  });
});

describe('clauses joined by ", and"', () => {
  it('does not take the end of one clause for the subject of the next', () => {
    const claims = claimsOf('Germany sent tanks to Ukraine for use near its border, and the vehicles arrived in March.');
    expect(claims.some((c) => c.theme?.includes('border'))).toBe(false);
    // "the vehicles" are the tanks already claimed: one claim, not two
    expect(claims.filter((c) => c.event === 'transfer').map((c) => c.theme)).toEqual(['tanks']);
  });

  it('keeps a three-item list as one subject', () => {
    const c = claimWith('Poland, Latvia, and Estonia sent 300 rifles to Ukraine.', '300');
    expect(c.agent?.name).toBe('Poland');
  });

  it('does not repeat an amount as an un-counted aid package', () => {
    const claims = claimsOf('Ukraine received a Danish aid package worth $900 million.');
    expect(claims.filter((c) => c.event === 'transfer').map((c) => c.quantity?.min ?? null)).toEqual([900_000_000]);
  });
});

describe('more argument patterns', () => {
  it('takes the owner of "its" for an aid package the owner announced', () => {
    expect(roles(claimWith('Norway has announced its largest aid package to date - €1.1 billion.', '1.1'))).toEqual(['transfer', 'Norway', null]);
  });

  it('reads a count across "to date" to the package before it', () => {
    const c = claimWith('We thank Denmark for the largest Danish package to Ukraine to date, totaling 8 billion DKK.', '8 billion');
    expect(roles(c)).toEqual(['transfer', 'Denmark', 'Ukraine']);
  });
});

describe('actors from our own reports', () => {
  it('never takes a news agency in a dateline for an actor', () => {
    const c = claimWith('KYIV, March 3 (Reuters) - Iran has delivered at least 400 drones to Russia since January.', '400', '2023-03-06');
    expect(roles(c)).toEqual(['transfer', 'Iran', 'Russia']);
    expect(c.time?.value).toBe('2023-01');
  });

  it('reads "it" after a cue as the cue’s subject', () => {
    expect(roles(claimWith('Germany said it would send 2 more air defence systems to Ukraine.', '2 more'))).toEqual(['transfer', 'Germany', 'Ukraine']);
  });

  it('lets an international organisation act as itself', () => {
    expect(roles(claimWith('The World Food Programme said it had delivered 40 trucks of food aid to Darfur.', '40'))[1]).toBe('World Food Programme');
  });

  it('reads a definite "the office" as the source named so before', () => {
    const text = 'The UN human rights office said 300 civilians were killed. The office said 900 more were wounded.';
    expect(claimWith(text, '900').sources.map((s) => s.name)[0]).toMatch(/human rights office/i);
  });
});

describe('purchases, hosting and repeated agreements', () => {
  it('reads a purchase contract as one agreement between buyer and seller, with the count', () => {
    const claims = claimsOf('Romania signed a contract on Monday to buy 54 Abrams tanks from the United States.');
    const tanks = claims.find((c) => c.quantity?.min === 54)!;
    expect(roles(tanks)).toEqual(['agreement', 'United States', 'Romania']);
  });

  it('reads troops a country hosts as deployed to it', () => {
    expect(roles(claimWith('Lithuania hosts about 5,000 German troops.', '5,000'))).toEqual(['deploy', 'Germany', 'Lithuania']);
  });

  it('numbers claims in order, with no gaps or repeats', () => {
    const claims = claimsOf('Poland signs $2 billion deal. Poland signed a deal to buy 30 jets from South Korea.');
    expect(claims.map((c) => c.id)).toEqual(claims.map((_, k) => `c${k + 1}`));
  });
});

describe('from a report on strikes at sea', () => {
  const text = 'Yemen’s Houthi rebels said on Tuesday they had fired 18 ballistic and cruise missiles at a destroyer in the Gulf of Aden. The strikes hit radar sites and launch pads.';
  it('keeps a sea as the location, not a party', () => {
    const c = claimWith(text, '18');
    expect(roles(c)).toEqual(['combat', 'Houthis', null]);
    expect(c.location?.name).toBe('Gulf of Aden');
    expect(c.quantity?.unit).toBe('ballistic and cruise missiles');
  });
  it('reads "launch pads" as a noun, not a launch', () => {
    expect(claimsOf(text).filter((c) => c.theme === 'pads')).toEqual([]);
  });
});

describe('from a report on instructors sent abroad', () => {
  const text = 'Russia has deployed around 100 military instructors to Niger along with an air defence system, Niger’s state television RTN reported on Thursday.\nThe instructors arrived in Niamey, the broadcaster said, adding that they would train Nigerien soldiers to use the equipment.';
  it('makes equipment sent "along with" people a transfer of its own', () => {
    expect(roles(claimWith(text, 'air defence system'))).toEqual(['transfer', 'Russia', 'Niger']);
  });
  it('reads "the broadcaster" as the television named before', () => {
    expect(claimWith(text, 'instructors', '2024-04-12').sources).toBeDefined();
    const arrived = claimsOf(text, '2024-04-12').find((c) => c.evidence.text.includes('arrived'))!;
    expect(arrived.sources[0].name).toMatch(/television/i);
  });
  it('resolves "they" to the side that sent them', () => {
    const train = claimsOf(text, '2024-04-12').find((c) => c.trigger?.text === 'train')!;
    expect(roles(train)).toEqual(['transfer', 'Russia', 'Niger']);
  });
});

describe('from a statement on arms transfers', () => {
  it('claims each count a shipment is said to contain', () => {
    const claims = claimsOf('We assess Belarus has sent Russia more than 2,000 shipping containers of munitions, containing at least 1 million shells along with well over 50 rockets.');
    expect(claims.map((c) => [c.quantity?.min, c.event, c.agent?.name, c.recipient?.name, c.certainty])).toEqual([
      [2000, 'transfer', 'Belarus', 'Russia', 'probable'],
      [1000000, 'transfer', 'Belarus', 'Russia', 'probable'],
      [50, 'transfer', 'Belarus', 'Russia', 'probable'],
    ]);
  });

  it('does not make a transfer of reporting provided, nor of arms that are prohibited', () => {
    const claims = claimsOf('Experts continue to provide credible reporting. The resolutions prohibit states from receiving any arms from Iran.');
    expect(claims.filter((c) => c.event === 'transfer' && c.polarity === 'positive')).toEqual([]);
  });
});

describe('verbs too common to be events on their own', () => {
  it('does not read "going" or "got" as events without people or goods', () => {
    const claims = claimsOf("I'm going to be brief. They got the ceasefire they wanted.");
    expect(claims).toEqual([]);
  });
});

describe('counts written without their noun', () => {
  it('counts the noun of the count before', () => {
    const claims = claimsOf('At least 40 Russian soldiers were killed, and around 300 were wounded.');
    const wounded = claims.find((c) => c.quantity?.min === 300)!;
    expect(wounded.quantity?.unit).toBe('Russian soldiers');
    expect(wounded.rules).toContain('quantity:number:digits:approx:unit-elided');
    expect(wounded.theme).toBe('Russian soldiers');
  });
});

describe('from a report with relative clauses and fronted partitives', () => {
  it('reads the victims of a strike on a city as that country’s', () => {
    expect(roles(claimWith('A Russian missile strike on Dnipro killed 12 people on Monday.', '12'))).toEqual(['casualties', 'Ukraine', null]);
  });
  it('reads the subject of a relative clause as the agent, not the theme', () => {
    expect(roles(claimWith('The 3,000 troops that Pyongyang sent in January have moved to the front.', '3,000'))[1]).toBe('North Korea');
  });
  it('reads a relative "which hosts" as hosting', () => {
    expect(roles(claimWith('Belarus, which hosts some 1,500 Wagner fighters, is a Russian ally.', '1,500'))).toEqual(['deploy', 'Wagner Group', 'Belarus']);
  });
  it('takes the side of a fronted "Of the N soldiers" for the casualties among them', () => {
    const c = claimWith('Of the 12,000 North Korean soldiers deployed to Kursk, about 4,000 have been killed, South Korea’s spy agency estimates.', '4,000');
    expect(roles(c)).toEqual(['casualties', 'North Korea', null]);
    expect(c.sources[0].name).toBe('National Intelligence Service');
    expect(c.certainty).toBe('probable');
  });
  it('does not read "the United States." as a cue', () => {
    expect(claimWith('Romania agreed to buy 54 tanks from the United States.', '54').sources).toEqual([]);
  });
});

describe('where a claim happened', () => {
  it.each<[string, string, string | null]>([
    // a place its arguments name
    ["Minsk sent 400 engineers to Russia's Bryansk region in April.", '400', 'Bryansk'],
    // a place in the clause of a purpose
    ['Pyongyang will send 2,000 builders to help rebuild Russia’s Belgorod.', '2,000', 'Belgorod'],
    // losses: the country they happened in
    ['At least 250 Wagner fighters were killed in Mali last year.', '250', 'Mali'],
    // a visit names where the meeting was
    ['The minister led a delegation of 40 officials on a visit to Hanoi.', '40', 'Hanoi'],
    // a capital that acts is its government, not a place
    ['Tehran supplied Moscow with 300 drones.', '300', null],
    ["Hanoi's dispatch of 500 medics was announced on Friday.", '500', null],
    // a demonym is no place
    ['European countries allocated €3 billion in aid to Moldova.', '3', null],
  ])('%s', (text, marker, want) => {
    expect(claimWith(text, marker).location?.name ?? null).toBe(want);
  });

  it('carries a place to the next sentence about the same move, no further', () => {
    const text = 'Minsk will send 1,000 engineers to Russia’s Bryansk region. The deployment will include 300 sappers. Officials met on Tuesday. Belarus later said 200 more engineers would be sent.';
    expect(claimWith(text, '300').location?.name).toBe('Bryansk');
    expect(claimWith(text, '200').location).toBeNull();
  });

  it('carries it from an ongoing dispatch to its planned parts, not from a done move to a planned one', () => {
    const ongoing = 'Minsk has ordered the dispatch of 1,000 engineers to Russia’s Bryansk region. The deployment will include 300 sappers.';
    expect(claimWith(ongoing, '300').location?.name).toBe('Bryansk');
    const done = 'Minsk sent 1,000 engineers to Russia’s Bryansk region last year. It will send 300 sappers in May.';
    expect(claimWith(done, '300').location).toBeNull();
  });
});

describe('what a package contains', () => {
  it('reads the contents of an aid package as what its giver sends', () => {
    const text = 'Denmark announced a new military aid package for Ukraine on Monday. The package includes F-16 spare parts, artillery ammunition and mine-clearing vehicles.';
    const c = claimWith(text, 'spare parts');
    expect(roles(c)).toEqual(['transfer', 'Denmark', 'Ukraine']);
  });
  it('reads "it includes" after a package', () => {
    const text = 'Sweden unveiled its largest military aid package to Ukraine so far. It contains CV90 infantry fighting vehicles and patrol boats.';
    expect(roles(claimWith(text, 'CV90'))).toEqual(['transfer', 'Sweden', 'Ukraine']);
  });
  it('counts what a contingent comprises as deployed', () => {
    const text = 'Belarus will send troops to Russia in May. The contingent comprises 600 engineers.';
    expect(roles(claimWith(text, '600'))).toEqual(['deploy', 'Belarus', 'Russia']);
  });
  it.each([
    'The report includes 40 pages of annexes.',
    'The delegation includes the foreign minister.',
    'Ukraine’s arsenal includes Patriot systems, officials said.',
    'Russia sent weapons including 20 tanks to Belarus.',
  ])('makes no transfer of contents when nothing moved: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.rules.some((r) => r === 'trigger:include' || r === 'frame:contain'))).toEqual([]);
  });
});

describe('nouns made with -ing', () => {
  it('reads "infantry fighting vehicles" as one thing, not a fight', () => {
    const claims = claimsOf('Germany delivered 40 infantry fighting vehicles to Ukraine.');
    expect(claims.map((c) => [c.event, c.quantity?.unit])).toEqual([['transfer', 'infantry fighting vehicles']]);
  });
  it('still reads a fight after troops', () => {
    expect(claimsOf('Around 2,000 North Korean troops are fighting Ukrainian forces in Kursk.').some((c) => c.event === 'combat')).toBe(true);
  });
});

describe('part of a package', () => {
  it('sends what was part of a package with it', () => {
    const text = 'Britain sent Storm Shadow missiles to Ukraine last year. The launchers were part of an October aid package for Ukraine.';
    expect(roles(claimWith(text, 'launchers'))).toEqual(['transfer', 'United Kingdom', 'Ukraine']);
  });
  it('takes the giver named with the package', () => {
    expect(roles(claimWith("The tanks were part of Germany's latest package for Kyiv.", 'tanks'))).toEqual(['transfer', 'Germany', 'Ukraine']);
  });
  it('makes nothing move for a member of a coalition', () => {
    expect(claimsOf('Poland is part of the aid coalition.')).toEqual([]);
  });
});

describe('a later count of the same goods', () => {
  it('counts the transfer of the sentence before', () => {
    const text = 'Egypt will receive its first Rafale fighter jets from France next month. In all, 30 new fighter jets are part of the order.';
    expect(roles(claimWith(text, '30'))).toEqual(['transfer', 'France', 'Egypt']);
  });
  it('counts it a few sentences on, when the count only says how many', () => {
    const text = 'Egypt will receive Rafale fighter jets from France. The deal was signed in May. Details were not released. Officials said a total of 30 jets are involved.';
    expect(roles(claimWith(text, '30'))).toEqual(['transfer', 'France', 'Egypt']);
  });
  it.each([
    // other goods
    'Russia delivered Su-30 jets to Myanmar in March. The air force also flies 20 MiG-29 fighters.',
    // a count with an actor of its own
    'Russia delivered Su-30 jets to Myanmar in March. Myanmar’s air force now flies 20 jets.',
    // a predicate of its own
    'Russia delivered Su-30 jets to Myanmar in March. Officials met in June. The talks ran long. Pilots said 20 jets were grounded.',
    // too far back
    'Russia delivered Su-30 jets to Myanmar. Officials met. The talks ran long. Nothing was agreed. Nobody spoke. Officials said 20 jets are involved.',
  ])('not when it is about something else: %s', (text) => {
    expect(claimsOf(text).filter((c) => c.rules.includes('quantity:same-goods-as-before'))).toEqual([]);
  });
});

describe('more goods added to a transfer', () => {
  const themes = (text: string) => claimsOf(text).filter((c) => c.event === 'transfer').map((c) => [c.theme, c.agent?.name, c.recipient?.name, c.polarity]);

  it.each<[string, string[]]>([
    // fronted before the clause, in any reported content
    ['In addition to artillery shells, North Korea has shipped howitzers to Russia.', ['artillery shells', 'howitzers']],
    ['Officials said that on top of drones and missiles, Iran has supplied Russia with ammunition.', ['drones and missiles', 'ammunition']],
    // after the theme; a short added list stays one theme
    ['Iran supplied drones to Russia as well as artillery shells and rockets.', ['drones', 'artillery shells and rockets']],
    ['Iran supplied drones to Russia in addition to artillery ammunition.', ['drones', 'artillery ammunition']],
    ['Iran supplied drones as well as shells and rockets to Russia.', ['drones', 'shells and rockets']],
    // goods already named ("in addition to the …") add no claim; new ones do
    ['Iran has acquired combat helicopters and trainer jets from Russia in addition to the Su-35 fighter jets.', ['combat helicopters and trainer jets']],
    ['Iran has acquired helicopters in addition to the Su-35 fighter jets from Russia.', ['helicopters']],
    ['Russia deployed instructors to Niger along with the S-400 system.', ['S-400 system']],
    // an added actor is not goods, an added action is not a list
    ['In addition to Iran, North Korea has shipped shells to Russia.', ['shells']],
    ['In addition to sending troops, North Korea has shipped shells to Russia.', ['shells']],
  ])('%s', (text, want) => {
    expect(themes(text).map((x) => x[0])).toEqual(want);
  });

  it('reads "not only X but also Y" as a list, not a negation', () => {
    expect(themes('Belarus received not only tanks but also fighter jets from Russia.')).toEqual([['tanks and fighter jets', 'Russia', 'Belarus', 'positive']]);
    expect(themes('Russia did not send tanks to Belarus.')).toEqual([['tanks', 'Russia', 'Belarus', 'negative']]);
  });
});

describe('people freed go home', () => {
  const text =
    'Armenia and Azerbaijan exchanged prisoners on Tuesday. Armenia’s defence ministry said 40 of its soldiers had returned home after months in Azerbaijani captivity. ' +
    'Azerbaijan confirmed it had handed over 40 Armenian soldiers in return. President Pashinyan announced the return of some 52 Armenians.';

  it.each<[string, Want]>([
    // "its soldiers": the owner goes home; the side named as holding them released them
    ['40 of its', ['other', 'Azerbaijan', 'Armenia']],
    // a demonym in the theme is where they go; the subject handed them over
    ['40 Armenian', ['other', 'Azerbaijan', 'Armenia']],
    // a nominal return: the other side from the report's last exchange
    ['52', ['other', 'Azerbaijan', 'Armenia']],
  ])('%s', (marker, want) => {
    expect(roles(claimWith(text, marker))).toEqual(want);
  });

  it('reads "its" as the owner it stands for, not the side the report spoke of before', () => {
    const swap = 'Ukraine and Russia swapped prisoners on Friday, Kyiv said. The Russian Defence Ministry said 60 of its soldiers had returned home.';
    expect(roles(claimWith(swap, '60'))).toEqual(['other', 'Ukraine', 'Russia']);
  });

  it('sends released civilians home, and leaves a stated destination alone', () => {
    expect(roles(claimWith('Russia released 12 Ukrainian civilians on Friday.', '12'))).toEqual(['other', 'Russia', 'Ukraine']);
    expect(roles(claimWith('Some 3,000 Ukrainian refugees returned to Kharkiv from Poland.', '3,000'))).toEqual(['other', 'Poland', 'Ukraine']);
    // not a homecoming verb: troops sent abroad do not go home
    expect(roles(claimWith('Russia sent 300 Syrian fighters to Libya.', '300'))).toEqual(['deploy', 'Russia', 'Libya']);
  });
});

describe('counts of people with no event', () => {
  it('claims the size of a force a report gives', () => {
    expect(roles(claimWith('Kyiv has around 700,000 troops under arms, the report said.', '700,000'))).toEqual(['other', 'Ukraine', null]);
  });

  it('takes the nation of the people counted before the country of the report', () => {
    const text = 'The jets arrived in Myanmar last week. Several of the Russians are staying in Naypyitaw, a source said.';
    expect(claimWith(text, 'Russians').agent?.name).toBe('Russia');
  });

  it('does not claim people the report has already named ("the three advisers")', () => {
    const claims = claimsOf('The three national security advisers reaffirmed their commitment to security in the Indo-Pacific region.');
    expect(claims.filter((c) => c.quantity)).toEqual([]);
  });
});

describe('nominal transfers of a nation’s goods', () => {
  it('takes the nation of the goods as the giver, not a name inside the theme', () => {
    expect(roles(claimWith('Officials warned about the potential transfer of Iranian missiles to Russia.', 'Iranian missiles'))).toEqual(['transfer', 'Iran', 'Russia']);
    expect(claimWith('They discussed the supply of weapons to Ukraine’s army.', 'weapons').agent).toBeNull();
  });
});

describe('what belongs to the clause of the claim', () => {
  it('takes no time from a second predicate joined by "and"', () => {
    const c = claimWith('Russia has received dozens of drones so far and will likely continue to receive additional shipments in the future.', 'dozens', '2022-10-20');
    expect(c.time).toBeNull();
    expect(claimWith('Russia received 20 drones and 30 missiles in May.', '30', '2022-10-20').time?.value).toBe('2022-05');
    // the claim's own trigger after "and" keeps its time
    expect(claimWith('About 2,000 Belarusian troops had been trained and deployed to Mali by late October.', '2,000', '2022-11-20').time?.value).toBe('2022-10');
  });

  it('does not take where the goods came from for where they went', () => {
    expect(claimWith('In September, Russia moved drones that it had bought from Iran to the front.', 'drones').recipient?.name).not.toBe('Iran');
  });
});

describe('words that look like events and are not', () => {
  const events = (text: string) => claimsOf(text, '2022-10-04').map((c) => [c.event, c.agent?.name ?? null, c.recipient?.name ?? null]);

  it.each<[string, (string | null)[][]]>([
    // "meet" a need or a target is to satisfy it
    ["The package will help in meeting Ukraine's critical defence needs.", []],
    ["The capabilities are tailored to meet Ukraine's immediate needs.", []],
    ['Putin will meet Kim Jong Un in Vladivostok.', [['meeting', 'Russia', 'North Korea']]],
    // an adjective made of a verb ("hard-fought") is no combat
    ['The aid will help Ukraine secure hard-fought victories on the battlefield.', []],
    // "struck a tone", "struck a deal" are no attacks; striking a city is
    ['The Ukrainian president struck a more exuberant tone.', []],
    ['Russian missiles struck Kyiv overnight.', [['combat', 'Russia', null]]],
    // launching satellites or an inquiry is no attack
    ['Iran said it had launched three new satellites.', []],
    ['Police launched an investigation into the fire.', []],
    // fighting hunger or cholera is no combat
    ['The grant will help local groups fight hunger in Chad.', []],
    ["Sudan's army and the RSF fought for control of the dam.", [['combat', 'Sudanese Armed Forces', null]]],
    // a casualty noun modifying another noun names no losses
    ['Moscow does not publish its own casualty figures.', []],
    // remarks are not goods
    ['Laura Cooper will provide some brief remarks.', []],
    // a promise with no other side is no agreement; two sides of a subject are the parties
    ['Cooper has agreed to be available afterwards.', []],
    ['Russia and Iran agreed to deepen military cooperation.', [['agreement', 'Russia', 'Iran']]],
    ['Ukraine and the US signed a minerals deal.', [['agreement', 'Ukraine', 'United States']]],
  ])('%s', (text, want) => {
    expect(events(text)).toEqual(want);
  });
});

describe('goods used where they were not made', () => {
  it.each<[string, string, Want]>([
    ['The Houthis use Iranian-made missiles and drones in their attacks.', 'missiles', ['transfer', 'Iran', 'Houthis']],
    ['Russia has used more than 4,000 Iranian-designed drones since September 2022.', '4,000', ['transfer', 'Iran', 'Russia']],
    ['Myanmar’s air force flies Russian-built Su-30 jets.', 'Su-30', ['transfer', 'Russia', 'Myanmar']],
  ])('%s', (text, marker, want) => {
    expect(roles(claimWith(text, marker))).toEqual(want);
  });

  it('makes no claim of using anything else', () => {
    expect(claimsOf('Russia used its own drones. The use of force was condemned. Kyiv operates a fleet of trucks.')).toEqual([]);
  });
});

describe('purposes and visits', () => {
  it('does not take where goods are used for who received them', () => {
    expect(claimWith('Tehran had not supplied any weapons for use in the war in Ukraine.', 'weapons').recipient).toBeNull();
    expect(roles(claimWith('Iran shipped drones for use in Ukraine to Russia.', 'drones'))).toEqual(['transfer', 'Iran', 'Russia']);
  });

  it('reads who travels to talks as holding them, and a person travelling as no transfer', () => {
    const claims = claimsOf('Erdogan arrived in Moscow on Monday for talks with Putin.');
    expect(claims.map(roles)).toEqual([['meeting', 'Turkey', 'Russia']]);
  });
});

describe('figures put on an earlier count, and moves at home', () => {
  it('reads "estimated the total at …" as another estimate of the count before, hedged by its cue', () => {
    const c = claimWith('Russia has deployed up to 1,500 troops to Belarus. Western analysts estimated the total at between 7,000 and 9,000.', '7,000', '2023-04-11');
    expect([...roles(c), c.quantity?.unit, c.certainty, names(c)]).toEqual(['deploy', 'Russia', 'Belarus', 'troops', 'probable', ['Western analysts']]);
  });

  it('reads "put losses at …" as a count of losses', () => {
    expect(claimWith('British intelligence put Russian losses at 3,000.', '3,000').quantity?.unit).toBe('losses');
  });

  it('takes no recipient from context for troops sent to the sender’s own border', () => {
    const c = claimWith('Russia deployed troops to Belarus. Poland responded by sending an additional 2,000 soldiers to its eastern border.', '2,000');
    expect(roles(c)).toEqual(['deploy', 'Poland', null]);
  });
});

describe('destinations that are no one in particular', () => {
  it('takes no recipient from context for arms denied "to any party"', () => {
    const text = 'Russia buys drones from Iran. "We have never provided lethal weapons to any party in the conflict," the spokesperson said.';
    expect(claimWith(text, 'lethal weapons').recipient).toBeNull();
  });
});

describe('context across a report on purchased drones', () => {
  const text =
    'In July, we warned that Iran would sell drones to Russia. In September, Russia transferred drones that it had purchased from Iran into Crimea. ' +
    'Russia has received dozens of drones so far.';

  it('takes neither the seller nor a region as where the drones went', () => {
    expect(claimsOf(text, '2022-10-20').find((c) => c.trigger?.text === 'transferred')?.recipient).toBeNull();
  });

  it('takes the last giver other than the receiver itself as the giver', () => {
    expect(roles(claimWith(text, 'dozens', '2022-10-20'))).toEqual(['transfer', 'Iran', 'Russia']);
  });
});

describe('forces named before the people, places a relative clause hangs on, more of the same', () => {
  it.each<[string, string, Want]>([
    ['Around 100 Russian military instructors arrived in Burkina Faso in January.', '100', ['deploy', 'Russia', 'Burkina Faso']],
    ['Houthi fighters were sent to Sudan.', 'Houthi fighters', ['deploy', 'Houthis', 'Sudan']],
    ['In Mali, where Wagner fighters have been deployed since 2021, the army said it had killed 30 militants.', 'Wagner fighters', ['deploy', 'Wagner Group', 'Mali']],
    ['Around 100 Russian military instructors arrived in Burkina Faso in January. A further 200 are expected by the end of the month.', '200', ['deploy', 'Russia', 'Burkina Faso']],
  ])('%s', (text, marker, want) => {
    expect(roles(claimWith(text, marker, '2024-02-10'))).toEqual(want);
  });
});

describe('a report on pledged aid', () => {
  const text =
    'BERLIN (AP) — Germany will provide Ukraine with a new military aid package worth 500 million euros ($540 million), Chancellor Olaf Scholz announced Thursday. ' +
    'Meanwhile, the Netherlands said it would deliver the first six of 24 promised F-16 fighter jets in the coming weeks. Denmark has already handed over 19 jets.';
  const claims = () => claimsOf(text, '2024-05-30');

  it('reads a package the verb provides with the verb’s tense (an amount converted in brackets is claimed as written)', () => {
    const money = claims().filter((c) => c.quantity && /^[A-Z]{3}$/.test(c.quantity.unit ?? ''));
    expect(money.map((c) => [c.quantity!.min, c.quantity!.unit, c.status])).toEqual([
      [500_000_000, 'EUR', 'planned'],
      [540_000_000, 'USD', 'planned'],
    ]);
  });

  it('does not carry a side’s word about its own deliveries to another side’s', () => {
    expect(names(claimWith(text, '19', '2024-05-30'))).toEqual([]);
  });
});

describe('civilians on the move', () => {
  it.each<[string, string, Want]>([
    ['Poland hosts about 950,000 Ukrainian refugees.', '950,000', ['other', 'Ukraine', 'Poland']],
    ['Belarus hosts about 1,500 Wagner fighters.', '1,500', ['deploy', 'Wagner Group', 'Belarus']],
    // a figure in apposition counts what the count before it counted
    ['More than 6 million Ukrainians have fled abroad, with Poland hosting the largest number, about 950,000.', '950,000', ['other', 'Ukraine', 'Poland']],
    ['More than 6 million Ukrainians have fled abroad, with Poland hosting the largest number, about 950,000.', '6 million', ['other', 'Ukraine', null]],
  ])('%s', (text, marker, want) => {
    expect(roles(claimWith(text, marker))).toEqual(want);
  });
});

describe('parts of a country', () => {
  it('names "eastern Russia" as where, with Russia the recipient', () => {
    const c = claimWith('North Korea has sent around 10,000 soldiers to train in eastern Russia.', '10,000', '2024-10-28');
    expect([...roles(c), c.location?.name]).toEqual(['deploy', 'North Korea', 'Russia', 'eastern Russia']);
  });

  it('takes people killed in a region of a country as that country’s', () => {
    expect(roles(claimWith('Russia shelled towns in southern Ukraine, killing 12 civilians.', '12'))).toEqual(['casualties', 'Ukraine', null]);
  });
});

describe('a report on a purchase', () => {
  const text =
    'Serbia signs deal to buy 12 Rafale jets from France\n\nBELGRADE, Aug 29 (Reuters) - Serbia signed a contract on Thursday to buy 12 Rafale fighter jets from France, President Aleksandar Vucic said.\n\n' +
    'Serbia has bought most of its equipment from Russia. It took delivery of six Chinese CH-92A combat drones in 2020.';
  const claims = () => claimsOf(text, '2024-08-29');

  it('reads the signed purchase as one done agreement, without a bare "signed a contract" beside it', () => {
    const deals = claims().filter((c) => c.event === 'agreement' && c.quantity?.min === 12);
    expect(deals.map((c) => [c.agent?.name, c.recipient?.name, c.status])).toEqual([
      ['France', 'Serbia', 'done'],
      ['France', 'Serbia', 'done'],
    ]);
    expect(claims().filter((c) => c.event === 'agreement' && !c.recipient)).toEqual([]);
  });

  it('reads "It took delivery of six Chinese drones" as a transfer from China to the subject before', () => {
    expect(roles(claimWith(text, 'CH-92A', '2024-08-29'))).toEqual(['transfer', 'China', 'Serbia']);
  });
});

describe('a package announced with its contents', () => {
  const text =
    'WASHINGTON — The Biden administration on Monday announced a new $725 million military aid package for Ukraine that includes HIMARS munitions, Stinger missiles and cluster munitions, the Pentagon said.';

  it('counts the money and lists what the package includes, sourced to who said so', () => {
    const claims = claimsOf(text, '2024-12-02');
    expect(claims.map((c) => [c.quantity?.unit ?? c.theme, c.agent?.name, c.recipient?.name, names(c).join('>')])).toEqual([
      ['USD', 'United States', 'Ukraine', 'Pentagon'],
      ['HIMARS munitions', 'United States', 'Ukraine', 'Pentagon'],
      ['Stinger missiles', 'United States', 'Ukraine', 'Pentagon'],
      ['cluster munitions', 'United States', 'Ukraine', 'Pentagon'],
    ]);
  });
});

describe('money earned from a deployment', () => {
  it('reads money a sender earned as paid by the side it sent to', () => {
    const text = 'North Korea sent 10,000 workers to Russia. Pyongyang had earned at least $20 million from the dispatch.';
    expect(roles(claimWith(text, '$20 million', '2025-09-02'))).toEqual(['transfer', 'Russia', 'North Korea']);
  });

  it('makes no transfer of praise earned', () => {
    expect(claimsOf('The general earned praise for his leadership.')).toEqual([]);
  });
});

describe('what goods are near', () => {
  it('is not where they went', () => {
    const claims = claimsOf('Russia delivered S-400 systems to Belarus. The systems will be deployed near the border with Ukraine.');
    expect(claims.map((c) => c.recipient?.name)).not.toContain('Ukraine');
  });
});

describe('two sides firing', () => {
  it('reads "X and Y exchanged fire" as combat between them', () => {
    expect(claimsOf('Armenia and Azerbaijan exchanged fire overnight.').map(roles)).toEqual([['combat', 'Armenia', 'Azerbaijan']]);
  });
});

describe('a deal struck', () => {
  it('is one done agreement with the goods, not a bare one beside it', () => {
    const claims = claimsOf('Iran struck a deal with Russia to buy Su-35 jets.');
    expect(claims.map((c) => [...roles(c), c.theme, c.status])).toEqual([['agreement', 'Russia', 'Iran', 'Su-35 jets', 'done']]);
  });
});

describe('a running total after a free participle', () => {
  it('belongs to the subject of the sentence, not the noun before the comma', () => {
    const text = 'The European Union has approved a new €5 billion tranche of military aid for Ukraine, bringing its total support to €11 billion.';
    expect(roles(claimWith(text, '11'))).toEqual(['transfer', 'European Union', 'Ukraine']);
  });
});

describe('a part of a whole, and a whole another side launched', () => {
  it('reads "shot down 30 of the 42 drones Russia launched" as two counts of drones, each with its side', () => {
    const claims = claimsOf("Ukraine's air force said it shot down 30 of the 42 drones Russia launched overnight.", '2024-10-05');
    expect(claims.map((c) => [c.event, c.agent?.name, c.quantity?.min, c.quantity?.unit])).toEqual([
      ['combat', 'Ukraine', 30, 'drones'],
      ['combat', 'Russia', 42, 'drones'],
    ]);
  });
});
