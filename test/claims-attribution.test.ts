import { describe, expect, it } from 'vitest';
import { claimWith, claimsOf, names } from './claims-helpers.js';

describe('attribution chains, original source first', () => {
  it.each<[string, string, string[]]>([
    // the outlet's own voice
    ['North Korea sent 2,000 engineers to Russia in March.', '2,000', []],
    // subject before the cue, with "that"
    ['Ukraine’s military intelligence said that Russia had deployed 4,000 conscripts to Belgorod.', '4,000', ['Defence Intelligence of Ukraine']],
    // the subject of "is pleased to report", "am proud to announce"
    ["Poland's defence ministry is pleased to report that 40 tanks have arrived in Kyiv.", '40', ['Ministry of Defence of Poland']],
    // a cue word after no comma or quote is no inverted cue: "suspected militants", "previously announced funds"
    ['Nine people were wounded when suspected militants fired 12 rockets into the camp.', '12', []],
    ['The ministry is redirecting $30 million in previously announced funds to Moldova.', '$30 million', []],
    // "the committee" refers back to the committee named before
    ['A local resistance committee said the militia killed 20 people. The committee said 40 homes were burned down and 9 men were abducted.', '9', ['local resistance committee']],
    // a name in apposition after the description it completes
    ['A spokeswoman for the Arakan Army, Mya Thandar, said the group had captured 40 soldiers.', '40', ['Arakan Army', 'Mya Thandar']],
    ['The group had captured 40 soldiers, a spokeswoman for the Arakan Army, Mya Thandar, said.', '40', ['Arakan Army', 'Mya Thandar']],
    // "a spokesman for the group": the group named before
    ['Fighters of the Arakan Army captured 40 soldiers near Sittwe, a spokesman for the group said.', '40', ['Arakan Army', 'spokesman for the group']],
    // "according to a spokesman for X": the description keeps its "for" phrase
    ['Forty soldiers were captured near Sittwe, according to a spokesman for the Arakan Army.', 'Forty', ['Arakan Army']],
    // trailing cue
    ['Russia moved 1,200 paratroopers to Crimea last week, the Pentagon said on Friday.', '1,200', ['Pentagon']],
    // a body the lexicon does not name, owned by a country: named with the demonym, as the eval names it
    ["Chile's disaster relief agency said 40 rescuers had been sent to Bolivia.", '40', ['Chilean disaster relief agency']],
    // inverted trailing cue
    ['Iran shipped 300 drones to Russia in May, said Volodymyr Zelensky.', '300', ['Volodymyr Zelensky']],
    // "according to" at the start
    ['According to the National Intelligence Service, North Korea plans to send 3,000 more troops to Russia.', '3,000', ['National Intelligence Service']],
    // nested: the agency informed a committee …, according to a lawmaker
    ['The National Intelligence Service told a parliamentary committee that 1,500 soldiers would leave in May, according to Rep. Kim Byung-kee.', '1,500', ['National Intelligence Service', 'Kim Byung-kee']],
    // "quoted X as saying"
    ['Rep. Kim Byung-kee quoted the National Intelligence Service as saying that North Korea had sent 800 technicians to Russia.', '800', ['National Intelligence Service', 'Kim Byung-kee']],
    // relay: an agency reported, citing officials
    ['Some 600 North Korean soldiers were wounded in January, Yonhap reported, citing military officials.', '600', ['military officials', 'Yonhap']],
    // collective sources are one source
    ['Polish, Lithuanian, and Latvian officials said Belarus hosted 5,000 Russian troops.', '5,000', ['Polish, Lithuanian, and Latvian officials']],
  ])('%s', (text, marker, want) => {
    expect(names(claimWith(text, marker))).toEqual(want);
  });

  it('carries the speaker of a quotation into the sentences it spans', () => {
    const text = '“The regiment lost 90 men in two days. Another 200 were wounded,” said General Oleksandr Tarnavskyi.';
    expect(names(claimWith(text, '90'))).toEqual(['Oleksandr Tarnavskyi']);
    expect(names(claimWith(text, '200'))).toEqual(['Oleksandr Tarnavskyi']);
  });

  it('resolves "he" to the last person who spoke', () => {
    const text = 'Rep. Park Sun-won briefed reporters on Tuesday. He said North Korea had sent 2,500 workers to Russia.';
    expect(names(claimWith(text, '2,500'))).toEqual(['Park Sun-won']);
  });

  it('puts who briefed a source before that source', () => {
    const text = 'At least 50 North Korean soldiers have been killed, says lawmaker Lee Seong-kweun, who was briefed by the National Intelligence Service.';
    expect(names(claimWith(text, '50'))[0]).toBe('National Intelligence Service');
  });

  it('keeps a spokesperson with the institution they speak for', () => {
    const text = 'Pentagon Press Secretary Pat Ryder said the United States had sent 20 Patriot interceptors to Poland.';
    expect(names(claimWith(text, '20'))).toEqual(['Pentagon', 'Pat Ryder']);
  });

  it('does not take a demonstrative for a source', () => {
    const text = 'This indicates that Russia delivered 12 helicopters to Mali.';
    expect(names(claimWith(text, '12'))).toEqual([]);
  });

  it('continues a report announced ahead into the next sentence of figures, not after a closing cue', () => {
    const ahead = 'According to the National Intelligence Service, North Korea will send 3,000 troops to Russia. About 1,000 engineers have already arrived in Russia.';
    expect(names(claimWith(ahead, '1,000'))).toEqual(['National Intelligence Service']);
    const closed = 'North Korea will send 3,000 troops to Russia, the National Intelligence Service said. North Korea has already sent 11,000 soldiers to Russia.';
    expect(names(claimWith(closed, '11,000'))).toEqual([]);
  });
});

