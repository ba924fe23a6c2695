// Attribution: reporting cues, the source each names and the content it governs (SPEC §1).
// A claim's source chain is every attribution whose content holds it, innermost (original) first:
//   "[NIS informed a committee that [the dispatch … August]], according to Lee" → [NIS, Lee].
import type { Certainty } from '../../format.js';
import { loadList } from '../../lexicons/load.js';
import { PhraseMatcher } from '../../lexicons/phrases.js';
import { claimLexicon, orgKind, type ReportingCue } from './lexicon.js';
import { inSentence, near } from './holding.js';
import { npEndingAt, npStartingAt, skipLeft, subjectBefore, type Range } from './np.js';
import type { DocView } from './view.js';
import { isA } from './words.js';

export interface Attribution {
  sentence: number;
  cue: Range;
  cueText: string;
  kind: 'verb' | 'prep' | 'citing' | 'passive' | 'quote' | 'headline';
  /** source noun phrases, original first ("quoted the NIS as stating" → [NIS, Mr. Lee]) */
  sources: Range[];
  /** the token range it governs (may run over several sentences for a quotation) */
  content: Range;
  certainty: Certainty | null;
  negative: boolean;
  /** for "citing X": the relay it attaches to; X goes right before that relay's source */
  relay?: Attribution;
  /** "This was reported by NHK", "this is stated in the … study": the source of the report as a whole */
  article?: boolean;
}

const THAT = new Set(['that']);
const QUOTE_OPEN = new Set(['“', '"', '‘']);
const SAY_AFTER_AS = new Set(['saying', 'stating', 'telling', 'writing', 'noting']);

let notSourceNouns: Set<string> | null = null;
const notSources = () => (notSourceNouns ??= new Set(loadList('not-sources.txt')));
let compounds: PhraseMatcher<true> | null = null;
const cueCompounds = () => {
  if (!compounds) {
    compounds = new PhraseMatcher<true>();
    for (const c of loadList('cue-compounds.txt')) compounds.add(c, true);
  }
  return compounds;
};

let speakingNouns: Set<string> | null = null;
/** "…, officials say", "…, health ministry says", "…, monitor says": nouns that speak (speaker-nouns.txt and bodies). */
const speaks = (w: string) => {
  speakingNouns ??= new Set([...loadList('speaker-nouns.txt'), 'officials', 'sources', 'ministry', 'police', 'military', 'army', 'authorities', 'government', 'agency', 'monitor', 'witnesses', 'residents', 'medics', 'rescuers', 'report', 'reports', 'media', 'spokesman', 'spokeswoman', 'spokesperson', 'analysts', 'diplomats', 'experts', 'group', 'groups', 'organisation', 'organization', 'council', 'committee', 'mission', 'command', 'office']);
  return speakingNouns.has(w) || speakingNouns.has(w.replace(/s$/, ''));
};

const isVerbUse = (v: DocView, i: number, cue: ReportingCue): boolean => {
  const t = v.tokens[i];
  // inside a name ("the United States", "the Islamic State") or a compound ("think tank")
  if (v.mention[i] || cueCompounds().at(v.tokens, i)) return false;
  const next = v.tokens[i + 1];
  const prev = v.tokens[i - 1];
  let b = i - 1;
  while (b >= 0 && v.tokens[b].pos === 'ADV') b--;
  // "is said to", "is also said to", "are believed to": a hedge, not a source
  if (next?.lower === 'to' && b >= 0 && isA('be', v.tokens[b].lower) && v.tokens[b].lower !== 'being') return false;
  if (next?.lower === 'to' && cue.certainty) return false;
  // "the reported attack", "a confirmed case"
  if (prev?.pos === 'DET' && next && (next.pos === 'NOUN' || next.pos === 'ADJ')) return false;
  // "rejected a report that …": after an article, the cue word is its noun
  if (prev && ['a', 'an', 'the', 'this', 'that', 'these', 'those'].includes(prev.lower) && t.pos !== 'VERB') return false;
  if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  // wink tags "reports" in "the agency reports that" as a noun, "informed" in "NIS (NIS) informed a
  // committee" as an adjective: after a subject, before its object or clause, it is the verb
  if (next && (THAT.has(next.lower) || next.text === ':' || QUOTE_OPEN.has(next.text))) return true;
  // (… or a comma closing a parenthetical after the subject: "the ministry, for its part, claims Kyiv …")
  const subjectLike = prev && (prev.pos === 'PROPN' || prev.pos === 'PRON' || prev.text === ')' || (prev.pos === 'NOUN' && (v.mention[i - 1] || speaks(prev.lower))) || (prev.text === ',' && Boolean(next && v.mention[i + 1])));
  // "…, South Korea's spy agency estimates." — a closing cue after its named subject
  if (subjectLike && (!next || /^[.!?]$/.test(next.text))) return true;
  return Boolean(subjectLike && next && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'PROPN'));
};

