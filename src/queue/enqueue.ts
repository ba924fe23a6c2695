// `dossier ingest --queue`: documents and URLs become jobs for `dossier worker` processes. Files,
// folders and stdin are read here (one job per document, with its text); http(s) URLs are passed
// on for a worker to fetch. Jobs are inserted in chunks, each chunk one statement.
import type PgBoss from 'pg-boss';
import { loadPath, type Overrides } from '../load/index.js';
import { fillIn, INGEST_QUEUE, isUrl, RETRIES, URL_RETRY_DELAY_S, type IngestJob, type JobLimits } from './jobs.js';

// a chunk of jobs is one statement: at most this many jobs, or this much text
const CHUNK = 200;
const CHUNK_CHARS = 8_000_000;

export interface EnqueueSummary {
  documents: number;
  urls: number;
  failed: number;
  failures: { name: string; error: string }[];
}

export interface EnqueueOptions {
  /** --published, --outlet: what an input that does not say gets. */
  defaults?: Overrides;
  onJob?: (s: EnqueueSummary) => void;
  /** Tries after the first for a URL that does not answer (default 2, a minute apart and more). */
  urlRetries?: number;
  /** --max-size: files read here up to maxBytes; workers fetch and extract within the limits. */
  limits?: JobLimits;
}

function insertOf(job: IngestJob, urlRetries: number): PgBoss.JobInsert<IngestJob> {
  const retryLimit = job.kind === 'url' ? urlRetries : RETRIES.document;
  return { name: INGEST_QUEUE, data: job, retryLimit, retryDelay: URL_RETRY_DELAY_S, retryBackoff: job.kind === 'url' };
}

export async function enqueuePaths(boss: PgBoss, paths: string[], opts: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const s: EnqueueSummary = { documents: 0, urls: 0, failed: 0, failures: [] };
  let chunk: PgBoss.JobInsert<IngestJob>[] = [];
  let chars = 0;
  const flush = async () => {
    if (chunk.length) await boss.insert(chunk);
    chunk = [];
    chars = 0;
  };
  const add = async (job: IngestJob) => {
    chunk.push(insertOf(job, opts.urlRetries ?? RETRIES.url));
    chars += job.kind === 'document' ? String(job.input.text ?? '').length : job.url.length;
    if (job.kind === 'url') s.urls++;
    else s.documents++;
    opts.onJob?.(s);
    if (chunk.length >= CHUNK || chars >= CHUNK_CHARS) await flush();
  };
  const defaults = Object.fromEntries(Object.entries(opts.defaults ?? {}).filter(([, v]) => v != null)) as Overrides;
  for (const p of paths) {
    if (isUrl(p)) {
      await add({ kind: 'url', name: p, url: p, defaults, ...(opts.limits ? { limits: opts.limits } : {}) });
      continue;
    }
    for await (const r of loadPath(p, { maxBytes: opts.limits?.maxBytes })) {
      if ('error' in r) {
        s.failed++;
        s.failures.push({ name: r.name, error: r.error });
        continue;
      }
      await add({ kind: 'document', name: r.name, input: fillIn(r.input, defaults), ...(opts.limits ? { limits: { maxLength: opts.limits.maxLength } } : {}) });
    }
  }
  await flush();
  return s;
}
