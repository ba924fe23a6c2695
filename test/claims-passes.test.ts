// The passes of document.ts, one table each: every sentence pass (SENTENCE_PASSES) and document pass
// (DOCUMENT_PASSES) run alone on claims written by hand (ClaimOut objects whose evidence points into
// a text written for the test), checking what it changes — a positive case, and a negative one where
// nothing changes.
import { describe, expect, it } from 'vitest';
import type { ActorRef, ClaimOut, SourceOut } from '../src/format.js';
import { DOCUMENT_PASSES, SENTENCE_PASSES, type DocContext } from '../src/stages/claims/document.js';
import type { DocView } from '../src/stages/claims/view.js';
import { refineContext, viewOf } from './claims-direct.js';

const country = (code: string, name: string): ActorRef => ({ id: `country:${code}`, name });
const POLAND = country('PL', 'Poland');
const KOREA = country('KR', 'South Korea');
const RUSSIA = country('RU', 'Russia');
const BELARUS = country('BY', 'Belarus');
const RWANDA = country('RW', 'Rwanda');
const MOZAMBIQUE = country('MZ', 'Mozambique');
const CHAD = country('TD', 'Chad');
const GERMANY = country('DE', 'Germany');
const UKRAINE = country('UA', 'Ukraine');

/** A claim whose evidence is the text `evidence` (its n-th occurrence) of the view. */
function claimIn(v: DocView, evidence: string, fields: Partial<ClaimOut> = {}, n = 0): ClaimOut {
  let start = -1;
  for (let k = 0; k <= n; k++) start = v.doc.text.indexOf(evidence, start + 1);
  if (start < 0) throw new Error(`no "${evidence}" in the text`);
  return {
    id: 'c', evidence: { start, end: start + evidence.length, text: evidence }, event: 'transfer', trigger: null, agent: null, recipient: null, location: null,
    theme: null, quantity: null, time: null, sources: [], certainty: 'certain', polarity: 'positive', status: 'done', rules: [], ...fields,
  };
}

/** A counted quantity written at `text` in the view. */
function count(v: DocView, text: string, min: number, unit: string | null): ClaimOut['quantity'] {
  const start = v.doc.text.indexOf(text);
  return { start, end: start + text.length, text, min, max: min, approximate: false, vague: false, bound: null, unit };
}

const sentencePass = (id: string) => SENTENCE_PASSES.find((p) => p.id === id)!;
const documentPass = (id: string) => DOCUMENT_PASSES.find((p) => p.id === id)!;
const docContext = (v: DocView): DocContext => refineContext(v);
const sourceOf = (name: string, cue: string, v: DocView): SourceOut => {
  const start = v.doc.text.indexOf(name);
  return { name, id: null, cue, start, end: start + name.length };
};

/** What a table compares of a claim. */
const look = (c: ClaimOut) => ({ event: c.event, agent: c.agent?.name ?? null, recipient: c.recipient?.name ?? null, theme: c.theme, certainty: c.certainty, sources: c.sources.map((s) => s.name).join(' < '), rules: c.rules.join(' ') });

