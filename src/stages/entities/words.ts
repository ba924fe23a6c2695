// Name words: the units every actor rule reads. wink splits "Sun-won" into three tokens and
// "Tomáš" into two, and leaves "Mr." and "U.S." apart from or joined to their stops unevenly, so
// actors are matched on words cut from the text itself: letters and digits with inner hyphens,
// apostrophes, dots and slashes ("Ghedini-Williams", "Censor.NET", "RFE/RL"), a possessive "'s"
// kept as a flag ("Russia’s" → Russia + poss), and the stop of "Mr." or "U.S." kept inside.
import type { Doc } from '../../doc.js';
import { loadList } from '../../lexicons/load.js';

export interface Word {
  start: number;
  /** End of the word itself, without a possessive "'s". */
  end: number;
  text: string;
  lower: string;
  /** Followed by a possessive "'s" / "’s" (which ends at `end + 2`). */
  poss: boolean;
  /** Non-space characters between the previous word and this one ("," "(" "—"); "\n" at a line break. */
  gap: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** wink's POS tag for the token starting here ('' when none starts here). */
  pos: string;
  sentence: number;
  /** First word of its sentence: capitalisation there says nothing about names. */
  sentStart: boolean;
  /** In a headline or a Title Case line, where capitals say nothing about names either. */
  titleCase: boolean;
}

// A word is letters and digits with inner hyphens, apostrophes, slashes and ampersands; a stop joins
// letters only in abbreviations and domains ("U.S", "D.C", "Amazon.com"): after a capital or a digit
// before a letter or digit, after a lower-case letter before a lower-case letter or digit. After a
// lower-case letter and before a capital it is a missing space ("the Gaza Strip.US Secretary").
// This is the regular expression
//   [\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[-'’\/&](?=[\p{L}\p{N}])|(?<=[\p{Lu}\p{N}])\.(?=[\p{L}\p{N}])|(?<=\p{Ll})\.(?=[\p{Ll}\p{N}]))*
// written out as a scanner over character classes, which runs twice as fast (every document's
// every character goes through it).
const L = 1;
const LU = 2;
const LL = 4;
const N = 8;
const M = 16;
const classCache = new Map<number, number>();
function classOf(cp: number): number {
  if (cp < 128) {
    if (cp >= 97 && cp <= 122) return L | LL;
    if (cp >= 65 && cp <= 90) return L | LU;
    return cp >= 48 && cp <= 57 ? N : 0;
  }
  let f = classCache.get(cp);
  if (f === undefined) {
    const c = String.fromCodePoint(cp);
    f = (/\p{L}/u.test(c) ? L : 0) | (/\p{Lu}/u.test(c) ? LU : 0) | (/\p{Ll}/u.test(c) ? LL : 0) | (/\p{N}/u.test(c) ? N : 0) | (/\p{M}/u.test(c) ? M : 0);
    classCache.set(cp, f);
  }
  return f;
}
const classAt = (text: string, i: number): number => (i < text.length ? classOf(text.codePointAt(i)!) : 0);
const JOINERS = new Set([45, 39, 0x2019, 47, 38]); // - ' ’ / &

/** The next word at or after `from`: its [start, end) offsets, or null. */
export function nextWord(text: string, from: number): { start: number; end: number } | null {
  const n = text.length;
  let i = from;
  let prev = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    prev = classOf(cp);
    if (prev & (L | N)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  if (i >= n) return null;
  const start = i;
  i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const f = classOf(cp);
    if (f & (L | M | N)) {
      prev = f;
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    if (JOINERS.has(cp)) {
      if (!(classAt(text, i + 1) & (L | N))) break;
    } else if (cp === 46) {
      const next = classAt(text, i + 1);
      if (!((prev & (LU | N) && next & (L | N)) || (prev & LL && next & (LL | N)))) break;
    } else break;
    prev = 0;
    i++;
  }
  return { start, end: i };
}

const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const UPPER = /^\p{Lu}/u;

let abbreviations: Set<string> | undefined;
const abbrevs = () => (abbreviations ??= new Set(loadList('honorific-abbreviations.txt')));
let hyphenSuffixes: Set<string> | undefined;
const suffixes = () => (hyphenSuffixes ??= new Set(loadList('hyphen-suffixes.txt')));

/** Words of a bare string (a lexicon entry or a phrase to resolve): no POS, one sentence. */
export function scanWords(text: string): Word[] {
  const out: Word[] = [];
  let prevEnd = 0;
  let at = 0;
  for (let span = nextWord(text, at); span; span = nextWord(text, at)) {
    const start = span.start;
    let raw = text.slice(start, span.end);
    at = span.end;
    let poss = false;
    const n = raw.length;
    if (n > 2 && (raw[n - 1] === 's' || raw[n - 1] === 'S') && (raw[n - 2] === "'" || raw[n - 2] === '’')) {
      raw = raw.slice(0, -2);
      poss = true;
    }
    let end = start + raw.length;
    // keep the stop of "Mr." / "U.S." / an initial "K." inside the word
    if (!poss && text[end] === '.' && (INITIALS.test(raw) || (raw.length === 1 && UPPER.test(raw)) || abbrevs().has(raw.toLowerCase()))) {
      end += 1;
      raw += '.';
      at = end;
    }
    const gap = gapBetween(text, prevEnd, start);
    // "Iran-backed", "Russian-made": the actor's word, then the rest as a word of its own
    const dash = poss ? -1 : raw.lastIndexOf('-');
    if (dash > 0 && suffixes().has(raw.slice(dash + 1).toLowerCase())) {
      out.push(makeWord(start, raw.slice(0, dash), false, gap, out.length === 0));
      out.push(makeWord(start + dash + 1, raw.slice(dash + 1), false, '-', false));
    } else out.push(makeWord(start, raw, poss, gap, out.length === 0));
    prevEnd = poss ? end + 2 : end;
  }
  return out;
}

/** The non-space characters between two words ("," "(" "—"), or "\n" across a line break. */
function gapBetween(text: string, from: number, to: number): string {
  if (to - from === 1 && text.charCodeAt(from) === 32) return '';
  let gap = '';
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 10 || code === 13) return '\n';
    if (code === 32 || code === 9) continue;
    const c = text[k];
    if (!/\s/.test(c)) gap += c;
  }
  return gap;
}

