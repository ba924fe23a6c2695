// The tense of the clause a time sits in, from the verbs around it: "will send troops in July"
// (future), "sent troops in July" (past), "says troops are in Kursk" (neither). Resolution uses it
// to place a month, weekday or season that states no year. Tokens carry wink's POS tags.
import type { Doc, Token } from '../../doc.js';
import { PAST_VERBS, TENSE_CUES } from './lexicon.js';

export type Tense = 'past' | 'future' | null;

// Words inside a verb group that do not change its tense ("will likely send", "has already sent").
const ADVERBS = new Set(['not', "n't", 'also', 'already', 'likely', 'probably', 'reportedly', 'allegedly', 'still', 'just', 'then', 'only', 'even', 'never', 'ever', 'finally', 'officially', 'publicly', 'first', 'again', 'yet', 'initially', 'previously', 'recently', 'soon', 'now', 'be', 'been', 'being', 'get', 'got']);
const PRESENT = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'do', 'does']);
const PERFECT = new Set(['has', 'have', "'ve", 'hasn\'t', 'haven\'t']);
// Lexical future cues that a past auxiliary turns into a past plan ("was expected to arrive").
const PLAN_WORDS = new Set(['expected', 'planned', 'scheduled', 'due', 'projected', 'intended', 'forecast', 'plan', 'plans', 'expect', 'expects', 'aim', 'aims', 'intend', 'intends', 'upcoming']);
const MODALS = new Set(['will', "'ll", 'wo', "won't", 'shall', 'would', "'d", 'could', 'may', 'might', 'should', 'must', 'going', 'gonna']);

// "according to", "due to the war": prepositions that look like verbs
const NOT_VERBS = new Set(['according', 'owing', 'regarding', 'including', 'concerning', 'following', 'excluding']);
const isVerbal = (t: Token): boolean =>
  !NOT_VERBS.has(t.lower) && (t.pos === 'VERB' || t.pos === 'AUX' || (TENSE_CUES.has(t.lower) && t.pos === 'ADJ'));
const inGroup = (t: Token): boolean => isVerbal(t) || ADVERBS.has(t.lower) || t.lower === 'to';
// "according to figures released …", "due to the war": this "to" opens no infinitive
// ("is due to be published" keeps its "to": a form of "be" makes "due" a plan)
const PREPOSITIONAL_TO = new Set([...NOT_VERBS, 'prior', 'next', 'close', 'up', 'compared', 'thanks', 'back']);
const prepositionalTo = (tokens: Token[], k: number): boolean =>
  tokens[k].lower === 'to' && (PREPOSITIONAL_TO.has(tokens[k - 1]?.lower) || (tokens[k - 1]?.lower === 'due' && tokens[k - 2]?.pos !== 'AUX'));

interface GroupReading {
  /** undefined: an infinitive with nothing before it in the group; its governing verb decides. */
  tense: Tense | undefined;
  /** A present perfect ("has been postponed"). */
  perfect: boolean;
  /** A lone past form after a noun, which may be a participle ("ammunition purchased under …"). */
  weak?: boolean;
  /** A plan made in the past ("was expected"): what it plans may lie before or after now. */
  pastPlan?: boolean;
}


/** Tense of the words tokens[a..b] of one verb group, without infinitives. */
function plainTense(tokens: Token[], a: number, b: number): GroupReading {
  let modal = false, plan = false, pastAux = false, pastForm = false, present = false, perfect = false, participle = false;
  for (let k = a; k <= b; k++) {
    const w = tokens[k].lower;
    if (MODALS.has(w)) modal = true;
    else if (PLAN_WORDS.has(w)) plan = true;
    else if (PERFECT.has(w)) perfect = true;
    else if (TENSE_CUES.get(w) === 'past') pastAux = true;
    else if (PRESENT.has(w)) present = true;
    else if (w === 'been' || (tokens[k].pos === 'VERB' && (PAST_VERBS.has(w) || /[^e]ed$|eed$/.test(w)))) {
      pastForm = true;
      if (k > a) participle = true;
    }
  }
  // "has a June 1 deadline": "has" alone is the present of "have"; "has sent" is a past
  perfect = perfect && participle;
  let tense: Tense = null;
  if (modal) tense = 'future';
  else if (plan) tense = pastAux ? null : 'future';
  else if (pastAux || perfect || (pastForm && !present)) tense = 'past';
  // a lone past form between a noun and a preposition may be a participle ("ammunition purchased
  // under …"); one taking an object ("a spokesman told reporters") is a finite past
  const weak = !modal && !plan && !pastAux && !perfect && !present && pastForm && b === a && tokens[a - 1]?.pos === 'NOUN' && tokens[b + 1]?.pos === 'ADP';
  return { tense, perfect, weak, pastPlan: plan && pastAux };
}

