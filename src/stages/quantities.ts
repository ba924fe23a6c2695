// Counted quantities: numbers, ranges, approximations, vague amounts, money, and their unit.
// Numbers that are not counts (years, percentages, durations, ages, measures, designators) are
// kept with their kind, so a reader sees why they are not claims; the claim layer uses counts and money.
import type { Doc } from '../doc.js';
import type { QuantityOut } from '../format.js';
import type { Stage } from '../pipeline.js';
import { loadList } from '../lexicons/load.js';
import { scanSentence } from './quantities/scan.js';
import { readUnit } from './quantities/unit.js';

let peopleNouns: Set<string> | null = null;

/** "the number of X" before token `i` in its sentence, with no other count between: X's span. */
function numberOfBefore(tokens: Doc['tokens'] & object, i: number, sentence: number): { start: number; end: number } | null {
  for (let k = i - 2; k >= 0 && tokens[k].sentence === sentence; k--) {
    if (tokens[k].pos === 'NUM') return null;
    if (!['number', 'total', 'count'].includes(tokens[k].lower) || tokens[k + 1]?.lower !== 'of') continue;
    const np = readUnit(tokens, k + 2, i, () => false);
    return np ? { start: tokens[np.first].start, end: tokens[np.last - 1].end } : null;
  }
  return null;
}

/** The nearest plural noun for people before token `i` in its sentence ("the refugees"). */
function peopleBefore(tokens: Doc['tokens'] & object, i: number, sentence: number): { text: string; start: number; end: number } | null {
  peopleNouns ??= new Set(loadList('people-nouns.txt'));
  for (let k = i - 1; k >= 0 && tokens[k].sentence === sentence; k--) {
    if (tokens[k].pos === 'NOUN' && peopleNouns.has(tokens[k].lower)) return { text: tokens[k].text, start: tokens[k].start, end: tokens[k].end };
  }
  return null;
}

export function findQuantities(doc: Doc): QuantityOut[] {
  const out: QuantityOut[] = [];
  const times = doc.times ?? [];
  for (const s of doc.sentences ?? []) scanSentence(doc, s.first, s.last, times, out);
  elidedUnits(doc, out);
  return out;
}

/**
 * "At least 100 soldiers have been killed and around 1,000 have been wounded": a count followed by
 * its verb, with no noun of its own, counts what the count before it counted (in its sentence or
 * the one before). The unit span points where that unit is written; the rule says it was elided.
 */
function elidedUnits(doc: Doc, out: QuantityOut[]): void {
  const tokens = doc.tokens ?? [];
  let t = 0;
  let last: { q: QuantityOut; sentence: number } | null = null;
  for (const q of out) {
    while (t < tokens.length && tokens[t].end <= q.start) t++;
    const first = t;
    let after = first;
    while (after < tokens.length && tokens[after].start < q.end) after++;
    const sentence = tokens[first]?.sentence ?? -1;
    const next = tokens[after];
    const verbal = next && next.sentence === sentence && (next.pos === 'AUX' || next.pos === 'VERB');
    // "put the number of North Korean troops in Russia at more than 3,000", "the number of wounded
    // is expected to be almost 1,000": what the number counts
    const numberOf = q.kind === 'count' && !q.unit && q.min != null ? numberOfBefore(tokens, first, sentence) : null;
    if (numberOf) {
      q.unit = doc.text.slice(numberOf.start, numberOf.end);
      q.unitSpan = numberOf;
      q.rule = `${q.rule}:unit-number-of`;
    }
    if (q.kind === 'count' && !q.unit && q.min != null && verbal) {
      // "… the refugees went to Poland and over 116,000 fled": people named just before in the sentence
      const people = peopleBefore(tokens, first, sentence);
      const from = last && sentence - last.sentence <= 1 && (!people || last.q.end > people.start) ? last.q : null;
      if (from) {
        q.unit = from.unit;
        q.unitSpan = from.unitSpan ?? null;
      } else if (people) {
        q.unit = people.text;
        q.unitSpan = { start: people.start, end: people.end };
      }
      if (q.unit) q.rule = `${q.rule}:unit-elided`;
    }
    if (q.kind === 'count' && q.unit) last = { q, sentence };
  }
}

export const quantitiesStage: Stage = {
  name: 'quantities',
  requires: ['sentences', 'tokens', 'times'],
  assigns: ['quantities'],
  run: (doc) => ({ quantities: findQuantities(doc) }),
};
