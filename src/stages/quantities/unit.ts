// The counted unit: the noun phrase after a number, as written ("military construction workers",
// "pieces of artillery ammunition", "army road builders and medics").
import type { Token } from '../../doc.js';
import { isIngCompound } from '../../lexicons/compounds.js';
import { loadList, loadTsv } from '../../lexicons/load.js';
import { quantityLexicon } from './lexicon.js';

const isNumberWord = (w: string) => quantityLexicon().numberWords.has(w) && w.length > 2;

export interface UnitPhrase {
  first: number;
  last: number;
  /** index of the head noun (the last noun of the first noun phrase) */
  head: number;
}

let classifiers: Set<string> | null = null;
let partitives: Set<string> | null = null;
let stopWords: Set<string> | null = null;
const unitStopWords = () => (stopWords ??= new Set(loadList('unit-stop-words.txt')));
export const classifierNouns = () => (classifiers ??= new Set(loadList('classifier-nouns.txt')));
export const partitiveWords = () => (partitives ??= new Set(loadList('partitive-determiners.txt')));

const NOUNISH = new Set(['NOUN', 'PROPN']);
const MAX_NP = 7;

const glued = (a: Token | undefined, b: Token | undefined) => Boolean(a && b && a.end === b.start);

/** Whether token j can sit inside a noun phrase (before the head). */
function npToken(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (NOUNISH.has(t.pos) || t.pos === 'ADJ') return /[a-z0-9]/i.test(t.text);
  // hyphen compounds: "one-way", "2000-pound", "self-propelled", "Su-30"
  if (t.text === '-' || t.text === '‑') return glued(tokens[j - 1], t) && glued(t, tokens[j + 1]);
  // … and a model number after a name: "Leopard 2 tanks", "Mirage 2000 jets"
  if (t.pos === 'NUM' && tokens[j - 1]?.pos === 'PROPN' && /^[A-Z]/.test(tokens[j - 1].text) && /^\d{1,4}[A-Z]?\d?$/.test(t.text) && NOUNISH.has(tokens[j + 1]?.pos ?? '')) return true;
  if (t.pos === 'NUM') return glued(tokens[j - 1], t) || (glued(t, tokens[j + 1]) && tokens[j + 1]?.text === '-');
  // participles used as modifiers: "armored vehicles", "guided missiles"
  if (t.pos === 'VERB' && /(?:ed|ing)$/.test(t.lower)) {
    const n = tokens[j + 1];
    return Boolean(n && (NOUNISH.has(n.pos) || n.pos === 'ADJ') && !/^[A-Z]/.test(n.text));
  }
  return false;
}

/**
 * Reads the noun phrase starting at token i, ending before `end` or a token `stop` rejects
 * (a time expression, say). Returns null when there is no noun there.
 */
const HEADLINE_VERB_PREPS = new Set(['in', 'to', 'into', 'at', 'from', 'for', 'on', 'across', 'toward', 'towards']);

export function readNounPhrase(tokens: Token[], i: number, end: number, stop: (t: Token) => boolean): UnitPhrase | null {
  let j = i;
  let nouned = false;
  while (j < end && j - i < MAX_NP && !stop(tokens[j]) && !unitStopWords().has(tokens[j].lower) && npToken(tokens, j)) {
    // "countries pledged mutual aid": after a noun, a participle is the verb
    if (nouned && tokens[j].pos === 'VERB' && !glued(tokens[j - 1], tokens[j]) && !isIngCompound(tokens, j)) break;
    if (NOUNISH.has(tokens[j].pos)) nouned = true;
    // "troops Monday", "soldiers Kim": a capitalised word after a common noun starts something else
    if (j > i && tokens[j].pos === 'PROPN' && tokens[j - 1].pos === 'NOUN' && /^[A-Z]/.test(tokens[j].text) && !glued(tokens[j - 1], tokens[j])) break;
    // "200 Kenyan officers land in Haiti", "soldiers head to Poland": after a plural noun, a bare word
    // before a preposition is the verb a headline's tagger took for a noun
    if (j > i && /s$/.test(tokens[j - 1].lower) && tokens[j - 1].pos === 'NOUN' && /^[a-z]+$/.test(tokens[j].text) && !/s$/.test(tokens[j].lower) && HEADLINE_VERB_PREPS.has(tokens[j + 1]?.lower ?? '')) break;
    j++;
  }
  // the phrase must end on a noun
  let last = j;
  while (last > i && !NOUNISH.has(tokens[last - 1].pos)) last--;
  if (last === i) return null;
  return { first: i, last, head: last - 1 };
}

/**
 * The whole unit: a noun phrase, extended by an "of" complement after a classifier noun
 * ("pieces of artillery ammunition") and by a bare coordinated noun phrase
 * ("army road builders and medics"), but not by a counted one ("… and 5,000 workers").
 */
let vagueFirstWords: Set<string> | null = null;
/** The first word of a vague amount ("several", "dozens", "hundreds", "a few"): vague-amounts.tsv. */
const startsVagueAmount = (w: string) => (vagueFirstWords ??= new Set(loadTsv('vague-amounts.tsv').map((r) => r.phrase.split(/\s+/)[0].toLowerCase()))).has(w) && w !== 'a';

export function readUnit(tokens: Token[], i: number, end: number, stop: (t: Token) => boolean): UnitPhrase | null {
  let np = readNounPhrase(tokens, i, end, stop);
  // "18 ballistic and cruise missiles", "500,000 Ukrainian and Russian troops": coordinated
  // modifiers share the head after them (national adjectives are often tagged as proper nouns)
  const modifier = !np ? tokens[i]?.pos === 'ADJ' : np.last === i + 1 && tokens[i].pos === 'PROPN';
  if (modifier && ['and', 'or'].includes(tokens[i + 1]?.lower ?? '') && i + 2 < end) {
    const rest = readNounPhrase(tokens, i + 2, end, stop);
    if (rest && (!np || tokens[rest.head].pos === 'NOUN')) np = { first: i, last: rest.last, head: rest.head };
  }
  if (!np) return null;
  let unit = np;
  const ofTok = tokens[unit.last];
  if (ofTok?.lower === 'of' && classifierNouns().has(tokens[unit.head].lower)) {
    const comp = readNounPhrase(tokens, unit.last + 1, end, stop);
    if (comp) unit = { first: unit.first, last: comp.last, head: unit.head };
  }
  const cc = tokens[unit.last];
  if (cc && (cc.lower === 'and' || cc.lower === 'or') && unit.last + 1 < end) {
    const next = tokens[unit.last + 1];
    // "… bombs and seventeen hundred …", "… troops and dozens of fighters": a number or a vague
    // amount starts the next count, not the unit
    if (next && next.pos !== 'NUM' && next.pos !== 'DET' && /^[a-z]/.test(next.text) && !isNumberWord(next.lower) && !startsVagueAmount(next.lower)) {
      const conj = readNounPhrase(tokens, unit.last + 1, end, stop);
      // (not a lone verb in -ing: "killing one peacekeeper and wounding two")
      const gerund = conj && conj.last - conj.first === 1 && /ing$/.test(tokens[conj.head].lower);
      if (conj && tokens[conj.head].pos === 'NOUN' && !gerund) unit = { first: unit.first, last: conj.last, head: unit.head };
    }
  }
  return unit;
}