function makeWord(start: number, raw: string, poss: boolean, gap: string, first: boolean): Word {
  const lower = raw.toLowerCase();
  const c = raw.charCodeAt(0);
  // ASCII first: most words settle without a Unicode regex
  const cap = c < 128 ? c >= 65 && c <= 90 : UPPER.test(raw);
  return { start, end: start + raw.length, text: raw, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, poss, gap, cap, pos: '', sentence: 0, sentStart: first, titleCase: false };
}

/** "Russia-Ukraine war", "US-Israeli": a hyphenated word whose halves are actors (and which is
 *  not one itself, like "Guinea-Bissau") is read as its halves. */
function splitActorPairs(words: Word[], isActorWord: (lower: string) => boolean): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const parts = w.text.includes('-') ? w.text.split('-') : undefined;
    if (!parts || isActorWord(w.lower) || !parts.every((p) => isActorWord(p.toLowerCase()))) {
      out.push(w);
      continue;
    }
    let at = w.start;
    parts.forEach((p, k) => {
      const part = makeWord(at, p, k === parts.length - 1 && w.poss, k === 0 ? w.gap : '-', k === 0 && w.sentStart);
      out.push(part);
      at += p.length + 1;
    });
  }
  return out;
}

const SHORT_FUNCTION = new Set(['a', 'an', 'the', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'and', 'or', 'as', 'is', 'from', 'with', 'into', 'over', 'up']);
/** Has a letter: a word starts with a letter or a digit, and most start with a letter. */
const hasLetter = (text: string) => (classAt(text, 0) & L) !== 0 || /\p{L}/u.test(text);

/** Words of a segmented document, with POS, sentence index and Title Case flags. */
export function docWords(doc: Doc, isActorWord: (lower: string) => boolean = () => false): Word[] {
  const words = splitActorPairs(scanWords(doc.text), isActorWord);
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  let t = 0;
  let s = 0;
  let lastSentence = -1;
  for (const w of words) {
    // tokens and words are both in text order: walk them together
    while (t < tokens.length && tokens[t].start < w.start) t++;
    w.pos = t < tokens.length && tokens[t].start === w.start ? tokens[t].pos : '';
    while (s < sentences.length - 1 && w.start >= sentences[s].end) s++;
    w.sentence = s;
    w.sentStart = s !== lastSentence;
    lastSentence = s;
  }
  markTitleCase(words, sentences.map((x) => x.headline));
  return words;
}

// "Laos Army Takes Delivery of Four Mi-17 Helicopters From Russia": when most content words
// of a sentence are capitalised, capitals are style, not names.
function markTitleCase(words: Word[], headline: boolean[]): void {
  let i = 0;
  while (i < words.length) {
    let j = i;
    let content = 0;
    let caps = 0;
    while (j < words.length && words[j].sentence === words[i].sentence) {
      const w = words[j];
      if (!SHORT_FUNCTION.has(w.lower) && hasLetter(w.text)) {
        content++;
        if (w.cap) caps++;
      }
      j++;
    }
    const title = headline[words[i].sentence] === true || (content >= 4 && caps / content >= 0.75);
    for (let k = i; k < j; k++) words[k].titleCase = title;
    i = j;
  }
}

/** The text of words[a..b], ending after the possessive of b when `withPoss`. */
export function wordSpan(words: Word[], a: number, b: number): { start: number; end: number } {
  return { start: words[a].start, end: words[b].end };
}
