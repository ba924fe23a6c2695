// Sentences and tokens with offsets into the original text, from wink-nlp's lite English model.
// wink-nlp keeps every character (its tokens plus their preceding spaces rebuild the text), so we
// recover offsets by walking the text; the rest of Dossier never sees wink's own indices.
import winkNLP from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';
import { winkModel } from './wink-model.js';
import type { Doc, Sentence, Token } from '../doc.js';
import type { Stage } from '../pipeline.js';

// Only sentence boundaries and POS: the other annotators (sentiment, negation, its own entity
// patterns) cost a third of the time and we do not use them. The model loads on first use, so
// that importing the library (the CLI reading its arguments) does not load it.
let wink: ReturnType<typeof winkNLP> | null = null;
const nlp = () => (wink ??= winkNLP(winkModel as unknown as typeof model, ['sbd', 'pos']));

export interface Segmentation {
  tokens: Token[];
  sentences: Sentence[];
}

const END_PUNCT = /[.!?;:"”’'»)\]…]$/;
const TYPOGRAPHIC = /[’‘`]/;
const lowerOf = (v: string) => (TYPOGRAPHIC.test(v) ? v.toLowerCase().replace(/[’‘`]/g, "'") : v.toLowerCase());

/**
 * One pass of wink over the whole text (a third faster than a pass per line), then our own rule on
 * top: a line break always ends a sentence in news copy (headlines, datelines, bullet lists).
 */
export function segment(doc: Doc): Segmentation {
  const text = doc.text;
  const wdoc = nlp().readDoc(text);
  const its = nlp().its;
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const kinds = wdoc.tokens().out(its.type) as string[];
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  let paragraph = 0;
  let sawBreak = false;
  let open = -1; // index in tokens of the first token of the open sentence
  const close = () => {
    if (open >= 0 && tokens.length > open) {
      sentences.push({ start: tokens[open].start, end: tokens[tokens.length - 1].end, first: open, last: tokens.length, paragraph, headline: false });
    }
    open = -1;
  };
  let sentenceAt = 0;
  for (let i = 0; i < values.length; i++) {
    // wink sentence boundaries
    while (sentenceAt < spans.length && spans[sentenceAt][1] < i) sentenceAt++;
    const startsWink = sentenceAt < spans.length && spans[sentenceAt][0] === i;
    const v = values[i];
    const at = text.indexOf(v, cursor);
    // a token whose text wink normalised is placed at the cursor; it never moves us backwards
    const start = at < 0 ? cursor : at;
    for (let c = cursor; c < start; c++) if (text.charCodeAt(c) === 10) sawBreak = true;
    cursor = at < 0 ? cursor : start + v.length;
    if (kinds[i] === 'tabCRLF' || !v.trim()) {
      if (v.includes('\n')) sawBreak = true;
      continue;
    }
    if (sawBreak) {
      close();
      if (tokens.length) paragraph++;
      sawBreak = false;
    } else if (startsWink && !(tokens.length && tokens[tokens.length - 1].end === start)) {
      // no space, no new sentence: "Censor.NET", "Ukrinform.ua"
      close();
    }
    if (open < 0) open = tokens.length;
    tokens.push({ start, end: start + v.length, text: v, lower: lowerOf(v), pos: pos[i], kind: kinds[i], sentence: sentences.length });
  }
  close();
  const split = splitDatelines(tokens, sentences);
  markHeadlines(text, split);
  return { tokens, sentences: split };
}

const DASHES = new Set(['—', '–', '-', '--']);
// a place and a date in capitals or names, then the agency: "SEOUL, South Korea (AP", "KYIV, March 3 (Reuters"
// … or a place in capitals alone: "WASHINGTON —", "KYIV, Ukraine —"
const isBareDateline = (head: Token[]): boolean =>
  /^\p{Lu}{3,}$/u.test(head[0].text) && head.every((t) => !/^\p{Ll}/u.test(t.text)) && head.length <= 6;
const isDateline = (head: Token[]): boolean => {
  const open = head.findIndex((t) => t.text === '(');
  return open > 0 && head.slice(0, open).every((t) => !/^\p{Ll}/u.test(t.text));
};

/**
 * "PORT SUDAN, May 12 (AFP) — Sudan's army accused …": a dateline opening a paragraph is a
 * sentence of its own, so that its place and agency are never read as the subject of the news.
 * A dateline is names, numbers and punctuation, then an agency in brackets and a dash, within the
 * first 14 tokens.
 */
function splitDatelines(tokens: Token[], sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const opens = !out.length || out[out.length - 1].paragraph !== s.paragraph;
    let cut = -1;
    if (opens) {
      for (let k = s.first + 1; k < Math.min(s.last - 1, s.first + 14); k++) {
        if (DASHES.has(tokens[k].text) && (tokens[k - 1].text === ')' ? isDateline(tokens.slice(s.first, k - 1)) : isBareDateline(tokens.slice(s.first, k)))) {
          cut = k + 1;
          break;
        }
      }
    }
    if (cut < 0) {
      out.push(s);
      continue;
    }
    out.push({ ...s, end: tokens[cut - 1].end, last: cut, headline: false });
    out.push({ ...s, start: tokens[cut].start, first: cut, headline: false });
  }
  if (out.length !== sentences.length) out.forEach((s, i) => { for (let k = s.first; k < s.last; k++) tokens[k].sentence = i; });
  return out;
}

/** A line that is one sentence with no closing punctuation reads as a headline or subhead. */
function markHeadlines(text: string, sentences: Sentence[]): void {
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const alone = (k === 0 || sentences[k - 1].paragraph !== s.paragraph) && (k + 1 === sentences.length || sentences[k + 1].paragraph !== s.paragraph);
    if (alone && !END_PUNCT.test(text.slice(s.start, s.end).trim())) s.headline = true;
  }
}

export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run: (doc) => ({ ...segment(doc) }),
};
