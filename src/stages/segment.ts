// Sentences and tokens with offsets into the original text, from wink-nlp's lite English model.
// wink-nlp keeps every character (its tokens plus their preceding spaces rebuild the text), so we
// recover offsets by walking the text; the rest of Dossier never sees wink's own indices.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Doc, Sentence, Token } from '../doc.js';
import type { Stage } from '../pipeline.js';

// Only sentence boundaries and POS: the other annotators (sentiment, negation, its own entity
// patterns) cost a third of the time and we do not use them.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

export interface Segmentation {
  tokens: Token[];
  sentences: Sentence[];
}

const END_PUNCT = /[.!?;:"”’'»)\]…]$/;

export function segment(doc: Doc): Segmentation {
  const text = doc.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // wink works on one line at a time here: a line break always ends a sentence in news copy
  // (headlines, datelines, bullet lists), and short inputs keep its cost linear.
  let paragraph = -1;
  const lineRe = /[^\n\r]+/g;
  let m: RegExpExecArray | null;
  while ((m = lineRe.exec(text))) {
    const lineStart = m.index;
    const line = m[0];
    if (!line.trim()) continue;
    paragraph++;
    segmentLine(line, lineStart, paragraph, tokens, sentences);
  }
  return { tokens, sentences };
}

function segmentLine(line: string, offset: number, paragraph: number, tokens: Token[], sentences: Sentence[]): void {
  const wdoc = nlp.readDoc(line);
  const values = wdoc.tokens().out(its.value) as string[];
  const pos = wdoc.tokens().out(its.pos) as string[];
  const kinds = wdoc.tokens().out(its.type) as string[];
  const starts: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = line.indexOf(v, cursor);
    // a token whose text wink normalised is placed at the cursor; it never moves us backwards
    const s = at < 0 ? cursor : at;
    starts.push(s);
    cursor = at < 0 ? cursor : s + v.length;
  }
  const spans = wdoc.sentences().out(its.span) as unknown as [number, number][];
  const lineSentences: [number, number][] = spans.length ? spans : [[0, values.length - 1]];
  for (const [a, b] of lineSentences) {
    const first = tokens.length;
    const sentenceIndex = sentences.length;
    for (let i = a; i <= b; i++) {
      const v = values[i];
      if (!v || !v.trim()) continue;
      const start = offset + starts[i];
      tokens.push({ start, end: start + v.length, text: v, lower: v.toLowerCase().replace(/[’‘`]/g, "'"), pos: pos[i], kind: kinds[i], sentence: sentenceIndex });
    }
    if (tokens.length === first) continue;
    const start = tokens[first].start;
    const end = tokens[tokens.length - 1].end;
    sentences.push({ start, end, first, last: tokens.length, paragraph, headline: false });
  }
  // a line that is one sentence with no closing punctuation reads as a headline or subhead
  const lineSents = sentences.filter((s) => s.paragraph === paragraph);
  if (lineSents.length === 1 && !END_PUNCT.test(line.trim())) lineSents[0].headline = true;
}

export const segmentStage: Stage = {
  name: 'segment',
  requires: [],
  assigns: ['tokens', 'sentences'],
  run: (doc) => ({ ...segment(doc) }),
};
