// Units from context: a count with no noun of its own ("… and around 1,000 were wounded", "the
// death toll stood at 45", "the number of wounded is almost 1,000") takes the noun it stands for.
import type { Doc, Token } from '../../doc.js';
import type { QuantityOut } from '../../format.js';
import { loadList, loadTsv } from '../../lexicons/load.js';
import { readUnit } from './unit.js';

let peopleNouns: Set<string> | null = null;
let predicateWords: Map<string, string> | null = null;

/** The subject a count is the complement of ("total casualties are believed to be … 240,000"). */
function subjectOf(tokens: Token[], i: number, sentence: number): { start: number; end: number } | null {
  predicateWords ??= new Map(loadTsv('predicate-count-words.tsv').map((r) => [r.word, r.kind]));
  let k = i - 1;
  let linked = false;
  while (k >= 0 && tokens[k].sentence === sentence && i - k <= 10) {
    const kind = predicateWords.get(tokens[k].lower);
    if (!kind) break;
    linked ||= kind === 'link';
    k--;
  }
  // a capitalised first word is often tagged a proper noun: "Losses were 3,000", "Total casualties …"
  const first = (j: number) => j === 0 || tokens[j - 1].sentence !== sentence;
  const nounish = (j: number) => tokens[j].pos === 'NOUN' || (tokens[j].pos === 'PROPN' && first(j));
  if (!linked || k < 0 || tokens[k].sentence !== sentence || !nounish(k)) return null;
  const phraseEndingAt = (j: number) => {
    let a = j;
    while (a - 1 >= 0 && tokens[a - 1].sentence === sentence && (nounish(a - 1) || tokens[a - 1].pos === 'ADJ')) a--;
    return a;
  };
  let a = phraseEndingAt(k);
  // "the death toll from the strike stood at 45": past a prepositional phrase to its head
  for (let hop = 0; hop < 2; hop++) {
    let p = a - 1;
    // (past a possessor: "the death toll from Sunday's bombing")
    if (p >= 1 && /^['’]s$/.test(tokens[p].lower)) p -= 2;
    if (p >= 0 && tokens[p].pos === 'DET') p--;
    if (p < 1 || tokens[p].sentence !== sentence || tokens[p].pos !== 'ADP' || !nounish(p - 1)) break;
    k = p - 1;
    a = phraseEndingAt(k);
  }
  return { start: tokens[a].start, end: tokens[k].end };
}

/** "the number of X" before token `i` in its sentence, with no other count between: X's span. */
function numberOfBefore(tokens: Token[], i: number, sentence: number): { start: number; end: number } | null {
  for (let k = i - 2; k >= 0 && tokens[k].sentence === sentence; k--) {
    if (tokens[k].pos === 'NUM') return null;
    if (!['number', 'total', 'count'].includes(tokens[k].lower) || tokens[k + 1]?.lower !== 'of') continue;
    const np = readUnit(tokens, k + 2, i, () => false);
    return np ? { start: tokens[np.first].start, end: tokens[np.last - 1].end } : null;
  }
  return null;
}

let figureWords: Set<string> | null = null;
/** "estimated the total at 7,000", "put the figure at 9,000", "put losses at 3,000": the figure
 *  noun named before the count with no "of", or null. */
function figureBefore(tokens: Token[], i: number, sentence: number): Token | null {
  figureWords ??= new Set(loadList('figure-nouns.txt'));
  // "… at 7,000", or in apposition: "the largest number, about 950,000"
  const k = i - 2;
  if (!['at', ','].includes(tokens[i - 1]?.lower ?? '') || k < 1 || tokens[k].sentence !== sentence || !figureWords.has(tokens[k].lower)) return null;
  const opener = (t: Token | undefined) => !!t && ['the', 'this', 'that', 'its', 'their', 'overall', 'put', 'estimated', 'estimate', 'estimates', 'placed', 'puts', 'places', 'largest', 'highest', 'biggest'].includes(t.lower);
  // "put Russian losses at 3,000": past one modifier
  return opener(tokens[k - 1]) || (['ADJ', 'PROPN'].includes(tokens[k - 1].pos) && opener(tokens[k - 2])) ? tokens[k] : null;
}

/** Figure nouns that name what they count ("losses", "casualties") rather than a number of something. */
const countsItself = (t: Token) => ['losses', 'casualties', 'deaths', 'toll'].includes(t.lower);

/** The nearest plural noun for people before token `i` in its sentence ("the refugees"). */
function peopleBefore(tokens: Token[], i: number, sentence: number): { text: string; start: number; end: number } | null {
  peopleNouns ??= new Set(loadList('people-nouns.txt'));
  for (let k = i - 1; k >= 0 && tokens[k].sentence === sentence; k--) {
    if (tokens[k].pos === 'NOUN' && peopleNouns.has(tokens[k].lower)) return { text: tokens[k].text, start: tokens[k].start, end: tokens[k].end };
  }
  return null;
}

/**
 * Units a count does not write after itself, read from its context; the unit span points where the
 * unit is written and the rule ends with how it was found:
 *   :unit-number-of  "put the number of Chadian guards in Libya at more than 800"
 *   :unit-subject    "the army's casualty tally neared 40,000"
 *   :unit-partitive  "shot down 30 of the 42 drones" (what the whole after "of" counts)
 *   :unit-figure     "Russia deployed 1,500 troops. Analysts put the total at 7,000" (what the count
 *                    before it, in its sentence or the one before, counted)
 *   :unit-elided     "At least 100 soldiers have been killed and around 1,000 have been wounded"
 *                    (a count followed by its verb counts what the count before it counted, in its
 *                    sentence or the one before, or the people named just before it)
 */
export function unitsFromContext(doc: Doc, out: QuantityOut[]): void {
  const tokens = doc.tokens ?? [];
  let t = 0;
  let last: { q: QuantityOut; sentence: number } | null = null;
  const named = (doc.entities ?? []).flatMap((e) => e.mentions);
  for (const [n, q] of out.entries()) {
    while (t < tokens.length && tokens[t].end <= q.start) t++;
    const first = t;
    let after = first;
    while (after < tokens.length && tokens[after].start < q.end) after++;
    const sentence = tokens[first]?.sentence ?? -1;
    const next = tokens[after];
    const verbal = next && next.sentence === sentence && (next.pos === 'AUX' || next.pos === 'VERB');
    // "put the number of Chadian guards in Libya at more than 800", "the number of wounded
    // is expected to be almost 1,000": what the number counts
    // "shot down 30 of the 42 drones": the part counts what the whole counts
    const whole = out[n + 1];
    if (q.kind === 'count' && !q.unit && q.min != null && whole?.kind === 'count' && whole.unit && /^\s+of\s+(?:the\s+)?$/i.test(doc.text.slice(q.end, whole.start))) {
      q.unit = whole.unit;
      q.unitSpan = whole.unitSpan ?? null;
      q.rule = `${q.rule}:unit-partitive`;
    }
    const numberOf = q.kind === 'count' && !q.unit && q.min != null ? numberOfBefore(tokens, first, sentence) : null;
    if (numberOf) {
      q.unit = doc.text.slice(numberOf.start, numberOf.end);
      q.unitSpan = numberOf;
      q.rule = `${q.rule}:unit-number-of`;
    }
    // "the army's casualty tally neared 40,000": the subject the count equals
    let subject = q.kind === 'count' && !q.unit && q.min != null && !numberOf ? subjectOf(tokens, first, sentence) : null;
    // "Kyiv was 3,000" names no thing counted
    if (subject && named.some((m) => m.start < subject!.end && subject!.start < m.end)) subject = null;
    if (subject) {
      q.unit = doc.text.slice(subject.start, subject.end);
      q.unitSpan = subject;
      q.rule = `${q.rule}:unit-subject`;
    }
    // "Russia deployed 1,500 troops. Analysts estimated the total at between 7,000 and 9,000."
    const figure = q.kind === 'count' && !q.unit && q.min != null && !verbal ? figureBefore(tokens, first, sentence) : null;
    if (figure && countsItself(figure)) {
      // "put losses at 3,000": the figure names what it counts
      q.unit = figure.text;
      q.unitSpan = { start: figure.start, end: figure.end };
      q.rule = `${q.rule}:unit-figure`;
    } else if (figure && last && sentence - last.sentence <= 1) {
      q.unit = last.q.unit;
      q.unitSpan = last.q.unitSpan ?? null;
      q.rule = `${q.rule}:unit-figure`;
    }
    if (q.kind === 'count' && !q.unit && q.min != null && verbal) {
      // "… the refugees went to Chad and over 9,000 fled": people named just before in the sentence
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
