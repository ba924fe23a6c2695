// What the ingest queue carries. A document job holds one loaded document (text and what its source
// said), so a worker on another machine needs no access to the enqueuer's files; a URL job holds
// an address the worker fetches itself (a page, or a feed whose items it stores together).
import type { DocumentInput } from '../extract.js';
import type { Overrides } from '../load/index.js';

export const INGEST_QUEUE = 'dossier-ingest';

/** --max-size: the largest body a worker fetches, the longest text it extracts (default: extract's). */
export interface JobLimits {
  maxBytes?: number;
  maxLength?: number;
}

export type IngestJob =
  | { kind: 'document'; name: string; input: DocumentInput; limits?: JobLimits }
  | { kind: 'url'; name: string; url: string; defaults: Overrides; limits?: JobLimits };

/** --published and --outlet fill in what an input does not say (as `dossier ingest` does). */
export function fillIn(input: DocumentInput, defaults: Overrides): DocumentInput {
  const out = { ...input } as Record<string, unknown>;
  for (const [k, v] of Object.entries(defaults)) if (v != null) out[k] ||= v;
  return out as unknown as DocumentInput;
}

/** How often a job is tried: a document that failed fails again; a URL may answer next time. */
export const RETRIES = { document: 0, url: 2 } as const;
export const URL_RETRY_DELAY_S = 60;

export function isUrl(path: string): boolean {
  return /^https?:\/\//i.test(path);
}
