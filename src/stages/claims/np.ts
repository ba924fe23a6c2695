// Noun phrases around a position, read from POS tags: the subject before a verb, the phrase after
// a preposition. No parser: the rules below are the ones news sentences need, each with its case.
import type { Token } from '../../doc.js';
import { claimLexicon } from './lexicon.js';
import type { DocView } from './view.js';

export interface Range {
  first: number;
  last: number;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PRON', 'PART', 'SYM']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose', 'what', 'where', 'when']);
/** Adverbs and auxiliaries between a subject and its verb: "the NIS also said", "has previously put". */
const BETWEEN = new Set(['ADV', 'AUX', 'PART']);

/** Prepositions that open a phrase modifying the noun before them ("officials behind the estimates"),
 *  unlike verb particles ("shot down 47 drones"). */
const MODIFYING_PREPS = new Set(['behind', 'from', 'in', 'at', 'with', 'for', 'on', 'near', 'inside', 'outside', 'across', 'around', 'within', 'under', 'among', 'along']);

const isPossessive = (t: Token) => t.lower === "'s" || t.lower === "'";

function npToken(v: DocView, i: number): boolean {
  const t = v.tokens[i];
  if (v.time[i]) return false;
  // "Around 11,000 North Korean troops": a count's own words, whatever their tags
  if (v.quantity[i] && (v.quantity[i]!.kind === 'count' || v.quantity[i]!.kind === 'money')) return true;
  if (t.pos === 'PRON') return !RELATIVE.has(t.lower);
  if (t.pos === 'PART') return isPossessive(t);
  // "The United States’ provision": a bare apostrophe glued to the word before is a possessive
  if (isPossessive(t) && i > 0 && v.tokens[i - 1].end === t.start) return true;
  if (NP_POS.has(t.pos)) return t.lower !== 'that' || t.pos !== 'DET' ? !RELATIVE.has(t.lower) || t.pos === 'DET' : false;
  // a hyphen inside a word ("Russian-made"), not a dash between phrases ("(Reuters) - Iran")
  if (t.text === '-') return v.tokens[i - 1]?.end === t.start && v.tokens[i + 1]?.start === t.end;
  if (t.text === '(' || t.text === ')' || t.text === '&') return true;
  // participles inside names and descriptions: "informed sources", "United Arab Emirates"
  if (t.pos === 'VERB' && (v.mention[i] || /^\p{Lu}/u.test(t.text))) return true;
  // … and the first half of a hyphenated modifier: "a closed-door briefing"
  if (t.pos === 'VERB' && v.tokens[i + 1]?.text === '-' && v.tokens[i + 1].start === t.end) return true;
  return false;
}

/** Skips adverbs, auxiliaries and time expressions leftwards from j; returns the new j. */
export function skipLeft(v: DocView, j: number, lo: number): number {
  while (j >= lo) {
    const t = v.tokens[j];
    if ((BETWEEN.has(t.pos) && !isPossessive(t)) || t.lower === 'both' || t.lower === 'all') j--;
    else if (v.time[j]) {
      // "… estimate from the administration in November estimated": the time's preposition too
      j--;
      while (j >= lo && v.time[j]) j--;
      if (j >= lo && v.tokens[j].pos === 'ADP' && ['in', 'on', 'at', 'during', 'since', 'by'].includes(v.tokens[j].lower)) j--;
    } else break;
  }
  return j;
}

/** The bare noun phrase ending at token j (inclusive), not reaching below `lo`. */
export function npEndingAt(v: DocView, j: number, lo: number): Range | null {
  let a = j;
  while (a >= lo && (npToken(v, a) || (v.tokens[a].lower === 'of' && a > lo && npToken(v, a - 1) && a < j))) {
    // a determiner opens its phrase: "the first time [a country]"
    if (v.tokens[a].pos === 'DET' && a < j && a - 1 >= lo && ['NOUN', 'ADJ', 'PROPN'].includes(v.tokens[a - 1].pos) && v.tokens[a - 1].lower !== 'of') {
      a--;
      break;
    }
    a--;
  }
  a++;
  // a phrase cannot start with "of", a possessive or a closing bracket
  while (a <= j && (v.tokens[a].lower === 'of' || isPossessive(v.tokens[a]) || v.tokens[a].text === ')')) a++;
  return a <= j ? { first: a, last: j + 1 } : null;
}