describe('attribution: more patterns', () => {
  it('takes who briefed the cited sources as the original source', () => {
    const text = 'About 300 North Korean soldiers were killed in March, Yonhap reported, citing lawmakers briefed by the National Intelligence Service.';
    expect(names(claimWith(text, '300'))).toEqual(['National Intelligence Service', 'lawmakers', 'Yonhap']);
  });

  it('puts the outlet after the officials who told it', () => {
    const text = 'US officials told the New York Times that Russia had lost 40,000 soldiers near Bakhmut.';
    expect(names(claimWith(text, '40,000'))).toEqual(['US officials', 'New York Times']);
  });

  it('takes the issuer of a study that a whole article retells as the source of its figures', () => {
    const text = 'According to Ukrinform, this is stated in the Aid Monitor study, which is published by the Kiel Institute for the World Economy.\n\nDenmark has allocated €1.2 billion in aid to Ukraine.';
    expect(names(claimWith(text, '1.2'))).toEqual(['Kiel Institute for the World Economy']);
  });
});

describe('attribution: estimates and what is not a source', () => {
  it('takes "put the number of … at N" as an estimate by its subject', () => {
    const text = 'Pentagon spokesman Pat Ryder put the number of Russian troops in Belarus at about 9,000 on Monday.';
    expect(names(claimWith(text, '9,000'))).toEqual(['Pentagon', 'Pat Ryder']);
  });

  it('does not take a plan for a source', () => {
    expect(names(claimWith('According to the plan, 2,000 workers may be sent to Russia.', '2,000'))).toEqual([]);
  });

  it('names an agency by the name in apposition', () => {
    const text = 'Belarus sent 400 trucks to Russia, according to Russia’s state news agency, TASS.';
    expect(names(claimWith(text, '400'))).toEqual(['TASS']);
  });
});

describe('attribution: the speaker’s own information', () => {
  it('does not make "our information" a source of its own', () => {
    const text = 'Our information indicates that Iran is preparing to provide Russia with up to 300 drones.';
    expect(names(claimWith(text, '300'))).toEqual([]);
  });
});

describe('attribution: passive reporting verbs', () => {
  it.each<[string, string, string[]]>([
    // the subject of a passive cue is what was reported
    ['The dispatch of 700 engineers to Russia was announced on Friday.', '700', []],
    ['A deal for 24 Su-35 fighters was officially confirmed last week.', '24', []],
    // a by-phrase names the source
    ['The dispatch of 700 engineers to Russia was announced by the Pentagon on Friday.', '700', ['Pentagon']],
    // an adjectival cue with a clause after it keeps its subject
    ['Japan is concerned that Russia may supply 50 fighter jets to North Korea.', '50', ['Japan']],
  ])('%s', (text, marker, want) => {
    expect(names(claimWith(text, marker))).toEqual(want);
  });
});

