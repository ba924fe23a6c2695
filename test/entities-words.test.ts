import { describe, expect, it } from 'vitest';
import { nextWord } from '../src/stages/entities/words.js';

// The scanner is the regular expression below written out by hand; both must cut every text alike.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’/&](?=[\p{L}\p{N}])|(?<=[\p{Lu}\p{N}])\.(?=[\p{L}\p{N}])|(?<=\p{Ll})\.(?=[\p{Ll}\p{N}]))*/gu;

const byRegex = (text: string) => [...text.matchAll(WORD)].map((m) => [m.index!, m.index! + m[0].length]);
function byScanner(text: string) {
  const out: number[][] = [];
  for (let w = nextWord(text, 0); w; w = nextWord(text, w.end)) out.push([w.start, w.end]);
  return out;
}

describe('word scanner', () => {
  it.each([
    'Rep. Park Sun-won told the U.S. Senate',
    'the Gaza Strip.US Secretary met Censor.NET and Ukrinform.ua',
    'RFE/RL, AT&T, Tomáš Petříček, Ghedini-Williams',
    "Russia’s and Seoul's; rock'n'roll - -dash- x-",
    '10,000-12,000 troops; 2.5 billion; v1.2.3; e.g. i.e.',
    'Zelensky’s aide—Yermak—said … «quoted» 𝐀𝐁𝐂 𝟏𝟐 emoji 😀 here',
    'cafe\u0301 nai\u0308ve ٣٤٥ 北朝鮮 Ελλάδα. Ελλάδα.Λ',
    '',
    '...',
  ])('%j', (text) => {
    expect(byScanner(text)).toEqual(byRegex(text));
  });

  it('agrees with the regex on random text', () => {
    const alphabet = ['a', 'Z', 'é', 'É', '\u0301', '7', '٣', '.', '-', "'", '’', '/', '&', ' ', ',', '\n', '𝐀', '😀', 'ß', 'ǅ'];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    for (let k = 0; k < 2000; k++) {
      let text = '';
      const len = Math.floor(rand() * 20);
      for (let c = 0; c < len; c++) text += alphabet[Math.floor(rand() * alphabet.length)];
      expect(byScanner(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});