/** Finds every attribution in the document, sentence by sentence. */
export function findAttributions(v: DocView): Attribution[] {
  const { cues } = claimLexicon();
  const out: Attribution[] = [];
  v.sentences.forEach((s, si) => {
    const found: Attribution[] = [];
    for (const m of cues.all(v.tokens, s.first, s.last)) {
      const a = m.value.kind === 'prep' ? prepAttribution(v, si, m.first, m.last, m.value, found) : m.value.kind === 'estimate' ? estimateAttribution(v, si, m.first, m.last, m.value) : verbAttribution(v, si, m.first, m.last, m.value, found);
      if (a) found.push(a);
    }
    clipBeforeTrailingCue(v, found);
    const head = headlineAttribution(v, si);
    if (head) found.push(head);
    out.push(...found);
  });
  out.push(...quoteAttributions(v, out));
  return out;
}

const BE = { has: (w: string) => isA('be', w) && w !== "'s" && w !== "'re" && w !== 'am' };
/** "was (officially) announced" */
function isPassiveCue(v: DocView, c0: number, lo: number): boolean {
  let j = c0 - 1;
  while (j >= lo && v.tokens[j].pos === 'ADV') j--;
  return j >= lo && BE.has(v.tokens[j].lower);
}

export interface CueSite {
  v: DocView;
  si: number;
  s: { first: number; last: number };
  c0: number;
  c1: number;
  cue: ReportingCue;
  earlier: Attribution[];
  base: Pick<Attribution, 'sentence' | 'cue' | 'cueText' | 'certainty' | 'negative'>;
}

/** undefined: the construction does not apply; null: the cue attributes nothing. */
export type CueReader = (c: CueSite) => Attribution | null | undefined;

/** Passive: "This was reported by NHK", "formally confirmed by Japan on 4 May", "this is stated in
 *  the annual survey, which is compiled by …" ("who was briefed by X" names who briefed a source:
 *  see SourceResolver.origins). */
const passiveBy: CueReader = ({ v, si, s, c0, c1, cue, base }) => {
  const beforeCue = v.tokens[c0 - 1];
  // "is stated in the annual survey": in a document, not in a place ("reported in the Gaza Strip")
  const statedIn = v.tokens[c1]?.lower === 'in' && Boolean(beforeCue) && BE.has(beforeCue.lower) && inDocument(v, c1 + 1, s.last);
  if (v.tokens[c1]?.lower !== 'by' && !statedIn) return undefined;
  if (cue.cue === 'brief') return null;
  const src = npStartingAt(v, c1 + 1, s.last);
  if (!src) return null;
  const sources = [src];
  const ref = withReferenceTo(v, src.last, s.last);
  if (ref) sources.unshift(ref);
  const subj = skipLeft(v, c0 - 1, s.first);
  const anaphoric = subj >= s.first && ['this', 'it', 'that'].includes(v.tokens[subj].lower);
  const prev = v.sentences[si - 1];
  const content = anaphoric && prev ? { first: prev.first, last: prev.last } : { first: s.first, last: c0 };
  return { ...base, kind: 'passive', sources, content, article: anaphoric && si <= 4 };
};