describe('document.ts, sentence passes (after each sentence)', () => {
  const text = 'Poland signs a $10 billion deal with South Korea for 180 tanks.';

  it('claims:repeats-in-sentence: the verb and its counted noun report one agreement', () => {
    const v = viewOf(text);
    const counted = claimIn(v, 'signs a $10 billion deal', { event: 'agreement', agent: POLAND, recipient: KOREA, quantity: count(v, '$10 billion', 10e9, 'USD') });
    const bare = claimIn(v, 'signs', { event: 'agreement', agent: POLAND, recipient: KOREA });
    const made = [counted, bare];
    sentencePass('claims:repeats-in-sentence').run(made, [], [], 0, docContext(v));
    expect(made).toEqual([counted]);
  });

  it('claims:repeats-in-sentence: another side\'s agreement is no repeat', () => {
    const v = viewOf(text);
    const counted = claimIn(v, 'signs a $10 billion deal', { event: 'agreement', agent: POLAND, recipient: KOREA, quantity: count(v, '$10 billion', 10e9, 'USD') });
    const other = claimIn(v, 'signs', { event: 'agreement', agent: RUSSIA, recipient: KOREA });
    const made = [counted, other];
    sentencePass('claims:repeats-in-sentence').run(made, [], [], 0, docContext(v));
    expect(made).toEqual([counted, other]);
  });

  it('claims:repeats-in-sentence: a definite theme refers back to the move before it', () => {
    const v = viewOf('Russia sent rockets to Belarus last week, and the rockets arrived on Monday.');
    const sent = claimIn(v, 'sent rockets to Belarus', { agent: RUSSIA, recipient: BELARUS, theme: 'rockets' });
    const arrived = claimIn(v, 'the rockets arrived', { agent: RUSSIA, recipient: BELARUS, theme: 'rockets' });
    const made = [sent, arrived];
    sentencePass('claims:repeats-in-sentence').run(made, [], [], 0, docContext(v));
    expect(made).toEqual([sent]);
  });

  const wounded = 'At least 100 soldiers have been killed, and around 1,000 have been wounded.';
  it('theme:elided-from-context: a count written without its noun counts the noun of the count before', () => {
    const v = viewOf(wounded);
    const killed = claimIn(v, 'At least 100 soldiers have been killed', { event: 'casualties', quantity: count(v, 'At least 100 soldiers', 100, 'soldiers') });
    const hurt = claimIn(v, 'around 1,000 have been wounded', { event: 'casualties', quantity: count(v, 'around 1,000', 1000, null) });
    sentencePass('theme:elided-from-context').run([killed, hurt], [], [], 0, docContext(v));
    expect(look(hurt)).toMatchObject({ theme: 'soldiers', rules: 'theme:elided-from-context' });
  });

  it('theme:elided-from-context: not from money, nor from another kind of event', () => {
    const v = viewOf(wounded);
    const money = claimIn(v, 'At least 100 soldiers have been killed', { event: 'casualties', quantity: count(v, 'At least 100 soldiers', 100, 'USD') });
    const moved = claimIn(v, 'At least 100 soldiers have been killed', { event: 'transfer', quantity: count(v, 'At least 100 soldiers', 100, 'soldiers') });
    const hurt = claimIn(v, 'around 1,000 have been wounded', { event: 'casualties', quantity: count(v, 'around 1,000', 1000, null) });
    const before = look(hurt);
    sentencePass('theme:elided-from-context').run([money, moved, hurt], [], [], 0, docContext(v));
    expect(look(hurt)).toEqual(before);
  });

  const estimate = 'Russia deployed 1,500 troops to Belarus. Analysts put the total at 7,000 troops.';
  it('event:figure-of-earlier-count: a figure put on an earlier count is that event', () => {
    const v = viewOf(estimate);
    const deployed = claimIn(v, 'deployed 1,500 troops to Belarus', { event: 'deploy', agent: RUSSIA, recipient: BELARUS, quantity: count(v, '1,500 troops', 1500, 'troops') });
    const total = claimIn(v, '7,000 troops', { event: 'other', quantity: count(v, '7,000 troops', 7000, 'troops'), rules: ['quantity:figure-of-earlier'] });
    sentencePass('event:figure-of-earlier-count').run([total], [deployed], [deployed], 1, docContext(v));
    expect(look(total)).toMatchObject({ event: 'deploy', agent: 'Russia', recipient: 'Belarus', theme: 'troops', rules: 'quantity:figure-of-earlier event:figure-of-earlier-count' });
  });

  it('event:figure-of-earlier-count: the same people make the same kind of move', () => {
    const v = viewOf('Some 6 million people have fled Sudan, with Chad hosting about 950,000.');
    const fled = claimIn(v, 'Some 6 million people have fled Sudan', { event: 'other', agent: country('SD', 'Sudan'), quantity: count(v, 'Some 6 million people', 6e6, 'people') });
    const hosted = claimIn(v, 'Chad hosting about 950,000', { event: 'deploy', recipient: CHAD, quantity: count(v, 'about 950,000', 950000, 'people'), rules: ['quantity:number:digits:unit-figure'] });
    sentencePass('event:figure-of-earlier-count').run([fled, hosted], [], [], 0, docContext(v));
    expect(look(hosted)).toMatchObject({ event: 'other', agent: 'Sudan', rules: 'quantity:number:digits:unit-figure event:same-people-as-earlier-count' });
  });

  it('event:figure-of-earlier-count: with no earlier count of the same unit nothing changes', () => {
    const v = viewOf(estimate);
    const deployed = claimIn(v, 'deployed 1,500 troops to Belarus', { event: 'deploy', agent: RUSSIA, recipient: BELARUS, quantity: count(v, '1,500 troops', 1500, 'tanks') });
    const total = claimIn(v, '7,000 troops', { event: 'other', quantity: count(v, '7,000 troops', 7000, 'troops'), rules: ['quantity:figure-of-earlier'] });
    const before = look(total);
    sentencePass('event:figure-of-earlier-count').run([total], [deployed], [deployed], 1, docContext(v));
    expect(look(total)).toEqual(before);
  });

  it('sources:carried-from-previous-sentence: a report announced ahead runs on over the figures after it', () => {
    const v = viewOf('According to the ministry, Chad plans to send 600 more troops to Niger. Around 200 engineers have already arrived.');
    const plans = claimIn(v, 'send 600 more troops to Niger', { event: 'deploy', agent: CHAD, quantity: count(v, '600 more troops', 600, 'troops'), sources: [sourceOf('the ministry', 'According to', v)] });
    const arrived = claimIn(v, 'Around 200 engineers have already arrived', { event: 'deploy', quantity: count(v, 'Around 200 engineers', 200, 'engineers') });
    sentencePass('sources:carried-from-previous-sentence').run([arrived], [plans], [plans], 1, docContext(v));
    expect(look(arrived)).toMatchObject({ sources: 'the ministry', rules: 'sources:carried-from-previous-sentence' });
  });

  it('sources:carried-from-previous-sentence: a closing "…, X said" ends the report', () => {
    const v = viewOf('Chad plans to send 600 more troops to Niger, the ministry said. Around 200 engineers have already arrived.');
    const plans = claimIn(v, 'send 600 more troops to Niger', { event: 'deploy', agent: CHAD, quantity: count(v, '600 more troops', 600, 'troops'), sources: [sourceOf('the ministry', 'said', v)] });
    const arrived = claimIn(v, 'Around 200 engineers have already arrived', { event: 'deploy', quantity: count(v, 'Around 200 engineers', 200, 'engineers') });
    sentencePass('sources:carried-from-previous-sentence').run([arrived], [plans], [plans], 1, docContext(v));
    expect(look(arrived)).toMatchObject({ sources: '', rules: '' });
  });

  it('certainty:figures-declared-estimates: counts near "The figures are estimates." are probable', () => {
    const v = viewOf('Around 300 soldiers were killed in the fighting. The figures are estimates.');
    const killed = claimIn(v, 'Around 300 soldiers were killed', { event: 'casualties', quantity: count(v, 'Around 300 soldiers', 300, 'soldiers') });
    sentencePass('certainty:figures-declared-estimates').run([killed], [], [], 0, docContext(v));
    expect(look(killed)).toMatchObject({ certainty: 'probable', rules: 'certainty:figures-declared-estimates' });
  });

  it('certainty:figures-declared-estimates: a longer sentence about figures declares nothing', () => {
    const v = viewOf('Around 300 soldiers were killed in the fighting. The figures were released by the army on Monday evening in Khartoum.');
    const killed = claimIn(v, 'Around 300 soldiers were killed', { event: 'casualties', quantity: count(v, 'Around 300 soldiers', 300, 'soldiers') });
    sentencePass('certainty:figures-declared-estimates').run([killed], [], [], 0, docContext(v));
    expect(look(killed)).toMatchObject({ certainty: 'certain', rules: '' });
  });
});

