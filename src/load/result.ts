// What every loader hands back: a document ready for extract(), or an error naming the input.
// Loaders never throw on bad input; a batch reports the bad item and goes on.
import type { DocumentInput } from '../extract.js';

/** `error` is a whole message that starts with the name ("report.pdf: not a text file …"). */
export type LoadResult = { name: string; input: DocumentInput } | { name: string; error: string };

/** Default cap on one file, URL body or stdin, in bytes (a long HTML page is ~2 MB). */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function failure(name: string, message: string): LoadResult {
  return { name, error: `${name}: ${message}` };
}

export function isError(r: LoadResult): r is { name: string; error: string } {
  return 'error' in r;
}

/** "20,971,521 bytes (20 MB)", "512 bytes": exact, with a rounded size a reader takes in at once. */
export function formatBytes(n: number): string {
  const exact = `${n.toLocaleString('en-US')} bytes`;
  if (n < 1024) return exact;
  if (n < 1024 * 1024) return `${exact} (${+(n / 1024).toFixed(1)} KB)`;
  return `${exact} (${+(n / 1024 / 1024).toFixed(1)} MB)`;
}

/** The message for an input over the size limit. */
export function tooLarge(size: number, limit: number, atLeast = false): string {
  return `${atLeast ? 'more than ' : ''}${formatBytes(size)}, over the limit of ${formatBytes(limit)}; split it or raise the limit with --max-size`;
}