/** "Mr. Lee quoted the ministry as stating that …" → [ministry, Lee]; "The report cited European
 *  officials as saying that …" → [officials, report]. */
const quotedAs: CueReader = ({ v, s, c0, c1, base }) => {
  if (!v.tokens[c0].lower.startsWith('quot') && !v.tokens[c0].lower.startsWith('cite')) return undefined;
  const obj = npStartingAt(v, c1, s.last);
  if (!obj || v.tokens[obj.last]?.lower !== 'as' || !SAY_AFTER_AS.has(v.tokens[obj.last + 1]?.lower ?? '')) return undefined;
  const subj = subjectBefore(v, c0, s.first);
  let k = obj.last + 2;
  if (v.tokens[k]?.lower === 'that') k++;
  return { ...base, kind: 'verb', sources: subj ? [obj, subj] : [obj], content: { first: k, last: s.last } };
};

/** "Patel said, adding that …": a participle shares the subject of the cue before it. */
const addingThat: CueReader = ({ v, s, c0, c1, cue, earlier, base }) => {
  if (!/ing$/.test(v.tokens[c0].lower) || v.tokens[c0 - 1]?.text !== ',') return undefined;
  const prevCue = [...earlier].reverse().find((a) => (a.kind === 'verb' || a.kind === 'prep') && a.cue.last <= c0);
  const content = contentAfter(v, c1, s.last, cue);
  return prevCue && content ? { ...base, kind: 'verb', sources: prevCue.sources, content } : null;
};

/** "The dispatch of 500 medics was announced on Friday": the subject of a passive with nothing reported
 *  after it is what was reported, not who reported it ("Seoul is concerned that …" keeps its source). */
const passiveWithoutContent: CueReader = ({ v, s, c0, c1, cue }) => (!/ing$/.test(v.tokens[c0].lower) && isPassiveCue(v, c0, s.first) && !contentAfter(v, c1, s.last, cue) ? null : undefined);

/** "X said (that) …", "…, X said": the subject before the cue is the source. */
const subjectSays: CueReader = ({ v, s, c0, c1, cue, base }) => {
  let subj = subjectBefore(v, c0, s.first);
  if (subj && isRelativeHead(v, subj)) subj = null;
  subj ??= relativeAntecedent(v, c0, s.first);
  if (!subj) return undefined;
  // "a spokesman for the group said": the description keeps its "for" phrase up to the cue
  if (v.tokens[subj.last]?.lower === 'for' && npStartingAt(v, subj.last + 1, c0)?.last === c0) subj = { first: subj.first, last: c0 };
  // "This indicates that …": a demonstrative is not a source
  if (subj.last - subj.first === 1 && DEMONSTRATIVE.has(v.tokens[subj.first].lower)) return null;
  // "…, which it says have been used": a parenthetical cue governs its own relative clause
  const rel = subj.first - 1 >= s.first && ['which', 'that', 'who'].includes(v.tokens[subj.first - 1].lower);
  const content = rel ? { first: c1, last: s.last } : contentAfter(v, c1, s.last, cue) ?? (endsClause(v, c1, s.last, cue) ? contentBefore(v, s.first, subj.first) : null);
  return content ? { ...base, kind: 'verb', sources: [subj, ...relayListener(v, cue, c1, s.last)], content } : null;
};

/** Inverted: "…, said Lee", "…,” says parliamentarian Park, who was briefed …". */
const inverted: CueReader = ({ v, s, c0, c1, base }) => {
  let k = c1;
  while (k < s.last && v.time[k]) k++;
  const after = npStartingAt(v, k, s.last, false);
  const content = after ? contentBefore(v, s.first, c0) : null;
  return after && content ? { ...base, kind: 'verb', sources: [after], content } : null;
};

