import { describe, expect, it } from 'vitest';
import { makeDoc } from '../src/doc.js';
import { segment } from '../src/stages/segment.js';

const sentencesOf = (text: string) => {
  const { sentences, tokens } = segment(makeDoc(text));
  for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  return sentences.map((s) => ({ text: text.slice(s.start, s.end), headline: s.headline, paragraph: s.paragraph }));
};

describe('segmentation', () => {
  it('keeps abbreviations inside sentences', () => {
    expect(sentencesOf('Rep. Park Sun-won told the U.S. envoy on Jan. 5 that Gen. Kim had left. Mr. Lee agreed.').map((s) => s.text)).toEqual([
      'Rep. Park Sun-won told the U.S. envoy on Jan. 5 that Gen. Kim had left.',
      'Mr. Lee agreed.',
    ]);
  });

  it('does not split a name with a dot and no space', () => {
    expect(sentencesOf('According to Censor.NET, this was stated by the minister. He left.').map((s) => s.text)).toEqual([
      'According to Censor.NET, this was stated by the minister.',
      'He left.',
    ]);
  });

  it('ends a sentence at every line break, marks headlines and cuts off a dateline', () => {
    const s = sentencesOf('Russia moves troops to border\n\nMOSCOW (Reuters) — Russia moved 2,000 troops on Monday.\nOfficials declined to comment.');
    expect(s.map((x) => [x.text, x.headline, x.paragraph])).toEqual([
      ['Russia moves troops to border', true, 0],
      ['MOSCOW (Reuters) —', false, 1],
      ['Russia moved 2,000 troops on Monday.', false, 1],
      ['Officials declined to comment.', false, 2],
    ]);
  });

  it('keeps offsets exact with typographic quotes, dashes and non-ASCII text', () => {
    const text = '“We’re ready,” said Tomáš Poyar — Czechia’s adviser. 北 Korea?';
    const { tokens } = segment(makeDoc(text));
    expect(tokens.map((t) => t.text).join('')).toBe(text.replace(/\s+/g, ''));
  });

  it('normalises apostrophes in the lower-case form', () => {
    const { tokens } = segment(makeDoc('Korea’s troops haven’t left.'));
    expect(tokens.map((t) => t.lower)).toContain("n't");
  });
});

describe('datelines', () => {
  it('makes a dateline opening a paragraph a sentence of its own', () => {
    const text = 'KHARTOUM, March 3 (Reuters) - The army said it had retaken the palace. Fighting went on.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual(['KHARTOUM, March 3 (Reuters) -', 'The army said it had retaken the palace.', 'Fighting went on.']);
    const { tokens, sentences } = segment(makeDoc(text));
    expect(tokens.every((t, i) => sentences[t.sentence].first <= i && i < sentences[t.sentence].last)).toBe(true);
  });

  it('cuts off a place in capitals before a dash', () => {
    expect(sentencesOf('WASHINGTON — The Pentagon announced a new package.').map((s) => s.text)).toEqual(['WASHINGTON —', 'The Pentagon announced a new package.']);
    expect(sentencesOf('NATO allies — and partners — met.')).toHaveLength(1);
  });

  it('leaves a bracket and a dash inside a sentence alone', () => {
    expect(sentencesOf('The army said the agency (AFP) — and others — reported it.')).toHaveLength(1);
  });
});