/** The noun phrase starting at token i, stopping at punctuation, verbs, clause words and times. */
export function npStartingAt(v: DocView, i: number, hi: number, allowOf = true): Range | null {
  let b = i;
  let depth = 0;
  while (b < hi) {
    const t = v.tokens[b];
    // a name runs to its end: "the Institute for the Study of War"
    const m = v.mention[b];
    if (m && m.first === b && m.last > b + 1 && m.last <= hi) {
      b = m.last;
      continue;
    }
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (depth === 0) break;
      depth--;
    } else if (t.lower === 'of' && allowOf && b > i && b + 1 < hi && npToken(v, b + 1)) {
      // "the head of the US Indo-Pacific Command"
    } else if (!npToken(v, b) && !(t.lower === 'and' && b > i && b + 1 < hi && npToken(v, b + 1) && depth === 0 && v.tokens[b + 1].pos !== 'PRON')) break;
    // "a fact sheet the Guard handed out": a determiner after a noun opens a clause of its own
    else if (t.pos === 'DET' && b > i && v.tokens[b - 1].pos === 'NOUN' && !v.mention[b] && depth === 0 && ['the', 'a', 'an', 'this', 'these', 'its', 'their'].includes(t.lower)) break;
    b++;
  }
  // trailing "and", "of" or determiners do not end a phrase
  while (b > i && ['and', 'of', 'the', 'a', 'an', '(', '-'].includes(v.tokens[b - 1].lower)) b--;
  return b > i ? { first: i, last: b } : null;
}

/**
 * The subject before a verb at token `verb`: skips adverbs and auxiliaries, reads the noun phrase,
 * and resolves commas: an apposition ("Anna Berg, a senior Swedish defence official, stated")
 * yields the name; a coordination ("Polish, Czech, and Slovak officials reported") the
 * whole list; a fronted phrase ("In May, Warsaw and Prague announced") is left out.
 */
export function subjectBefore(v: DocView, verb: number, lo: number): Range | null {
  let j = skipLeft(v, verb - 1, lo);
  if (j < lo) return null;
  if (v.tokens[j].text === ',') {
    const app = appositionEndingAt(v, j, lo);
    if (app) return app;
    // "…,” Oleksandr Kindratenko, told CNN": a stray comma after a name
    if (j - 1 >= lo && v.tokens[j - 1].pos === 'PROPN') j--;
    else return null;
  }
  const found = npEndingAt(v, j, lo);
  if (!found) return null;
  let np: Range = found;
  // "guards posted to Chad have been wounded": past a reduced relative to the noun it modifies;
  // "US officials behind the estimates told …": past a prepositional phrase to its head
  for (let hops = 0; hops < 3 && np.first - 2 >= lo && v.tokens[np.first - 1].pos === 'ADP' && v.tokens[np.first - 1].lower !== 'of'; hops++) {
    let k: number = np.first - 2;
    while (k >= lo && (v.tokens[k].pos === 'ADV' || v.tokens[k].pos === 'ADP')) k--;
    if (k < lo) break;
    const participle = v.tokens[k].pos === 'VERB' && /(?:ed|en|ing)$|^(?:sent|sold|held|kept|left)$/.test(v.tokens[k].lower);
    // not past a name: "the UN's High Commissioner for Refugees Filippo Grandi"
    // … but past a place: "the Ministry of Defence in London said", "officials in Kyiv said"
    const last = v.mention[np.last - 1];
    const placePP = last && ['in', 'at'].includes(v.tokens[np.first - 1].lower) && (last.entity.type === 'place' || last.entity.type === 'country') && last.first === np.first;
    const nounHead = ['NOUN', 'PROPN'].includes(v.tokens[k].pos) && k === np.first - 2 && (!last || placePP) && MODIFYING_PREPS.has(v.tokens[np.first - 1].lower);
    if (participle) {
      const head: Range | null = k - 1 >= lo ? npEndingAt(v, k - 1, lo) : null;
      if (!head || !['NOUN', 'PROPN', 'NUM'].includes(v.tokens[k - 1].pos)) break;
      np = head;
    } else if (nounHead) {
      const head = npEndingAt(v, k, lo);
      if (!head) break;
      // a place it is in stays with it: "officials in Kyiv"
      np = placePP ? { first: head.first, last: np.last } : head;
    } else break;
  }
  return extendCoordination(v, cutAtCue(v, np), lo);
}

/** "British intelligence estimates Russia …": a reporting verb tagged as a noun ends the subject. */
function cutAtCue(v: DocView, np: Range): Range {
  const { cues } = claimLexicon();
  for (let k = np.last - 2; k > np.first; k--) {
    const m = cues.at(v.tokens, k, k + 1);
    if (m && m.value.kind === 'verb' && /s$/.test(v.tokens[k].lower) && v.tokens[k + 1] && (v.tokens[k + 1].pos === 'PROPN' || v.mention[k + 1])) return { first: k + 1, last: np.last };
  }
  return np;
}