let docNouns: Set<string> | null = null;
/** A phrase at k whose head is something written (document-nouns.txt): "the annual survey", "a report". */
function inDocument(v: DocView, k: number, hi: number): boolean {
  const np = npStartingAt(v, k, hi);
  if (!np) return false;
  docNouns ??= new Set(loadList('document-nouns.txt'));
  const heads = v.tokens.slice(np.first, np.last).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.lower);
  return heads.some((h) => docNouns!.has(h));
}

/** The constructions a reporting verb is read in, in order: the first that applies decides (exported for the tests). */
export const CUE_READERS: readonly CueReader[] = [passiveBy, quotedAs, addingThat, passiveWithoutContent, subjectSays, inverted];

/** The site of a reporting verb at [c0, c1) of sentence si, as the cue readers see it; `earlier`: the sentence's attributions before it. */
export function cueSite(v: DocView, si: number, c0: number, c1: number, cue: ReportingCue, earlier: Attribution[] = []): CueSite {
  const base = { sentence: si, cue: { first: c0, last: c1 }, cueText: v.text(c0, c1), certainty: cue.certainty, negative: cue.negative };
  return { v, si, s: v.sentences[si], c0, c1, cue, earlier, base };
}

function verbAttribution(v: DocView, si: number, c0: number, c1: number, cue: ReportingCue, earlier: Attribution[] = []): Attribution | null {
  if (!isVerbUse(v, c0, cue)) return null;
  const site = cueSite(v, si, c0, c1, cue, earlier);
  for (const read of CUE_READERS) {
    const a = read(site);
    if (a !== undefined) return a;
  }
  return null;
}

let figureNouns: Set<string> | null = null;
const isFigureNoun = (w: string) => (figureNouns ??= new Set(loadList('figure-nouns.txt'))).has(w);

/** "John Kirby put the number of North Korean troops in Russia at more than 3,000": an estimate. */
function estimateAttribution(v: DocView, si: number, c0: number, c1: number, cue: ReportingCue): Attribution | null {
  const s = v.sentences[si];
  const obj = npStartingAt(v, c1, s.last);
  if (!obj || !v.tokens.slice(obj.first, Math.min(obj.last, obj.first + 4)).some((t) => isFigureNoun(t.lower))) return null;
  let at = obj.last;
  while (at < s.last && at < obj.last + 8 && v.tokens[at].lower !== 'at') at++;
  if (v.tokens[at]?.lower !== 'at') return null;
  const subj = subjectBefore(v, c0, s.first);
  if (!subj) return null;
  return { sentence: si, cue: { first: c0, last: c1 }, cueText: v.text(c0, c1), certainty: cue.certainty, negative: false, kind: 'verb', sources: [subj], content: { first: obj.first, last: s.last } };
}

/** "which say …", "who told …": the subject is the phrase before the relative pronoun. */
function relativeAntecedent(v: DocView, c0: number, lo: number): Range | null {
  const j = skipLeft(v, c0 - 1, lo);
  if (j < lo || !['which', 'who'].includes(v.tokens[j].lower)) return null;
  let k = j;
  if (k - 1 >= lo && v.tokens[k - 1].text === ',') k--;
  return k - 1 >= lo ? subjectBefore(v, k, lo) ?? npEndingAt(v, k - 1, lo) : null;
}

/**
 * "The NIS estimates there are 10,900 …, he said": a cue whose content runs to the end of the
 * sentence stops before a trailing inverted cue, which holds it.
 */
function clipBeforeTrailingCue(v: DocView, found: Attribution[]): void {
  for (const b of found) {
    if (b.kind !== 'verb' || b.content.last > b.cue.first) continue;
    const tail = Math.min(...b.sources.map((r) => r.first), b.cue.first);
    for (const a of found) {
      if (a === b || a.content.last <= tail || a.content.first >= tail || a.cue.first < b.content.first) continue;
      let end = tail;
      while (end > a.content.first && /^[,;:—–-]$/.test(v.tokens[end - 1].text)) end--;
      a.content = { first: a.content.first, last: end };
    }
  }
}