describe('attribution: who denies or admits doing it', () => {
  it.each<[string, string, string | null, string[], string]>([
    ['Iran has repeatedly denied supplying drones to Russia.', 'drones', 'Iran', ['Iran'], 'negative'],
    ['Belarus admitted sending 30 trucks of fuel to Russia.', '30', 'Belarus', ['Belarus'], 'positive'],
    ['Pyongyang confirmed dispatching engineers to Russia in April.', 'engineers', 'North Korea', ['North Korea'], 'positive'],
  ])('%s', (text, marker, agent, sources, polarity) => {
    const c = claimWith(text, marker);
    expect([c.agent?.name ?? null, names(c), c.polarity]).toEqual([agent, sources, polarity]);
  });
});

describe('datelines and accusations', () => {
  it('never reads the dateline place as the one who acts', () => {
    const text = 'PORT SUDAN, May 12 (AFP) — Sudan’s army accused the United Arab Emirates on Sunday of supplying the Rapid Support Forces with drones.';
    const c = claimsOf(text, '2025-05-12')[0];
    expect([c.agent?.name, c.recipient?.name, names(c)]).toEqual(['United Arab Emirates', 'Rapid Support Forces', ['Sudanese Armed Forces']]);
    expect(c.evidence.text).not.toMatch(/PORT SUDAN/);
  });
});

describe('reports cited and reports named', () => {
  it('reads "cited X as saying that" like "quoted X as saying"', () => {
    const c = claimWith('The newspaper cited European officials as saying that at least 20 shipments of engines had been delivered to Russia.', '20');
    expect(names(c)).toEqual(['European officials', 'newspaper']);
  });

  it('does not read "a report that" as someone reporting', () => {
    const claims = claimsOf('The ministry rejected a report that Chinese companies had shipped drone engines to Russia.');
    expect(claims.flatMap((c) => c.sources.map((s) => s.name))).not.toContain('a');
  });
});

describe('closing cues with a listener and what follows it', () => {
  it.each([
    'North Korea will send troops to Russia, the NIS told lawmakers Monday.',
    'North Korea will send troops to Russia, the NIS told lawmakers after a closed-door briefing.',
  ])('%s', (text) => {
    expect(names(claimWith(text, 'troops', '2024-11-04'))).toEqual(['National Intelligence Service']);
  });

  it('nests a source reported inside a closing cue', () => {
    const c = claimWith('The NIS said at least 1,100 North Korean soldiers have been killed or wounded, Rep. Lee Seong-kweun told reporters after a closed-door briefing.', '1,100', '2024-11-04');
    expect(names(c)).toEqual(['National Intelligence Service', 'Lee Seong-kweun']);
  });
});

describe('sources with the place they sit in', () => {
  it('names the institution, not the city ("the Ministry of Defence in London")', () => {
    expect(names(claimWith('A British warship shot down three drones, the Ministry of Defence in London said.', 'three'))).toEqual(['UK Ministry of Defence']);
  });

  it('keeps the city for sources that name no institution ("officials in Kyiv")', () => {
    expect(names(claimWith('Iran sent 40 drones to Russia, officials in Kyiv said.', '40'))).toEqual(['Ukraine']);
  });
});

describe('a source described by role and party', () => {
  it('reads "the lawmaker" as the person introduced with a party, not the party', () => {
    const text = 'Rep. Park Sun-won of the Democratic Party said the workers were mostly assigned to construction sites. The National Intelligence Service also believes that some 2,000 North Korean soldiers remain in Russia, the lawmaker said.';
    expect(names(claimWith(text, '2,000', '2025-09-02'))).toEqual(['National Intelligence Service', 'Park Sun-won']);
  });
});

describe('headlines that say "- report"', () => {
  it('take the sources the body gives for the same event', () => {
    const text = 'Iran to receive first Su-35 fighter jets from Russia - report\n\nIranian media reported on Saturday that Iran will receive Russian Su-35 fighter jets in the coming days.';
    expect(claimsOf(text, '2024-04-20').map(names)).toEqual([['Iranian media'], ['Iranian media']]);
  });

  it('stay with no source when the body names none for that event', () => {
    const text = 'Iran to receive first Su-35 fighter jets from Russia - report\n\nThe jets are due in May.';
    expect(names(claimsOf(text, '2024-04-20')[0])).toEqual([]);
  });
});
