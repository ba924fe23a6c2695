// Fetching a report by URL (for `dossier ingest URL`): Node's built-in fetch with a timeout and a
// cap on the body, read chunk by chunk so that a huge or endless response is cut off early.
import { formatBytes, MAX_INPUT_BYTES } from './result.js';

export interface FetchOptions {
  /** Milliseconds for the whole exchange, headers and body (default 15 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes (default 20 MB). */
  maxBytes?: number;
}

export type Fetched =
  | { bytes: Uint8Array; contentType: string | null; url: string }
  | { problem: string };

export const DEFAULT_TIMEOUT_MS = 15_000;

const NOT_TEXT = /^(image|audio|video|font)\/|^application\/(pdf|zip|octet-stream|msword|vnd\.)/i;

export async function fetchUrl(url: string, opts: FetchOptions = {}): Promise<Fetched> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, {
      signal,
      redirect: 'follow',
      headers: { accept: 'text/html, application/xhtml+xml, application/json, application/rss+xml, text/plain;q=0.9, */*;q=0.5', 'user-agent': 'dossier/0.1 (news claim ledger)' },
    });
    if (!res.ok) {
      await res.body?.cancel();
      return { problem: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}` };
    }
    const contentType = res.headers.get('content-type');
    if (contentType && NOT_TEXT.test(contentType)) {
      await res.body?.cancel();
      return { problem: `not a text document (${contentType.split(';')[0]}); give the URL of an HTML page, a feed or a text` };
    }
    const declared = Number(res.headers.get('content-length'));
    if (declared > maxBytes) {
      await res.body?.cancel();
      return { problem: tooBig(declared, maxBytes) };
    }
    const body = await readCapped(res, maxBytes);
    return 'problem' in body ? body : { bytes: body.bytes, contentType, url: res.url || url };
  } catch (e) {
    if (signal.aborted) return { problem: `no complete answer within ${timeoutMs / 1000} s (timeout); try again or raise the timeout` };
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return { problem: `cannot fetch (${cause?.code ?? cause?.message ?? (e as Error).message})` };
  }
}

async function readCapped(res: Response, maxBytes: number): Promise<{ bytes: Uint8Array } | { problem: string }> {
  if (!res.body) return { bytes: new Uint8Array() };
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { problem: tooBig(size, maxBytes, true) };
    }
    chunks.push(value);
  }
  return { bytes: Buffer.concat(chunks) };
}

function tooBig(size: number, max: number, atLeast = false): string {
  return `the response is ${atLeast ? 'more than ' : ''}${formatBytes(size)}, over the limit of ${formatBytes(max)}; raise the limit with --max-size`;
}