const DEMONSTRATIVE = new Set(['this', 'that', 'these', 'those']);

/** "told the New York Times": a news outlet told is a relay of what it was told. */
function relayListener(v: DocView, cue: ReportingCue, c1: number, hi: number): Range[] {
  if (cue.cue !== 'tell' && cue.cue !== 'inform') return [];
  const obj = npStartingAt(v, c1, hi, false);
  const m = obj ? v.mention[obj.last - 1] : undefined;
  return obj && m && orgKind(m.entity.id) === 'outlet' ? [obj] : [];
}

const isRelativeHead = (v: DocView, r: Range) => r.last - r.first === 1 && ['which', 'who', 'that'].includes(v.tokens[r.first].lower);

/** "… with reference to unnamed diplomats" after a passive source: the more original one. */
function withReferenceTo(v: DocView, i: number, hi: number): Range | null {
  const w = ['with', 'reference', 'to'];
  if (!w.every((x, k) => v.tokens[i + k]?.lower === x)) return null;
  return npStartingAt(v, i + 3, hi);
}

/**
 * What a cue governs when it comes first: after "that" if one follows before any other verb
 * ("told reporters that …", "informed a closed-door committee that …"), else the clause right
 * after it ("said Chilean President Ana Soto decided …"). Null when nothing clausal follows
 * ("the Pentagon said Monday.").
 */
let aidWords: Set<string> | null = null;
const isAidWord = (w: string) => (aidWords ??= new Set(loadList('aid-words.txt'))).has(w);

/** The token after a time phrase at k ("on Sunday", "last week"), or k. */
export function skipTime(v: DocView, k: number, hi: number): number {
  let j = k;
  if (j < hi && v.tokens[j].pos === 'ADP' && v.time[j + 1]) j++;
  if (!v.time[j]) return k;
  while (j < hi && v.time[j]) j++;
  return j;
}

/** Prepositions whose phrases belong to an event noun: what, from whom, to whom, by whom. */
const EVENT_COMPLEMENTS = new Set(['of', 'to', 'from', 'by', 'into']);

