// wink-eng-lite-web-model, assembled for what segment.ts asks of it (sentences and parts of
// speech) and read once. The package's own loader copies its 3 MB core model through
// JSON.stringify and JSON.parse and reads the entity and sentiment machines we never run: a third
// of the start-up. This reads the same files the same way (read-core-model.js, load-core-model.js
// of version 1.8), without the copy; test/segment-model.test.ts checks it reads texts exactly as
// the package's model does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('wink-eng-lite-web-model'));
const part = (file: string): unknown => require(path.join(dist, file));

interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: unknown[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

const words = (base64: string) => new Uint32Array(new Uint8Array(Buffer.from(base64, 'base64')).buffer);

function core(): CoreModel {
  const model = JSON.parse(readFileSync(path.join(dist, 'languages/cur/models/eng-core-web-model.json'), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  const hashOf = (list: string[]) => {
    const hash: Record<string, number> = Object.create(null);
    for (let k = 0; k < list.length; k++) hash[list[k]] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f][3] === 0) features[f].hash = hashOf(features[f].list);
  features.lexeme.hash = hashOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // what load-core-model.js adds
  packing.efList = [];
  for (const f in packing.layout) {
    const [, bits, shift, kind, extra] = packing.layout[f];
    if (kind === 0) Object.assign(features[f], { intrinsicSize: features[f].list.length, index: features[f].list.length, maxIndex: bits >>> shift });
    if (extra === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

// An automaton that recognises nothing (wink's own emptyModelJSON): wink-nlp builds the entity and
// sentiment machines whatever the pipe asks for, and runs them only when the pipe names them.
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

export const winkModel = {
  core,
  sbd: part('load-sbd-model.js'),
  pos: part('load-pos-model.js'),
  negation: part('load-negation-model.js'),
  metaCER: part('load-cer-meta-model.js'),
  ner: () => ({ machines: [], transformers: [] }),
  sa: () => ({ machines: [EMPTY_MACHINE], setter: () => undefined }),
  featureFn: part('feature.js'),
  // add-ons for what we do not ask (lemmas, stems, readability), read if ever asked
  addons: {
    get stem() {
      return part('porter-stemmer.js');
    },
    get lemmatize() {
      return part('lemmatize.js');
    },
    get readabilityStats() {
      return part('readability-stats.js');
    },
    wordVectors: undefined,
  },
};
