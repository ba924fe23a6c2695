// Event triggers: the verbs and nouns of the trigger lexicon, with the verb group each stands
// in ("had already been trained and deployed", "decided to dispatch"), voice, and clause.
import type { Token } from '../../doc.js';
import { isIngCompound } from '../../lexicons/compounds.js';
import { loadList, loadTsv } from '../../lexicons/load.js';
import { makerAfter } from './makers.js';
import { claimLexicon, type TriggerEntry } from './lexicon.js';
import type { Range } from './np.js';
import type { DocView } from './view.js';
import { isA } from './words.js';

export interface Trigger {
  first: number;
  last: number;
  entry: TriggerEntry;
  /** verb group: auxiliaries, adverbs and governing verbs before the trigger */
  group: Range;
  passive: boolean;
  /** a participle right after a noun phrase, with the clause's own verb later ("guards posted to Chad have been wounded") */
  reduced: boolean;
  /** for a reduced participle: the clause's own verb follows, and the counted subject belongs to it */
  mainLater: boolean;
  /** the clause it stands in: its arguments are read inside */
  clause: Range;
}

/** Forms of "be", and verbs that keep a participle passive like it ("remain deployed", "stayed stationed"). */
const isBe = (w: string) => isA('be', w) || isA('be-like', w);
const HAVE = new Set(['has', 'have', 'had', 'having', "'ve"]);
const BOUNDARY = new Set([';', 'while', 'whereas', 'although', 'though', 'but', 'however', 'because', 'since', 'as', 'whose', 'where', 'when']);
let control: Set<string> | null = null;
const controlVerbs = () => (control ??= new Set(loadList('control-verbs.txt')));

const isVerbal = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
let past: Set<string> | null = null;
export const pastForms = () => (past ??= new Set(loadList('past-forms.txt')));
/** A past or past-participle form: regular -ed, or an irregular one from the list. */
export const isPastForm = (t: Token) => /ed$/.test(t.lower) || pastForms().has(t.lower);

/** Finds the triggers of sentence si. */
export function findTriggers(v: DocView, si: number): Trigger[] {
  const { verbs, nouns } = claimLexicon();
  const s = v.sentences[si];
  const out: Trigger[] = [];
  for (let i = s.first; i < s.last; ) {
    const t = v.tokens[i];
    // inside a name: "Rapid Support Forces", "Ukraine Support Tracker"
    if (v.mention[i] && v.mention[i]!.entity.type !== 'country') {
      i++;
      continue;
    }
    let vm = verbs.at(v.tokens, i, s.last);
    // a verb of using goods is an event only before goods named with their maker, whatever its tag
    const using = vm && vm.value.frame === 'use';
    if (using && !makerAfter(v, vm!.last, s.last)) vm = null;
    const nm = nouns.at(v.tokens, i, s.last);
    if (!vm && !nm) {
      i++;
      continue;
    }
    // "the Belarusian dispatch of border guards": a noun even when tagged as a verb
    const nominal = nm && v.tokens[nm.last]?.lower === 'of' && i > s.first && ['DET', 'ADJ', 'PROPN', 'PART', 'NOUN'].includes(v.tokens[i - 1].pos);
    // headlines confuse the tagger: "Iran to receive …", "US shoots down 6 drones"
    const headlineVerb = vm && s.headline && (['to', 'will', 'may', 'could'].includes(v.tokens[i - 1]?.lower ?? '') || v.mention[i - 1]?.entity.type === 'country' || (v.tokens[i - 1]?.pos === 'NOUN' && /s$/.test(v.tokens[i - 1].lower) && !/s$/.test(t.lower)));
    // phrasal verbs are verbs whatever their tags ("shot/NOUN down/ADP"); so is a participle with an
    // object ("attacks striking/ADJ dozens of facilities")
    const phrasal = vm && vm.last - vm.first > 1;
    const participle = vm && /(?:ing|ed)$/.test(t.lower) && (v.quantity[i + 1] || v.tokens[i + 1]?.pos === 'DET');
    // "Lithuania hosts/NOUN about 5,000 troops": a verb form right after its named subject
    // … or after a relative pronoun ("Belarus, which hosts some 1,500 fighters")
    const subjectNamed = (v.mention[i - 1] && v.mention[i - 1]!.last === i) || ['which', 'who', 'that'].includes(v.tokens[i - 1]?.lower ?? '');
    const afterSubject = vm && subjectNamed && /s$/.test(t.lower) && Boolean(v.quantity[i + 1] || ['DET', 'NUM', 'ADJ', 'ADV'].includes(v.tokens[i + 1]?.pos ?? ''));
    // "radar sites and launch pads": a bare verb form inside a list of nouns modifies the next noun
    const prevTok = v.tokens[i - 1];
    // … and inside a noun phrase: "20,000 shipping containers", "the supply routes"
    const bareForm = t.lower === vm?.value.lemma;
    const ingForm = /ing$/.test(t.lower) && !(v.quantity[i + 1] && v.quantity[i + 1] !== v.quantity[i]);
    const inNounList = vm && vm.last === i + 1 && (bareForm || ingForm) && v.tokens[i + 1]?.pos === 'NOUN' && prevTok && (['DET', 'ADJ', 'NUM'].includes(prevTok.pos) || (bareForm && prevTok.pos === 'NOUN') || Boolean(v.quantity[i - 1]) || (bareForm && (prevTok.lower === 'and' || prevTok.text === ',') && v.tokens[i - 2]?.pos === 'NOUN'));
    // "hard-fought victories", "battle-tested units": a verb glued to a word before it is an adjective
    const glued = prevTok?.text === '-' && prevTok.end === t.start && v.tokens[i - 2]?.end === prevTok.start;
    if (vm && !nominal && !inNounList && !glued && !satisfies(v, vm.value, vm.last, s.last) && !isIngCompound(v.tokens, i) && (using || isVerbal(t) || headlineVerb || phrasal || participle || afterSubject || (vm.value.frame === 'die' && (t.pos === 'ADJ' || t.pos === 'NOUN')))) {
      out.push(verbTrigger(v, si, vm.first, vm.last, vm.value));
      i = vm.last;
      continue;
    }
    // a capitalised noun inside running text is part of a name: "the Ukraine Support Tracker"
    const named = !s.headline && i > s.first && /^\p{Lu}/u.test(t.text);
    // "casualty figures", "loss estimates": a casualty noun modifying another noun names no losses
    const modifier = nm && nm.value.event === 'casualties' && v.tokens[nm.last]?.pos === 'NOUN' && !v.quantity[nm.last];
    if (nm && !named && !modifier && !idiomObject(v, i, s) && !satisfies(v, nm.value, nm.last, s.last) && (nominal || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || (t.pos === 'VERB' && nm.value.event === 'casualties'))) {
      out.push({ first: nm.first, last: nm.last, entry: nm.value, group: { first: nm.first, last: nm.last }, passive: false, reduced: false, mainLater: false, clause: clauseAround(v, si, nm.first) });
      i = nm.last;
      continue;
    }
    i++;
  }
  return out;
}