function contentAfter(v: DocView, c1: number, hi: number, cue: ReportingCue): Range | null {
  // "claimed to have suffered …", "accuses Iran of supplying …"
  if (v.tokens[c1]?.lower === 'to' && v.tokens[c1 + 1]?.pos !== 'DET' && !v.mention[c1 + 1]) return { first: c1, last: hi };
  const obj = npStartingAt(v, c1, hi, false);
  // … past a time: "accused the UAE on Sunday of supplying"
  const ofAt = obj ? skipTime(v, obj.last, hi) : -1;
  if (obj && v.tokens[ofAt]?.lower === 'of' && /ing$/.test(v.tokens[ofAt + 1]?.lower ?? '')) return { first: obj.first, last: hi };
  // a figure put at a value: "estimated the total at 7,000", "put Russian losses at 3,000"
  if (obj && v.tokens[obj.last]?.lower === 'at' && v.quantity[obj.last + 1]) return { first: obj.first, last: hi };
  // a denial reaches through the report it denies: "denied a report … claiming that …"
  if (cue.negative) return c1 < hi ? { first: c1, last: hi } : null;
  // a gerund: "admitted shipping arms to …", "confirmed sending troops"
  if (v.tokens[c1]?.pos === 'VERB' && /ing$/.test(v.tokens[c1].lower) && c1 + 1 < hi) return { first: c1, last: hi };
  const bare = cue.bare;
  for (let k = c1; k < Math.min(hi, c1 + 14); k++) {
    const t = v.tokens[k];
    // (not a relative "that": "a package for Ukraine that includes …")
    const relative = k > c1 && ['NOUN', 'PROPN'].includes(v.tokens[k - 1].pos) && ['VERB', 'AUX'].includes(v.tokens[k + 1]?.pos ?? '');
    if (t.lower === 'that' && !relative && (t.pos === 'SCONJ' || t.pos === 'PRON' || t.pos === 'DET') && k + 1 < hi) return { first: k + 1, last: hi };
    if (t.text === ':' || QUOTE_OPEN.has(t.text)) return k + 1 < hi ? { first: k + 1, last: hi } : null;
    // a verb ends the search, unless it is a modifier: "a closed-door committee", "an unnamed official"
    const modifier = v.tokens[k + 1] && (v.tokens[k + 1].text === '-' || v.tokens[k + 1].pos === 'NOUN') && t.pos === 'VERB';
    if ((t.pos === 'VERB' || t.pos === 'AUX') && k > c1 && !modifier) break;
    if (t.text === ',' || t.text === ';') break;
  }
  // "a figure the Times reported includes …": the reported clause lost its subject to the relative
  if (v.tokens[c1] && v.tokens[c1].pos === 'VERB' && /s$/.test(v.tokens[c1].lower)) return { first: c1, last: hi };
  // a clause right after the cue: a noun phrase followed by a verb ("said on Tuesday they had …")
  let k = c1;
  while (k < hi && (v.time[k] || v.tokens[k].pos === 'ADV' || (v.tokens[k].pos === 'ADP' && v.time[k + 1]))) k++;
  const np = npStartingAt(v, k, hi);
  if (!np) return null;
  let j = np.last;
  // "estimated [more than 100,000 troops on each side] killed": past the subject's own phrases
  for (let pp = 0; pp < 2 && j < hi && v.tokens[j].pos === 'ADP' && v.tokens[j].lower !== 'that'; pp++) j = npStartingAt(v, j + 1, hi)?.last ?? j;
  while (j < hi && (v.tokens[j].pos === 'ADV' || v.tokens[j].pos === 'PART')) j++;
  const t = v.tokens[j];
  if (bare && t && (t.pos === 'VERB' || t.pos === 'AUX')) return { first: k, last: hi };
  // an event named as the object: "announced the purchase of these jets", "confirmed the delivery"
  const eventHead = obj && claimLexicon().nouns.at(v.tokens, obj.last - 1) && !claimLexicon().nouns.at(v.tokens, obj.last - 1)!.value.event.startsWith('casualt');
  const counted = obj && v.tokens.slice(obj.first, obj.last).some((_, j) => v.quantity[obj.first + j]);
  // …but a giver announcing its own aid is giving it: "Germany announced a new aid package for Ukraine"
  if (obj && eventHead && isAidWord(v.tokens[obj.last - 1].lower) && !v.mentionsIn(obj.first, obj.last).length && !['from', 'by'].includes(v.tokens[obj.last]?.lower ?? '')) return null;
  if (obj && eventHead && !counted && !v.mentionsIn(obj.first, obj.last).some((m) => m.entity.type === 'person')) {
    // with its own complements: "the delivery of Iranian drones to Russia", "the sale of jets by Moscow"
    let end = obj.last;
    for (let pp = 0; pp < 4 && end < hi && EVENT_COMPLEMENTS.has(v.tokens[end].lower); pp++) end = npStartingAt(v, end + 1, hi)?.last ?? hi;
    return { first: obj.first, last: end };
  }
  return null;
}

/**
 * A cue that comes last ends its clause: only a time, a listener ("told CNN"), or a phrase like
 * "in a statement" may follow it before the end or a comma. "Ukraine does not publish its figures"
 * reports nothing that came before it.
 */
