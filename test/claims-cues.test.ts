// The cue readers of attribution.ts (CUE_READERS), one table: each reader run alone on the site of a
// reporting verb (cueSite), where its construction applies and where it does not (undefined: not
// this construction; null: the cue attributes nothing). A cell reads: kind [sources, original first]
// "content". Every sentence is written for this test.
import { describe, expect, it } from 'vitest';
import { CUE_READERS, findAttributions } from '../src/stages/claims/attribution.js';
import { attributionText, cueSiteAt, viewOf } from './claims-direct.js';

type Case = [reader: string, sign: '+' | '-', text: string, cue: string, want: string | null | undefined];

const CASES: Case[] = [
  // "This was reported by X": X is the source of the sentence before
  ['passiveBy', '+', 'Two frigates were sold to Greece. This was reported by Kathimerini.', 'reported', 'passive [Kathimerini] "Two frigates were sold to Greece."'],
  ['passiveBy', '-', 'The Pentagon confirmed the strike.', 'confirmed', undefined],
  ['quotedAs', '+', 'Reuters quoted the ministry as saying that 40 tanks had arrived.', 'quoted', 'verb [the ministry < Reuters] "40 tanks had arrived."'],
  ['quotedAs', '-', "Reuters quoted the ministry's statement.", 'quoted', undefined],
  // a participle after a comma shares the subject of the cue before it
  ['addingThat', '+', 'Patel said the talks had ended, adding that 40 tanks had arrived.', 'adding', 'verb [Patel] "40 tanks had arrived."'],
  ['addingThat', '-', 'The ministry said 40 tanks had arrived.', 'said', undefined],
  // what was announced is no source
  ['passiveWithoutContent', '+', 'The dispatch of 500 medics was announced on Friday.', 'announced', null],
  ['passiveWithoutContent', '-', 'The ministry announced the dispatch of 500 medics.', 'announced', undefined],
  ['subjectSays', '+', 'The ministry said 40 tanks had arrived.', 'said', 'verb [The ministry] "40 tanks had arrived."'],
  ['subjectSays', '+', '40 tanks had arrived, the ministry said.', 'said', 'verb [the ministry] "40 tanks had arrived"'],
  ['subjectSays', '+', 'The ministry announced the dispatch of 500 medics.', 'announced', 'verb [The ministry] "the dispatch of 500 medics"'],
  // a demonstrative is no source; with no subject before the cue the construction does not apply
  ['subjectSays', '-', 'This indicates that talks have stalled.', 'indicates', null],
  ['subjectSays', '-', '40 tanks had arrived, said Lee.', 'said', undefined],
  ['inverted', '+', '40 tanks had arrived, said Lee.', 'said', 'verb [Lee] "40 tanks had arrived"'],
  ['inverted', '-', '40 tanks had arrived, the ministry said.', 'said', null],
];

const reader = (name: string) => {
  const r = CUE_READERS.find((x) => x.name === name);
  if (!r) throw new Error(`no cue reader ${name}`);
  return r;
};

describe('attribution.ts, cue reader by cue reader', () => {
  it.each(CASES)('%s %s %s', (name, _sign, text, cue, want) => {
    const { v, site } = cueSiteAt(text, cue);
    expect(attributionText(v, reader(name)(site))).toBe(want);
  });

  it('has a case where each reader applies and one where it does not', () => {
    const lacking = CUE_READERS.map((r) => r.name).filter((n) => !(['+', '-'] as const).every((s) => CASES.some((c) => c[0] === n && c[1] === s)));
    expect(lacking).toEqual([]);
  });

  it('tries the readers in order: the first that applies decides', () => {
    expect(CUE_READERS.map((r) => r.name)).toEqual(['passiveBy', 'quotedAs', 'addingThat', 'passiveWithoutContent', 'subjectSays', 'inverted']);
    // the inverted construction reads only a cue after a comma or a quote: it never takes an object
    // for the source ("confirmed the strike", "suspected militants"); the subject reading comes first
    const { site } = cueSiteAt('The Pentagon confirmed the strike.', 'confirmed');
    expect(reader('inverted')(site)).toBeNull();
    const after = cueSiteAt('Forty tanks had arrived, said the Pentagon.', 'said');
    expect(attributionText(after.v, reader('inverted')(after.site))).toBe('verb [the Pentagon] "Forty tanks had arrived"');
    const w = viewOf('The Pentagon confirmed the strike.');
    expect(findAttributions(w).map((a) => attributionText(w, a))).toEqual(['verb [The Pentagon] "the strike"']);
  });
});