/** "gave their lives": the object of an idiom (idiom-objects.tsv) is no event of its own. */
function idiomObject(v: DocView, i: number, s: Range): boolean {
  const before = i - 2 >= s.first && isA('possessive', v.tokens[i - 1].lower) ? claimLexicon().verbs.at(v.tokens, i - 2, s.last) : null;
  return Boolean(before && before.last === i - 1 && satisfies(v, before.value, i - 1, s.last));
}

let idioms: Map<string, Set<string>> | null = null;
/** "to meet Ukraine's critical defence needs", "struck a more exuberant tone": a trigger whose object
 *  makes it an idiom, not its event (idiom-objects.tsv). */
function satisfies(v: DocView, entry: TriggerEntry, k: number, hi: number): boolean {
  if (!idioms) {
    idioms = new Map();
    for (const r of loadTsv('idiom-objects.tsv')) idioms.set(r.lemma, (idioms.get(r.lemma) ?? new Set()).add(r.head));
  }
  const heads = idioms.get(entry.lemma);
  if (!heads) return false;
  // the head: the last noun of the object's first run of nouns ("defence needs")
  let head = '';
  for (let j = k; j < Math.min(hi, k + 8); j++) {
    const t = v.tokens[j];
    // (the tagger reads "defence needs" as noun + verb)
    if (t.pos === 'NOUN' || (j > k && heads.has(t.lower))) head = t.lower;
    else if (head) break;
    else if (!['DET', 'ADJ', 'PROPN', 'PART', 'ADV', 'PRON', 'NUM'].includes(t.pos) && t.text !== '-') return false;
  }
  return heads.has(head);
}