function endsClause(v: DocView, c1: number, hi: number, cue: ReportingCue): boolean {
  let k = c1;
  const skipTime = () => { while (k < hi && (v.time[k] || v.tokens[k].pos === 'ADV')) k++; };
  skipTime();
  if ((cue.cue === 'tell' || cue.cue === 'inform' || cue.cue === 'brief') && k < hi) {
    k = npStartingAt(v, k, hi, false)?.last ?? k;
    // "told lawmakers Monday"
    skipTime();
  }
  for (let guard = 0; guard < 5 && k < hi && ['in', 'on', 'at', 'during', 'to', 'via', 'through', 'after', 'before', 'following', 'with', 'from', 'for'].includes(v.tokens[k].lower); guard++) {
    k = npStartingAt(v, k + 1, hi)?.last ?? k + 1;
    skipTime();
  }
  return k >= hi || /^[,;:—–.!?“”"-]$/.test(v.tokens[k].text);
}

/** What a cue governs when it comes last: the sentence before its subject, without the comma. */
function contentBefore(v: DocView, lo: number, end: number): Range | null {
  let last = end;
  while (last > lo && /^[,;:—–-]$|^[“”"’]$/.test(v.tokens[last - 1].text)) last--;
  let first = lo;
  while (first < last && QUOTE_OPEN.has(v.tokens[first].text)) first++;
  return last > first ? { first, last } : null;
}

let speakerHeads: Set<string> | null = null;
/** A phrase that can be a source: a name, a pronoun, a person or a body that speaks, something written. */
function canSpeak(v: DocView, r: Range): boolean {
  if (v.mentionsIn(r.first, r.last).length) return true;
  speakerHeads ??= new Set([...loadList('speaker-nouns.txt'), ...loadList('document-nouns.txt'), ...loadList('outlet-nouns.txt'), 'officials', 'sources', 'authorities', 'government', 'ministry', 'agency', 'police', 'military', 'army', 'media', 'witnesses', 'residents', 'people']);
  const head = v.tokens[r.last - 1];
  return head.pos === 'PRON' || head.pos === 'PROPN' || speakerHeads.has(head.lower) || speakerHeads.has(head.lower.replace(/s$/, ''));
}

function prepAttribution(v: DocView, si: number, c0: number, c1: number, cue: ReportingCue, earlier: Attribution[]): Attribution | null {
  const s = v.sentences[si];
  let k = c1;
  // "98 per cent": a rate, not "per the ministry"
  if (cue.cue === 'per' && (v.tokens[c1]?.lower === 'cent' || v.tokens[c0 - 1]?.pos === 'NUM')) return null;
  let src = npStartingAt(v, k, s.last);
  if (!src) return null;
  // "citing bulletproof vests, helmets …": what is cited must be able to say something
  if (cue.cue !== 'according to' && !canSpeak(v, src)) return null;
  // "according to the plan" names no source
  if (notSources().has(v.tokens[src.last - 1].lower) && !v.mention[src.last - 1]) return null;
  // "according to a spokesman for the group": the description's own "for"/"of" phrase
  if (['for', 'of'].includes(v.tokens[src.last]?.lower ?? '') && !v.mention[src.last - 1]) {
    const pp = npStartingAt(v, src.last + 1, s.last);
    if (pp) src = { first: src.first, last: pp.last };
  }
  // "according to Turkey's state broadcaster, TRT": the name in apposition
  if (v.tokens[src.last]?.text === ',' && v.mention[src.last + 1]) {
    const m = v.mention[src.last + 1]!;
    if (m.first === src.last + 1 && (m.last >= s.last || /^[,.;]$/.test(v.tokens[m.last]?.text ?? ''))) src = { first: m.first, last: m.last };
  }
  // "citing senators briefed by the nation's spy service": who briefed them comes along
  if (v.tokens[src.last]?.lower === 'briefed' && v.tokens[src.last + 1]?.lower === 'by') {
    const by = npStartingAt(v, src.last + 2, s.last);
    if (by) src = { first: src.first, last: by.last };
  }
  k = src.last;
  const base = { sentence: si, cue: { first: c0, last: c1 }, cueText: v.text(c0, c1), certainty: cue.certainty, negative: cue.negative, sources: [src] };
  // "citing X", "quoting X" after a reporting verb: X is that report's source
  if (cue.cue !== 'according to') {
    const relay = [...earlier].reverse().find((a) => a.kind === 'verb' && a.cue.first < c0);
    if (relay) return { ...base, kind: 'citing', content: relay.content, relay };
  }
  // at the start: "According to Park, the NIS thinks …"
  const startsSentence = c0 <= s.first + 1;
  if (startsSentence) {
    let j = k;
    while (j < s.last && v.tokens[j].text !== ',') j++;
    return j + 1 < s.last ? { ...base, kind: 'prep', content: { first: j + 1, last: s.last } } : null;
  }
  // trailing or medial: the clause before it (and a clause after it, if any)
  const content = contentBefore(v, s.first, c0);
  if (!content) return null;
  return { ...base, kind: 'prep', content: { first: content.first, last: s.last } };
}

/** Headlines: "NHK: DPRK may send …", "… to rebuild Kursk: Shoigu", "… bombs - Ryder". */
function headlineAttribution(v: DocView, si: number): Attribution | null {
  const s = v.sentences[si];
  if (!s.headline) return null;
  const base = { sentence: si, certainty: null, negative: false, kind: 'headline' as const };
  // source first: a named actor, then a colon
  for (let k = s.first + 1; k < Math.min(s.last - 1, s.first + 6); k++) {
    if (v.tokens[k].text !== ':') continue;
    const src = { first: s.first, last: k };
    // "Mali: Rocket attack on UN camp …", "Catatumbo fighting: …": a place or a topic before the colon labels the story, it says nothing
    const named = v.mentionsIn(src.first, src.last);
    if (named.length && named.every((m) => m.entity.type === 'country' || m.entity.type === 'place')) continue;
    if (named.length) return { ...base, cue: { first: k, last: k + 1 }, cueText: ':', sources: [src], content: { first: k + 1, last: s.last } };
  }
  // source last: ": Shoigu", " - Ryder", " – Reuters"
  for (let k = s.last - 2; k > Math.max(s.first, s.last - 6); k--) {
    const t = v.tokens[k].text;
    if (t !== ':' && t !== '-' && t !== '–' && t !== '—') continue;
    if (t === '-' && v.tokens[k - 1].end === v.tokens[k].start) continue;
    const src = { first: k + 1, last: s.last };
    if (v.mentionsIn(src.first, src.last).length) return { ...base, cue: { first: k, last: k + 1 }, cueText: t, sources: [src], content: { first: s.first, last: k } };
  }
  return null;
}

/**
 * Quotations attributed at their end or start ("“…,” says Lee", "Zelenskyy wrote, “…”"): the
 * speaker is a source of everything inside the quotation, over several sentences if it runs on.
 */
function quoteAttributions(v: DocView, found: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  const toks = v.tokens;
  let open = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i].text;
    const straight = t === '"';
    if (open < 0 && (t === '“' || (straight && isOpening(v, i)))) {
      open = i;
      continue;
    }
    if (open >= 0 && (t === '”' || straight)) {
      const content = { first: open + 1, last: i };
      const speaker = inSentence(found, toks[i].sentence).find((a) => a.kind === 'verb' && a.cue.first > i && a.cue.first <= i + 6)
        ?? near(found, open - 4, open).find((a) => a.kind === 'verb' && a.cue.last <= open && a.cue.last >= open - 3);
      if (speaker && content.last > content.first) out.push({ ...speaker, kind: 'quote', content });
      open = -1;
    }
  }
  return out;
}

/** A straight quote opens when nothing wordy touches its left side. */
const isOpening = (v: DocView, i: number) => i === 0 || v.tokens[i - 1].end < v.tokens[i].start || /[:(,]/.test(v.tokens[i - 1].text);
