// The document model every stage reads. Offsets are UTF-16 code unit offsets into `text`,
// half-open [start, end), so that text.slice(start, end) === span text (SPEC §1).
import type { EntityOut, QuantityOut, TimeOut } from './format.js';

export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

export interface DocMeta {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) against which relative times resolve; null when unknown. */
  published: string | null;
  language: string;
}

export interface Token extends Span {
  text: string;
  /** Lower-cased text with typographic apostrophes made plain, for lexicon lookups. */
  lower: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, AUX, NUM, ADP, DET, PUNCT, SPACE …). */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, tabCRLF, emoji, … */
  kind: string;
  /** Index of the sentence holding this token. */
  sentence: number;
}

export interface Sentence extends Span {
  /** Token index range [first, last) into Doc.tokens. */
  first: number;
  last: number;
  /** Paragraph index (blank or single line breaks separate paragraphs in news copy). */
  paragraph: number;
  /** True for a line without final punctuation that reads as a headline or a dateline-only line. */
  headline: boolean;
}

/** The layers stages add. A stage returns its own layer; the pipeline writes it (see pipeline.ts). */
export interface Layers {
  sentences: Sentence[];
  tokens: Token[];
  entities: EntityOut[];
  times: TimeOut[];
  quantities: QuantityOut[];
}

export type Doc = { text: string; meta: DocMeta } & Partial<Layers>;

export function makeDoc(text: string, meta: Partial<DocMeta> = {}): Doc {
  return {
    text,
    meta: {
      id: meta.id ?? '',
      url: meta.url ?? null,
      outlet: meta.outlet ?? null,
      title: meta.title ?? null,
      published: meta.published ?? null,
      language: meta.language ?? 'en',
    },
  };
}

export function spanText(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}