describe('document.ts, document passes (after the whole document)', () => {
  it('sources:source-of-the-article: a report that retells one source gives it to the claims after it', () => {
    const v = viewOf('Sweden sent 300 trucks to Ukraine in 2024. This was reported by the Nordic Institute. Norway sent 200 more trucks.');
    const later = claimIn(v, 'Norway sent 200 more trucks', { quantity: count(v, '200 more trucks', 200, 'trucks') });
    documentPass('sources:source-of-the-article').run([later], docContext(v));
    expect(look(later)).toMatchObject({ sources: 'Nordic Institute', rules: 'sources:source-of-the-article' });
  });

  it('sources:source-of-the-article: a claim with a source of its own keeps it', () => {
    const v = viewOf('Sweden sent 300 trucks to Ukraine in 2024. This was reported by the Nordic Institute. Norway sent 200 more trucks, Oslo said.');
    const later = claimIn(v, 'Norway sent 200 more trucks', { quantity: count(v, '200 more trucks', 200, 'trucks'), sources: [sourceOf('Oslo', 'said', v)] });
    documentPass('sources:source-of-the-article').run([later], docContext(v));
    expect(look(later)).toMatchObject({ sources: 'Oslo', rules: '' });
  });

  const LAOS = country('LA', 'Laos');
  it('sources:headline-reported-in-body: "- report" takes the sources the body gives', () => {
    const v = viewOf('Laos to receive first jets from Russia - report\n\nLaos will receive 20 jets from Russia this year, the Vientiane Times reported.');
    const head = claimIn(v, 'Laos to receive first jets from Russia', { agent: RUSSIA, recipient: LAOS });
    const body = claimIn(v, 'Laos will receive 20 jets from Russia', { agent: RUSSIA, recipient: LAOS, sources: [sourceOf('the Vientiane Times', 'reported', v)] });
    documentPass('sources:headline-reported-in-body').run([head, body], docContext(v));
    expect(look(head)).toMatchObject({ sources: 'the Vientiane Times', rules: 'sources:headline-reported-in-body' });
  });

  it('sources:headline-reported-in-body: a headline that does not say it is reported stays the outlet\'s', () => {
    const v = viewOf('Laos to receive first jets from Russia\n\nLaos will receive 20 jets from Russia this year, the Vientiane Times reported.');
    const head = claimIn(v, 'Laos to receive first jets from Russia', { agent: RUSSIA, recipient: LAOS });
    const body = claimIn(v, 'Laos will receive 20 jets from Russia', { agent: RUSSIA, recipient: LAOS, sources: [sourceOf('the Vientiane Times', 'reported', v)] });
    documentPass('sources:headline-reported-in-body').run([head, body], docContext(v));
    expect(look(head)).toMatchObject({ sources: '', rules: '' });
  });

  const rotation = 'Rwanda to send 2,000 more troops to Mozambique\n\nRwanda will send 2,000 more troops to Mozambique, officials said. A first group of 600 is expected in October.';
  const rotationClaims = (v: DocView, third: Partial<ClaimOut>) => [
    claimIn(v, 'send 2,000 more troops to Mozambique', { event: 'deploy', agent: RWANDA, recipient: MOZAMBIQUE }, 0),
    claimIn(v, 'send 2,000 more troops to Mozambique', { event: 'deploy', agent: RWANDA, recipient: MOZAMBIQUE }, 1),
    claimIn(v, 'A first group of 600 is expected', { event: 'deploy', quantity: count(v, '600', 600, null), ...third }),
  ];

  it('agent:main-actor-of-the-report: a claim naming no side takes the one the report names most for such events', () => {
    const v = viewOf(rotation);
    const claims = rotationClaims(v, {});
    documentPass('agent:main-actor-of-the-report').run(claims, docContext(v));
    expect(look(claims[2])).toMatchObject({ agent: 'Rwanda', rules: 'agent:main-actor-of-the-report' });
  });

  it('agent:main-actor-of-the-report: not for another kind of event', () => {
    const v = viewOf(rotation);
    const claims = rotationClaims(v, { event: 'casualties' });
    documentPass('agent:main-actor-of-the-report').run(claims, docContext(v));
    expect(look(claims[2])).toMatchObject({ agent: null, rules: '' });
  });

  const aid = 'Germany to send 40 tanks to Ukraine\n\nGermany will send 40 tanks to Ukraine, Berlin said. Another 12 howitzers will follow in May.';
  const aidClaims = (v: DocView, third: Partial<ClaimOut>) => [
    claimIn(v, 'send 40 tanks to Ukraine', { agent: GERMANY, recipient: UKRAINE }, 0),
    claimIn(v, 'send 40 tanks to Ukraine', { agent: GERMANY, recipient: UKRAINE }, 1),
    claimIn(v, 'Another 12 howitzers will follow', { quantity: count(v, 'Another 12 howitzers', 12, 'howitzers'), ...third }),
  ];

  it('agent:receiver-is-no-giver: a giver only the context gave, the report\'s main receiver, turns receiver', () => {
    const v = viewOf(aid);
    const claims = aidClaims(v, { agent: UKRAINE, rules: ['agent:from-context'] });
    documentPass('agent:receiver-is-no-giver').run(claims, docContext(v));
    expect(look(claims[2])).toMatchObject({ agent: 'Germany', recipient: 'Ukraine', rules: 'agent:from-context agent:receiver-is-no-giver' });
  });

  it('agent:receiver-is-no-giver: a giver the sentence named stays', () => {
    const v = viewOf(aid);
    const claims = aidClaims(v, { agent: UKRAINE, rules: ['agent:slot:subject'] });
    documentPass('agent:receiver-is-no-giver').run(claims, docContext(v));
    expect(look(claims[2])).toMatchObject({ agent: 'Ukraine', recipient: null, rules: 'agent:slot:subject' });
  });

  it('recipient:main-recipient-of-the-report: a move with no receiver goes to the report\'s main one', () => {
    const v = viewOf(rotation);
    const claims = rotationClaims(v, { agent: RWANDA });
    documentPass('recipient:main-recipient-of-the-report').run(claims, docContext(v));
    expect(look(claims[2])).toMatchObject({ recipient: 'Mozambique', rules: 'recipient:main-recipient-of-the-report' });
  });

  it('recipient:main-recipient-of-the-report: a move to its own territory keeps no receiver', () => {
    const v = viewOf(rotation);
    const claims = rotationClaims(v, { agent: RWANDA, rules: ['recipient:own-territory'] });
    documentPass('recipient:main-recipient-of-the-report').run(claims, docContext(v));
    expect(look(claims[2])).toMatchObject({ recipient: null, rules: 'recipient:own-territory' });
  });
});

describe('the pass lists', () => {
  it('runs the passes in this order', () => {
    expect(SENTENCE_PASSES.map((p) => p.id)).toEqual(['claims:repeats-in-sentence', 'theme:elided-from-context', 'event:figure-of-earlier-count', 'sources:carried-from-previous-sentence', 'certainty:figures-declared-estimates']);
    expect(DOCUMENT_PASSES.map((p) => p.id)).toEqual(['sources:source-of-the-article', 'sources:headline-reported-in-body', 'agent:main-actor-of-the-report', 'agent:receiver-is-no-giver', 'recipient:main-recipient-of-the-report']);
  });
});
