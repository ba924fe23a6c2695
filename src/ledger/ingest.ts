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
import type { Existing, NewDocument, PutDecision, PutResult, Store, StoredDocument } from '../store/store.js';
import { actorAliases } from './actors.js';
import { reviewedClaims } from './claims.js';
import { sketch } from './copies.js';
import { regroup } from './regroup.js';
import type { Correction } from './review.js';
import { detectWire, normaliseSource } from './sources.js';
import { documentWarnings } from './warnings.js';
import { orderedMap } from '../workers/ordered.js';

/** What a loader yields (src/load): an input to store, or why a path could not be read. */
export type LoadResult = { name: string; input: DocumentInput } | { name: string; error: string };

export type Extractor = (input: DocumentInput) => Extraction;
/** Extracts one document, at once or (on worker threads) later. */
export type AnyExtractor = (input: DocumentInput) => Extraction | Promise<Extraction>;

export const EXTRACTOR_ID = `${FORMAT}`;

export interface IngestOptions {
  extract?: AnyExtractor;
  /** Documents extracted ahead of the one being stored (for an extractor on worker threads); default 1. */
  readAhead?: number;
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

/** What is stored already that this input leaves unchanged: the same text (or content) under its
 *  key, or, when nothing is under its key, a copy of it from the same outlet. */
function unchangedBy(found: Existing, input: DocumentInput, hash: string, content: string): StoredDocument | null {
  const prev = found.byKey;
  if (prev) return prev.hash === hash || prev.contentHash === content ? prev : null;
  return storedCopy(found.sameContent, input.outlet || null);
}

/** The same check outside any transaction: whether an input needs extracting at all. */
async function storedAlready(store: Store, input: DocumentInput, hash: string, key: string): Promise<StoredDocument | null> {
  const content = contentHash(input.text, input.title ?? null);
  const byKey = await store.latestByKey(key);
  return unchangedBy({ byKey, sameContent: byKey ? [] : await store.findSameContent(content) }, input, hash, content);
}

/** Thrown out of a decision by an extractor that answers later: the store's transaction holds no
 *  await, so the extraction is awaited outside it and the store decides again. */
class ExtractLater {
  constructor(readonly extraction: Promise<Extraction>) {
    extraction.catch(() => undefined); // awaited after the rollback: not an unhandled rejection meanwhile
  }
}

/** An extraction started ahead, settled: its result or its error. */
export type Settled = { ok: true; value: Extraction } | { ok: false; error: unknown };

async function settle(x: () => Extraction | Promise<Extraction>): Promise<Settled> {
  try {
    return { ok: true, value: await x() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Stores one input (if new or changed); never throws for a bad document, returns its failure.
 *  `ahead` is its extraction when one was started before (see ingestInputs). */
export async function ingestOne(store: Store, name: string, input: DocumentInput, extract: AnyExtractor = defaultExtract, ahead?: Settled): Promise<IngestOutcome> {
  try {
    if (input == null || typeof input !== 'object') throw new InputError(`expected a document object, found ${input === null ? 'null' : typeof input}`);
    if (typeof input.text !== 'string') throw new InputError(`text: expected a string, found ${input.text === undefined ? 'nothing' : typeof input.text}`);
    if (!normaliseText(input.text)) throw new InputError('text is empty: nothing to store');
    normalisePublished(input.published);
    const hash = textHash(input.text);
    const key = documentKey(input, hash);
    const content = contentHash(input.text, input.title ?? null);
    const corrections = await store.corrections({ document: key });
    let done = ahead;
    let warnings: string[] = [];
    // the store decides under its lock on the key and the content (another process may be storing
    // the same document); the input is extracted only when it is stored: inside the decision when
    // the extractor answers at once, else (worker threads) ahead of it, or after a first decision
    // that found it needed, then decided again
    const decide = (found: Existing): PutDecision => {
      const same = unchangedBy(found, input, hash, content);
      if (same) return { unchanged: same };
      let x: Extraction | Promise<Extraction>;
      if (done) {
        if (!done.ok) throw done.error;
        x = done.value;
      } else x = extract({ ...input, id: key });
      if (x instanceof Promise) throw new ExtractLater(x);
      warnings = documentWarnings(x);
      return { store: prepareDocument(key, hash, x, corrections) };
    };
    let put: PutResult;
    try {
      put = await store.putDocument({ key, hash, contentHash: content }, decide);
    } catch (e) {
      if (!(e instanceof ExtractLater)) throw e;
      done = await settle(() => e.extraction);
      put = await store.putDocument({ key, hash, contentHash: content }, decide);
    }
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

/** The key of an input that will need extracting (ingestOne's checks, asked ahead), else null. */
async function needsExtracting(store: Store, input: DocumentInput): Promise<string | null> {
  try {
    if (input == null || typeof input !== 'object' || typeof input.text !== 'string' || !normaliseText(input.text)) return null;
    normalisePublished(input.published);
    const hash = textHash(input.text);
    const key = documentKey(input, hash);
    return (await storedAlready(store, input, hash, key)) ? null : key;
  } catch {
    return null; // ingestOne fails it with the same error, before any extraction
  }
}

/** An input's extraction, settled, to pass to ingestOne as `ahead`; nothing when it needs none
 *  (stored already, or refused by ingestOne before any extraction). */
export async function extractFirst(store: Store, input: DocumentInput, extract: AnyExtractor): Promise<Settled | undefined> {
  return (await startExtraction(store, input, extract))?.settled;
}

/** Like extractFirst, returning once the store has been asked (one query at a time on a
 *  transaction's connection), with the extraction still running. */
export async function startExtraction(store: Store, input: DocumentInput, extract: AnyExtractor): Promise<{ settled: Promise<Settled> } | undefined> {
  const key = await needsExtracting(store, input);
  return key == null ? undefined : { settled: settle(() => extract({ ...input, id: key })) };
}

/**
 * The inputs, each with its extraction started up to `n` documents ahead of the one being
 * stored, in input order: with an extractor on worker threads, the threads work while the store
 * writes. Unchanged inputs are not extracted.
 */
async function* extractAhead(store: Store, inputs: Inputs, extract: AnyExtractor, n: number): AsyncGenerator<{ r: LoadResult; ahead?: Settled }> {
  let count = 0;
  const start = async (item: LoadResult | DocumentInput) => {
    const r = asLoadResult(item, ++count);
    if ('error' in r) return { r };
    return { r, ahead: await extractFirst(store, r.input, extract) };
  };
  yield* orderedMap(inputs, start, n);
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
  const it = extractAhead(store, inputs, opts.extract ?? defaultExtract, opts.readAhead ?? 1);
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
        const { r, ahead } = next.value;
        const outcome: IngestOutcome = 'error' in r ? { name: r.name, status: 'failed', error: r.error } : await ingestOne(store, r.name, r.input, opts.extract, ahead);
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
  opts: { extract?: AnyExtractor; onDocument?: (done: number) => void; onRegroup?: (done: number, total: number) => void } = {},
): Promise<ReindexSummary> {
  const extract = opts.extract ?? defaultExtract;
  const out: ReindexSummary = { reindexed: 0, failed: 0, failures: [], regrouped: 0 };
  for (let after = 0; ; ) {
    const docs = await store.documents(after, BATCH_DOCUMENTS);
    if (!docs.length) break;
    // the page's extractions start together (on worker threads they run in parallel)
    const extracted = docs.map((d) => settle(() => extract({ text: d.text, id: d.key, url: d.url, outlet: d.outlet, title: d.title, published: d.published, language: d.language })));
    await store.batch(async () => {
      for (const [k, d] of docs.entries()) {
        after = d.rowid;
        try {
          const done = await extracted[k];
          if (!done.ok) throw done.error;
          const x = done.value;
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
