// Storing documents: each input is extracted and stored in its own savepoint, committed in small
// batches, so one bad file is reported and skipped, and a run killed half-way leaves every
// committed document whole and can simply be run again. Identity: the input id, else its URL, else
// its text hash; the same text (after normalising) under the same identity, or under any name from
// the same outlet, is "unchanged" — decided by the store under a lock, so two processes storing
// one document store it once; a different text is a new version, and the ledger uses the latest.
// Reviewers' corrections of a document are applied again at every (re)extraction.
import { extract as defaultExtract, InputError, normalisePublished, type DocumentInput } from '../extract.js';
import { FORMAT, type Extraction } from '../format.js';
import { contentHash, normaliseText, textHash } from '../store/normalise.js';
import type { NewDocument, PutDecision, Store, StoredDocument } from '../store/store.js';
import { actorAliases } from './actors.js';
import { reviewedClaims } from './claims.js';
import { sketch } from './copies.js';
import { regroup } from './regroup.js';
import type { Correction } from './review.js';
import { detectWire, normaliseSource } from './sources.js';
import { documentWarnings } from './warnings.js';

/** What a loader yields (src/load): an input to store, or why a path could not be read. */
export type LoadResult = { name: string; input: DocumentInput } | { name: string; error: string };

export type Extractor = (input: DocumentInput) => Extraction;

export const EXTRACTOR_ID = `${FORMAT}`;

export interface IngestOptions {
  extract?: Extractor;
  /** Called after every input, with its outcome. */
  onOutcome?: (o: IngestOutcome, counts: IngestCounts) => void;
  onRegroup?: (done: number, total: number) => void;
  /** Regroup the changed buckets at the end (default true). */
  regroup?: boolean;
}

export type IngestOutcome =
  | { name: string; status: 'added' | 'updated' | 'unchanged'; document: string; version: number; warnings?: string[] }
  | { name: string; status: 'failed'; error: string };

export interface IngestCounts {
  added: number;
  updated: number;
  unchanged: number;
  failed: number;
}