/**
 * "X, a/the/one of … ," ending with the comma at j → X. The part between the commas describes X
 * ("Anna Berg, a senior Swedish defence official,"), or is a parenthetical with no verb of its
 * own ("whose military, currently in the midst of a counteroffensive,") or a participle clause
 * ("North Korean troops, aiding Russia …,").
 */
function appositionEndingAt(v: DocView, j: number, lo: number): Range | null {
  for (let k = j - 1; k >= Math.max(lo, j - 25); k--) {
    const t = v.tokens[k];
    if (t.text !== ',') continue;
    const first = v.tokens[k + 1];
    const participle = first.pos === 'VERB' && /(?:ing|ed)$/.test(first.lower);
    const inside = v.tokens.slice(k + 1, j);
    const finite = inside.some((x, n) => x.pos === 'AUX' || (x.pos === 'VERB' && !/(?:ing|ed|en)$/.test(x.lower) && inside[n - 1]?.text !== '-'));
    const describes = first.pos === 'DET' || first.pos === 'ADJ' || first.lower === 'one' || first.lower === 'who' || first.pos === 'NUM' || (first.pos === 'NOUN' && !/^\p{Lu}/u.test(first.text));
    const parenthetical = (first.pos === 'ADV' || first.pos === 'ADP') && !finite;
    // "a spokesman for the group, Saw Htoo Lay," — a name after the description it completes
    const m = v.mention[k + 1];
    if (m && m.first === k + 1 && m.last === j && m.entity.type === 'person' && k - 1 >= lo && v.mention[k - 1]?.entity.type !== 'person' && describedBefore(v, k, lo)) return { first: k + 1, last: j };
    if (!(describes || participle || parenthetical)) return null;
    if (k - 1 < lo) return null;
    const name = npEndingAt(v, k - 1, lo);
    const head = v.tokens[k - 1];
    const fronted = name && name.first - 1 >= lo && v.tokens[name.first - 1].pos === 'ADP' && !v.quantity[name.first - 1];
    // "whose military," — an adjective after a determiner is used as a noun
    const nounish = head.pos === 'NOUN' || (head.pos === 'ADJ' && ['DET', 'PRON'].includes(v.tokens[k - 2]?.pos ?? ''));
    if (name && (head.pos === 'PROPN' || (nounish && !fronted))) return name;
    if (!name && nounish && k - 2 >= 0 && v.tokens[k - 2].lower === 'whose') return { first: k - 1, last: k };
    return null;
  }
  return null;
}

/** Does a description with a common noun ("a spokesman for the group") end right before the comma at k? */
function describedBefore(v: DocView, k: number, lo: number): boolean {
  for (let i = k - 1; i >= Math.max(lo, k - 10); i--) {
    const t = v.tokens[i];
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.pos === 'NOUN' && (i === lo || ['DET', 'ADJ', 'PROPN', 'NOUN'].includes(v.tokens[i - 1].pos))) return true;
  }
  return false;
}

/** Grows a noun phrase leftwards over a coordination: "Pyongyang and Moscow", "A, B, and C". */
function extendCoordination(v: DocView, np: Range, lo: number): Range {
  const isConj = (k: number) => k >= lo && (v.tokens[k].lower === 'and' || v.tokens[k].lower === 'or');
  if (!isConj(np.first - 1)) return np;
  // "… US, and Ukrainian officials": an Oxford comma may stand before the conjunction
  const oxford = v.tokens[np.first - 2]?.text === ',';
  const before = oxford ? np.first - 3 : np.first - 2;
  if (before < lo) return np;
  const prev = npEndingAt(v, before, lo);
  if (!prev || prev.last - prev.first > 6) return np;
  // ", and" joins a list of three or more ("A, B, and C"); after two phrases it joins clauses
  // ("… across its border, and the rifles arrived")
  if (oxford && !(prev.first - 2 >= lo && v.tokens[prev.first - 1].text === ',')) return np;
  let first = prev.first;
  while (first - 2 >= lo && v.tokens[first - 1].text === ',') {
    const p = npEndingAt(v, first - 2, lo);
    // a phrase after a preposition ends another clause: "… deployed in Russia, South Korean, US …"
    if (!p || p.last - p.first > 5 || (p.first - 1 >= lo && v.tokens[p.first - 1].pos === 'ADP')) break;
    first = p.first;
  }
  return { first, last: np.last };
}
