// Small linear models over sparse string features, trained by `npm run train` (scripts/train.mjs)
// and committed as data (src/models/claims.json). Three kinds:
//   binary      P(yes) = sigmoid(bias + Σ w[f])                       — keep a counted claim or not
//   multiclass  argmax over classes of bias[c] + Σ w[f][c]            — the event type
//   rank        softmax over candidates of Σ w[f]                     — agent, recipient, original source
// The file is checked against a schema when it is loaded; a missing file means "rules only".
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z as Z } from 'zod';

const here = path.dirname(fileURLToPath(import.meta.url));
/** src/models, from src/stages/claims/learn (tsx) or dist/stages/claims/learn (compiled). */
export const MODEL_DIR = path.join(here, '..', '..', '..', '..', 'src', 'models');

// zod takes ~0.1 s to load: it loads with the first model file read, not with the pipeline
function schemas(z: typeof Z) {
  const Weights = z.record(z.string(), z.number());
  const Binary = z.object({ kind: z.literal('binary'), bias: z.number(), threshold: z.number(), w: Weights });
  const Multiclass = z.object({ kind: z.literal('multiclass'), keep: z.number().optional(), classes: z.array(z.string()).min(2), bias: z.array(z.number()), w: z.record(z.string(), z.array(z.number())) });
  const Rank = z.object({ kind: z.literal('rank'), keep: z.number().optional(), w: Weights });
  const ModelFile = z.object({
    format: z.literal('dossier-claims-model/1'),
    trainedOn: z.object({ documents: z.number(), families: z.array(z.string()) }).passthrough(),
    models: z.object({ detect: Binary.optional(), event: Multiclass.optional(), agent: Rank.optional(), recipient: Rank.optional(), source: Rank.optional() }),
  });
  return { Binary, Multiclass, Rank, ModelFile };
}
type Schemas = ReturnType<typeof schemas>;
let built: Schemas | null = null;
const modelFile = () => (built ??= schemas((createRequire(import.meta.url)('zod') as { z: typeof Z }).z)).ModelFile;

export type BinaryModel = Z.infer<Schemas['Binary']>;
export type MulticlassModel = Z.infer<Schemas['Multiclass']>;
export type RankModel = Z.infer<Schemas['Rank']>;
export type Models = Z.infer<Schemas['ModelFile']>['models'];

let cached: Models | null | undefined;
let override: Models | null | undefined;

/** The committed models, or null when there are none (or they are switched off). Loaded once. */
export function models(): Models | null {
  if (override !== undefined) return override;
  if (cached !== undefined) return cached;
  const file = process.env.DOSSIER_MODEL ?? path.join(MODEL_DIR, 'claims.json');
  if (process.env.DOSSIER_RULES_ONLY === '1' || !existsSync(file)) return (cached = null);
  const parsed = modelFile().safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`model ${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return (cached = parsed.data.models);
}

/** Replaces the models for this process (training, tests); null = rules only; undefined = the committed file. */
export function useModels(m: Models | null | undefined): void {
  override = m;
}

const dot = (w: Record<string, number>, features: string[]) => {
  let s = 0;
  for (const f of features) s += w[f] ?? 0;
  return s;
};

export const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function binaryScore(m: BinaryModel, features: string[]): number {
  return sigmoid(m.bias + dot(m.w, features));
}

export function classify(m: MulticlassModel, features: string[]): { label: string; p: number; probs: number[] } {
  const scores = m.bias.slice();
  for (const f of features) {
    const row = m.w[f];
    if (row) for (let c = 0; c < scores.length; c++) scores[c] += row[c] ?? 0;
  }
  const p = softmax(scores);
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c] > p[best]) best = c;
  return { label: m.classes[best], p: p[best], probs: p };
}

/** Probabilities of each candidate (each a list of features). */
export function rank(m: RankModel, candidates: string[][]): number[] {
  return softmax(candidates.map((f) => dot(m.w, f)));
}

export function softmax(xs: number[]): number[] {
  if (!xs.length) return [];
  const hi = Math.max(...xs);
  const e = xs.map((x) => Math.exp(x - hi));
  const z = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / z);
}