function verbTrigger(v: DocView, si: number, first: number, last: number, entry: TriggerEntry): Trigger {
  const s = v.sentences[si];
  const toks = v.tokens;
  // the verb group: leftwards over adverbs, auxiliaries, "to", governing verbs and coordinated participles
  let g = first - 1;
  let passive = false;
  let hasAux = false;
  while (g >= s.first) {
    const t = toks[g];
    if (isBe(t.lower)) {
      // "had been trained and deployed": coordinated participles share the passive
      if (g === first - 1 || toks.slice(g + 1, first).every((x) => x.pos === 'ADV' || x.pos === 'PART' || x.lower === 'and' || (x.pos === 'VERB' && isPastForm(x)))) passive = isPastForm(toks[first]);
      hasAux = true;
    } else if (HAVE.has(t.lower) || t.pos === 'AUX') hasAux = true;
    else if (t.pos === 'ADV' || t.pos === 'PART' || t.lower === 'to' || controlVerbs().has(t.lower)) {
      // "is believed to have provided", "decided to dispatch", "has already supplied"
    } else if (t.lower === 'and' && toks[g - 1] && isVerbal(toks[g - 1]) && /ed$/.test(toks[g - 1].lower)) {
      // "had been trained and deployed": the auxiliaries before the first participle count
    } else if (isVerbal(t) && /ed$|en$/.test(t.lower) && toks[g + 1]?.lower === 'and') {
      // the first participle of a coordination
    } else break;
    g--;
  }
  const group = { first: g + 1, last };
  const prev = toks[first - 1];
  // "guards posted to Chad have been wounded", "rockets sold to Chad"; not "the troops
  // that Pyongyang sent", where the name before the verb is its subject
  const prevMention = v.mention[first - 1];
  const subjectBefore = prevMention && prevMention.rule !== 'demonym' && ['country', 'organisation', 'person', 'group'].includes(prevMention.entity.type);
  const afterNoun = Boolean(prev) && first - 1 >= s.first && !subjectBefore && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'NUM');
  const mainLater = laterFiniteVerb(v, last, s.last);
  const reduced = !hasAux && !passive && isPastForm(toks[first]) && afterNoun && (mainLater || (prev.pos === 'NOUN' && ['to', 'by', 'in', 'into'].includes(toks[last]?.lower ?? '')));
  return { first, last, entry, group, passive: passive || reduced, reduced, mainLater: reduced && mainLater, clause: clauseAround(v, si, first) };
}

/** A finite verb group later in the clause: an auxiliary, or a verb after a comma-free stretch. */
function laterFiniteVerb(v: DocView, from: number, hi: number): boolean {
  for (let k = from; k < Math.min(hi, from + 14); k++) {
    const t = v.tokens[k];
    if (t.text === ';' || t.lower === 'that' || t.lower === 'which' || t.lower === 'who') return false;
    if (t.pos === 'AUX' && !['to'].includes(t.lower)) return true;
  }
  return false;
}

/**
 * The clause holding token i: between the nearest strong boundaries (";", "while", "although",
 * "but", a relative "whose"…) and, leftwards, a complementizer "that" after a verb.
 */
function hasComma(v: DocView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.tokens[k].text === ',') return true;
  return false;
}

function hasFiniteVerb(v: DocView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const x = v.tokens[k];
    if (x.pos === 'AUX' || (x.pos === 'VERB' && !/ing$/.test(x.lower))) return true;
  }
  return false;
}

export function clauseAround(v: DocView, si: number, i: number): Range {
  const s = v.sentences[si];
  let first = s.first;
  for (let k = i - 1; k > s.first; k--) {
    const t = v.tokens[k];
    if (BOUNDARY.has(t.lower) && (t.pos === 'SCONJ' || t.pos === 'CCONJ' || t.text === ';' || v.tokens[k - 1]?.text === ',')) {
      first = k + 1;
      break;
    }
    if (t.lower === 'that' && k > s.first && (isVerbal(v.tokens[k - 1]) || t.pos === 'SCONJ')) {
      first = k + 1;
      break;
    }
    // "…, and around 1,000 have been wounded", "…, and the weapons arrived": a coordinated clause
    // with its own verb (not the last item of a list "A, B, and C agreed")
    if ((t.lower === 'and' || t.lower === 'but') && v.tokens[k - 1]?.text === ',' && !hasComma(v, Math.max(s.first, k - 7), k - 1)) {
      // ("…, and possibly transfer" shares its subject with the verb before: no subject, no new clause)
      const ownSubject = v.tokens[k + 1] && !['ADV', 'VERB', 'AUX', 'PART'].includes(v.tokens[k + 1].pos);
      if (ownSubject && hasFiniteVerb(v, k + 1, i + 1)) {
        first = k + 1;
        break;
      }
    }
  }
  let last = s.last;
  for (let k = i + 1; k < s.last; k++) {
    const t = v.tokens[k];
    if (BOUNDARY.has(t.lower) && (t.text === ';' || v.tokens[k - 1]?.text === ',' || t.pos === 'SCONJ')) {
      last = k;
      break;
    }
  }
  return { first, last };
}
