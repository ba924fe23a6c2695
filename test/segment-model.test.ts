// src/stages/wink-model.ts reads wink-eng-lite-web-model's files itself (faster start-up): it must
// read every text exactly as the package's own model does.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import winkNLP from 'wink-nlp';
import packaged from 'wink-eng-lite-web-model';
import { winkModel } from '../src/stages/wink-model.js';

const examples = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'examples');
const texts = [
  'Poland will deliver 14 more tanks to Ukraine by the end of the month, its defence minister said on Wednesday.',
  'Rep. Park Sun-won told the U.S. envoy on Jan. 5 that Gen. Kim had left. Mr. Lee agreed!',
  '“We sent 2,000 drones,” an official said – adding that $1.5bn in aid was due in Q3 (not earlier).',
  'KYIV — Officials weren’t sure; the ministry’s figures (roughly 40%) couldn’t be checked… #Update @agency 😀',
  ...readdirSync(examples).filter((f) => f.endsWith('.jsonl')).flatMap((f) =>
    readFileSync(path.join(examples, f), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l).text as string)),
];

describe('the wink model as segment.ts reads it', () => {
  it('tags, types and splits every text as the packaged model does', () => {
    const ours = winkNLP(winkModel as unknown as typeof packaged, ['sbd', 'pos']);
    const theirs = winkNLP(packaged, ['sbd', 'pos']);
    const read = (nlp: ReturnType<typeof winkNLP>, text: string) => {
      const d = nlp.readDoc(text);
      const its = nlp.its;
      return [d.tokens().out(its.value), d.tokens().out(its.pos), d.tokens().out(its.type), d.tokens().out(its.precedingSpaces), d.sentences().out(its.span)];
    };
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(read(ours, text)).toEqual(read(theirs, text));
  });
});