/** Tense of a verb group; "agreed to plead" looks ahead from a past decision (neither past nor
 *  future of the publication date), "is likely to occur" looks ahead from now. */
function groupTense(tokens: Token[], a: number, b: number): GroupReading {
  let to = -1;
  for (let k = a; k < b; k++) if (tokens[k].lower === 'to') to = k;
  if (to < 0) return plainTense(tokens, a, b);
  if (to === a) return { tense: undefined, perfect: false };
  const governing = plainTense(tokens, a, to - 1);
  return { tense: governing.tense === 'past' || governing.pastPlan ? null : 'future', perfect: governing.perfect };
}

/** Scan from `from` (step ±1) within the sentence tokens[lo..hi] for the nearest verb group;
 *  undefined when there is none. */
function scan(tokens: Token[], from: number, lo: number, hi: number, step: 1 | -1): GroupReading | undefined {
  let weak: GroupReading | undefined;
  for (let j = from; j >= lo && j <= hi; j += step) {
    if (!isVerbal(tokens[j])) continue;
    let a = j, b = j;
    while (a - 1 >= lo && inGroup(tokens[a - 1]) && !prepositionalTo(tokens, a - 1)) a--;
    while (b + 1 <= hi && inGroup(tokens[b + 1])) b++;
    let g = groupTense(tokens, a, b);
    if (g.tense === undefined) {
      // a bare infinitive ("… troops to arrive in July"): the verb governing it decides
      const governing = scan(tokens, a - 1, lo, hi, -1);
      g = { tense: governing?.tense === 'past' || governing?.pastPlan ? null : 'future', perfect: governing?.perfect ?? false };
    }
    // "Ukraine should receive ammunition purchased under the initiative no later than June":
    // a lone past form after a noun, with words between it and the time, may be a participle;
    // a modal further on overrides it ("an official said on Tuesday" stays past)
    if (g.weak && step < 0 && from - b >= 2) {
      weak ??= g;
      j = a;
      continue;
    }
    if (weak) return g.tense === 'future' ? g : weak;
    return g;
  }
  return weak;
}

/** Index of the first token starting at or after `offset`. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tense of the clause around [start, end): past, future, or null when it does not say. */
export function tenseAt(doc: Doc, start: number, end: number): Tense {
  const tokens = doc.tokens;
  if (!tokens?.length) return null;
  const i = tokenAt(tokens, start);
  if (i >= tokens.length) return null;
  const s = doc.sentences?.[tokens[i].sentence];
  let lo = i, hi = i;
  if (s) [lo, hi] = [s.first, s.last - 1];
  else {
    while (lo > 0 && tokens[lo - 1].sentence === tokens[i].sentence) lo--;
    while (hi + 1 < tokens.length && tokens[hi + 1].sentence === tokens[i].sentence) hi++;
  }
  const prep = i > lo ? tokens[i - 1].lower : '';
  // "since August" looks back whatever the verb says
  if (prep === 'since') return 'past';
  const g = scan(tokens, i - 1, lo, hi, -1) ?? scan(tokens, tokenAt(tokens, end), lo, hi, 1);
  if (!g) return null;
  // "has been postponed until Saturday": a state lasting from now to a time ahead
  if ((prep === 'until' || prep === 'till') && g.perfect) return 'future';
  return g.tense ?? null;
}