export interface IngestSummary extends IngestCounts {
  failures: { name: string; error: string }[];
  /** Documents stored with weak data (no date, no outlet), each warning said once per document. */
  warnings: { name: string; warning: string }[];
  regrouped: number;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The identity of an input across versions. */
export function documentKey(input: DocumentInput, hash: string): string {
  if (input.id != null && String(input.id).trim()) return String(input.id).trim();
  if (input.url) return input.url;
  return `sha256:${hash.slice(0, 16)}`;
}

/** Everything the store keeps for one extraction, with the reviewers' corrections of it applied. */
export function prepareDocument(key: string, hash: string, x: Extraction, corrections: readonly Correction[] = []): NewDocument {
  const d = x.document;
  const reviewed = reviewedClaims({ ...x, document: { ...d, id: key } }, corrections);
  return {
    key,
    hash,
    contentHash: contentHash(d.text, d.title),
    deleted: reviewed.deleted,
    extraction: x,
    wire: detectWire(d.outlet, d.text),
    signature: sketch(d.text),
    claims: reviewed.claims,
    actors: actorAliases(x),
    extractor: EXTRACTOR_ID,
  };
}

/** Two outlets that may be one (the same name, folded and aliased, or one of them unknown). */
function sameOutlet(a: string | null, b: string | null): boolean {
  return !a || !b || normaliseSource(a).key === normaliseSource(b).key;
}

/**
 * A stored report this input is a copy of: the same text after loose normalisation (case, quotes,
 * dashes, a headline line repeating the title) from the same outlet, or where either names none —
 * the same article saved as HTML and as JSON, whatever the file names. The same text from another
 * outlet is another report of the story (wire copy), which the ledger counts as one source.
 */
function storedCopy(sameContent: readonly StoredDocument[], outlet: string | null): StoredDocument | null {
  return sameContent.find((d) => sameOutlet(d.outlet, outlet)) ?? null;
}

/** Stores one input (if new or changed); never throws for a bad document, returns its failure. */
export async function ingestOne(store: Store, name: string, input: DocumentInput, extract: Extractor = defaultExtract): Promise<IngestOutcome> {
  try {
    if (input == null || typeof input !== 'object') throw new InputError(`expected a document object, found ${input === null ? 'null' : typeof input}`);
    if (typeof input.text !== 'string') throw new InputError(`text: expected a string, found ${input.text === undefined ? 'nothing' : typeof input.text}`);
    if (!normaliseText(input.text)) throw new InputError('text is empty: nothing to store');
    normalisePublished(input.published);
    const hash = textHash(input.text);
    const key = documentKey(input, hash);
    const content = contentHash(input.text, input.title ?? null);
    const corrections = await store.corrections({ document: key });
    let warnings: string[] = [];
    // the store decides under its lock on the key and the content (another process may be storing
    // the same document); the input is extracted only when it is stored
    const put = await store.putDocument({ key, hash, contentHash: content }, ({ byKey: prev, sameContent }): PutDecision => {
      if (prev && (prev.hash === hash || prev.contentHash === content)) return { unchanged: prev };
      const same = prev ? null : storedCopy(sameContent, input.outlet || null);
      if (same) return { unchanged: same };
      const x = extract({ ...input, id: key });
      warnings = documentWarnings(x);
      return { store: prepareDocument(key, hash, x, corrections) };
    });
    if (put.status === 'unchanged') return { name, status: 'unchanged', document: put.document, version: put.version };
    return { name, status: put.status, document: put.document, version: put.version, ...(warnings.length ? { warnings } : {}) };
  } catch (e) {
    return { name, status: 'failed', error: message(e) };
  }
}

type Inputs = AsyncIterable<LoadResult | DocumentInput> | Iterable<LoadResult | DocumentInput>;

function asLoadResult(item: LoadResult | DocumentInput, n: number): LoadResult {
  if (item && typeof item === 'object' && 'name' in item && ('input' in item || 'error' in item)) return item as LoadResult;
  const input = item as DocumentInput;
  return { name: input?.id != null ? String(input.id) : `input ${n}`, input };
}

/** A batch commits after this many documents or this many milliseconds, whichever comes first. */
export const BATCH_DOCUMENTS = 64;
export const BATCH_MS = 100;

async function* asAsync<T>(items: AsyncIterable<T> | Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/**
 * Stores every input, then regroups the buckets they changed. Documents are committed in small
 * batches (each document a savepoint inside its batch, so a bad one rolls back alone): a killed
 * run loses at most the last batch, and running it again stores what is missing.
 */
export async function ingestInputs(store: Store, inputs: Inputs, opts: IngestOptions = {}): Promise<IngestSummary> {
  const counts: IngestCounts = { added: 0, updated: 0, unchanged: 0, failed: 0 };
  const failures: { name: string; error: string }[] = [];
  const warnings: { name: string; warning: string }[] = [];
  const it = asAsync(inputs);
  let n = 0;
  let finished = false;
  while (!finished) {
    await store.batch(async () => {
      const started = Date.now();
      for (let k = 0; k < BATCH_DOCUMENTS && Date.now() - started < BATCH_MS; k++) {
        const next = await it.next();
        if (next.done) {
          finished = true;
          return;
        }
        const r = asLoadResult(next.value, ++n);
        const outcome: IngestOutcome = 'error' in r ? { name: r.name, status: 'failed', error: r.error } : await ingestOne(store, r.name, r.input, opts.extract);
        counts[outcome.status]++;
        if (outcome.status === 'failed') failures.push({ name: outcome.name, error: outcome.error });
        else for (const w of outcome.warnings ?? []) warnings.push({ name: outcome.name, warning: w });
        opts.onOutcome?.(outcome, counts);
      }
    });
  }
  const regrouped = opts.regroup === false ? 0 : await regroup(store, { onBucket: opts.onRegroup });
  return { ...counts, failures, warnings, regrouped };
}

export interface ReindexSummary {
  reindexed: number;
  failed: number;
  failures: { name: string; error: string }[];
  regrouped: number;
}

/**
 * Re-extracts every latest document (after the extractor or the ledger's lexicons changed), one
 * transaction each, then regroups every bucket.
 */
export async function reindex(
  store: Store,
  opts: { extract?: Extractor; onDocument?: (done: number) => void; onRegroup?: (done: number, total: number) => void } = {},
): Promise<ReindexSummary> {
  const extract = opts.extract ?? defaultExtract;
  const out: ReindexSummary = { reindexed: 0, failed: 0, failures: [], regrouped: 0 };
  for (let after = 0; ; ) {
    const docs = await store.documents(after, BATCH_DOCUMENTS);
    if (!docs.length) break;
    await store.batch(async () => {
      for (const d of docs) {
        after = d.rowid;
        try {
          const x = extract({ text: d.text, id: d.key, url: d.url, outlet: d.outlet, title: d.title, published: d.published, language: d.language });
          await store.replaceExtraction(d.rowid, prepareDocument(d.key, d.hash, x, await store.corrections({ document: d.key })));
          out.reindexed++;
        } catch (e) {
          out.failed++;
          out.failures.push({ name: d.key, error: message(e) });
        }
        opts.onDocument?.(out.reindexed + out.failed);
      }
    });
  }
  await store.markAllDirty();
  out.regrouped = await regroup(store, { onBucket: opts.onRegroup });
  return out;
}
