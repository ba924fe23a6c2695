// extract(): one document in, one dossier/1 extraction out (SPEC §1).
import { makeDoc, type Doc } from './doc.js';
import { FORMAT, type ClaimOut, type Extraction } from './format.js';
import { MAX_TEXT_LENGTH } from './limits.js';
import { runStages, type OnStage, type Stage } from './pipeline.js';
import { segmentStage } from './stages/segment.js';
import { entitiesStage } from './stages/entities.js';
import { timesStage } from './stages/times.js';
import { quantitiesStage } from './stages/quantities.js';
import { claimsStage } from './stages/claims.js';

export interface DocumentInput {
  text: string;
  id?: string | number | null;
  published?: string | null;
  url?: string | null;
  outlet?: string | null;
  title?: string | null;
  language?: string | null;
}

/** Largest document we extract, in UTF-16 code units (src/limits.ts). */
export { MAX_TEXT_LENGTH };

/** Order matters: entities, times and quantities only need tokens; claims need all three. */
export const defaultStages: readonly Stage[] = [segmentStage, entitiesStage, timesStage, quantitiesStage, claimsStage];

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

/** Accepts YYYY-MM-DD or a full ISO timestamp; returns YYYY-MM-DD or throws an InputError. */
export function normalisePublished(value: unknown): string | null {
  if (value == null || value === '') return null;
  if (typeof value !== 'string') throw new InputError(`published: expected an ISO date such as "2025-06-26", found ${JSON.stringify(value)}`);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (m) {
    const [, y, mo, d] = m;
    const date = new Date(Date.UTC(+y, +mo - 1, +d));
    if (date.getUTCFullYear() === +y && date.getUTCMonth() === +mo - 1 && date.getUTCDate() === +d) return `${y}-${mo}-${d}`;
  }
  throw new InputError(`published: expected an ISO date such as "2025-06-26", found ${JSON.stringify(value)}; fix the date or leave it out`);
}

export interface ExtractOptions {
  /** Longest text accepted, in UTF-16 code units (default MAX_TEXT_LENGTH; the CLI's --max-size raises it). */
  maxLength?: number;
  /** Called before each stage (a worker tells its pool which stage it is in). */
  onStage?: OnStage;
}

export function validateInput(input: DocumentInput, maxLength = MAX_TEXT_LENGTH): Doc {
  if (input == null || typeof input !== 'object') throw new InputError('expected an object with a "text" field');
  if (typeof input.text !== 'string') throw new InputError(`text: expected a string, found ${input.text === undefined ? 'nothing' : typeof input.text}`);
  if (!input.text.trim()) throw new InputError('text is empty: nothing to extract');
  if (input.text.length > maxLength) {
    throw new InputError(
      `text is ${input.text.length.toLocaleString('en-US')} characters, over the limit of ${maxLength.toLocaleString('en-US')}; split the document or raise the limit with --max-size`,
    );
  }
  if (/\u0000/.test(input.text)) throw new InputError('text holds NUL characters: this looks like a binary file, not a text');
  const str = (v: unknown, name: string): string | null => {
    if (v == null || v === '') return null;
    if (typeof v === 'string') return v;
    throw new InputError(`${name}: expected a string, found ${typeof v}`);
  };
  return makeDoc(input.text, {
    id: input.id == null ? '' : String(input.id),
    published: normalisePublished(input.published),
    url: str(input.url, 'url'),
    outlet: str(input.outlet, 'outlet'),
    title: str(input.title, 'title'),
    language: str(input.language, 'language') ?? 'en',
  });
}

export function extract(input: DocumentInput, stages: readonly Stage[] = defaultStages, opts: ExtractOptions = {}): Extraction {
  const doc = runStages(validateInput(input, opts.maxLength), stages, opts.onStage);
  return {
    format: FORMAT,
    document: { ...doc.meta, text: doc.text },
    entities: doc.entities ?? [],
    times: doc.times ?? [],
    quantities: doc.quantities ?? [],
    claims: ((doc as { claims?: ClaimOut[] }).claims) ?? [],
  };
}
