// Document loaders: files, folders, stdin and URLs to DocumentInput for extract() and the store.
//
// Contract (other modules code against it; change it only with them):
//   type LoadResult = { name: string; input: DocumentInput } | { name: string; error: string }
//   loadPath(path, opts?): AsyncIterable<LoadResult>
//     `path` is a file, a folder (walked recursively in name order, hidden entries skipped), "-"
//     for stdin, or an http(s) URL. One result per document, in input order; a bad file, URL,
//     batch line or feed item is one error result and the rest goes on. Never throws on input.
//   loadTexts(name, content, opts?): LoadResult[]   every document in one in-memory text/buffer
//   loadText(name, content, opts?): LoadResult      exactly one document (an HTTP POST body);
//                                                   content that holds several is an error
//   name:   the file path, the URL, "stdin", or "<name>#<n>" for the n-th line of JSON lines,
//           element of a JSON array or item of a feed.
//   error:  a whole message that starts with the name: "report.pdf: not a text file (…)".
//   input:  text plus whatever the source says (title, outlet, url, published as YYYY-MM-DD …);
//           `id` defaults to the name; `opts.overrides` replace what the source says. Field
//           values from JSON are passed on as given: extract() validates them.
// The kind (text, html, json, jsonl, feed) is sniffed from the content first, then the
// extension or Content-Type (see sniff.ts); `opts.kind` forces it.
import type { DocumentInput } from '../extract.js';
import { decodeBytes } from './decode.js';
import { fetchUrl } from './fetch.js';
import { lines, readCapped, readStream, walk } from './files.js';
import { htmlToInput } from './html.js';
import { jsonLine, parseJson, parseJsonLines } from './json.js';
import { parseFeed } from './feed.js';
import { detectKind, extensionOf, type Kind } from './sniff.js';
import { failure, MAX_INPUT_BYTES, tooLarge, type LoadResult } from './result.js';

export type { LoadResult } from './result.js';
export type { Kind } from './sniff.js';
export { MAX_INPUT_BYTES } from './result.js';

export type Overrides = Partial<Pick<DocumentInput, 'id' | 'published' | 'url' | 'outlet' | 'title' | 'language'>>;

export interface LoadOptions {
  /** Fields that replace what the source says (the CLI's --published, --id …); undefined is ignored. */
  overrides?: Overrides;
  /** Largest file, URL body or stdin accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Timeout for a URL, in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Read every input as this kind instead of sniffing it. */
  kind?: Kind;
  /** The Content-Type a body came with (HTTP), a hint when the content itself is not clear. */
  contentType?: string | null;
  /** Where "-" reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

export async function* loadPath(target: string, opts: LoadOptions = {}): AsyncGenerator<LoadResult> {
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  if (target === '-') {
    const read = await readStream(opts.stdin ?? process.stdin, maxBytes);
    yield* 'problem' in read ? [failure('stdin', read.problem)] : loadTexts('stdin', read.bytes, opts);
    return;
  }
  if (/^https?:\/\//i.test(target)) {
    const got = await fetchUrl(target, { timeoutMs: opts.timeoutMs, maxBytes });
    if ('problem' in got) return yield failure(target, got.problem);
    const results = loadTexts(target, got.bytes, { ...opts, contentType: got.contentType });
    yield* results.map((r) => finish(r, { url: got.url }, {}));
    return;
  }
  for await (const found of walk(target)) {
    if ('problem' in found) yield failure(found.file, found.problem);
    else if ((opts.kind ?? KIND_OF_BATCH[extensionOf(found.file)]) === 'jsonl') yield* streamJsonLines(found.file, opts);
    else {
      const read = await readCapped(found.file, maxBytes);
      yield* 'problem' in read ? [failure(found.file, read.problem)] : loadTexts(found.file, read.bytes, opts);
    }
  }
}

// JSON lines files are read line by line: a batch of a million reports is never held whole.
const KIND_OF_BATCH: Record<string, Kind> = { '.jsonl': 'jsonl', '.ndjson': 'jsonl' };

async function* streamJsonLines(file: string, opts: LoadOptions): AsyncGenerator<LoadResult> {
  let any = false;
  try {
    for await (const { n, line } of lines(file)) {
      if (!line.trim()) continue;
      any = true;
      const name = `${file}#${n}`;
      const r = jsonLine(name, line);
      yield 'input' in r ? finish({ name, input: r.input }, {}, opts.overrides) : { name, error: r.error };
    }
  } catch (e) {
    yield failure(file, `cannot read (${(e as Error).message})`);
    return;
  }
  if (!any) yield failure(file, 'empty file');
}

export function loadTexts(name: string, content: Uint8Array | string, opts: LoadOptions = {}): LoadResult[] {
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  if (size > maxBytes) return [failure(name, tooLarge(size, maxBytes))];
  const decoded = typeof content === 'string' ? textOf(content) : decodeBytes(content, charsetOf(opts.contentType));
  if ('problem' in decoded) return [failure(name, decoded.problem)];
  const text = decoded.text;
  const kind = opts.kind ?? detectKind(name, text, opts.contentType);
  return read(name, text, kind).map((r) => finish(r, {}, opts.overrides));
}

export function loadText(name: string, content: Uint8Array | string, opts: LoadOptions = {}): LoadResult {
  const all = loadTexts(name, content, opts);
  if (all.length === 1) return all[0];
  return failure(name, `holds ${all.length} documents where one was expected; send them one at a time or as a batch`);
}

function read(name: string, text: string, kind: Kind): LoadResult[] {
  switch (kind) {
    case 'html': {
      const page = htmlToInput(text);
      return ['problem' in page ? failure(name, page.problem) : { name, input: page.input }];
    }
    case 'json': return parseJson(name, text);
    case 'jsonl': return parseJsonLines(name, text);
    case 'feed': return parseFeed(name, text);
    default: return [{ name, input: { text } }];
  }
}

function textOf(s: string): { text: string } | { problem: string } {
  const text = s.replace(/^\uFEFF/, '');
  if (!text.trim()) return { problem: 'empty file' };
  if (text.includes('\u0000')) return { problem: 'not a text (binary content: NUL characters)' };
  return { text };
}

function charsetOf(contentType?: string | null): string | null {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? null;
}

/** Fills what the source left empty (`defaults`, then the name as id) and applies `overrides`. */
function finish(r: LoadResult, defaults: Overrides, overrides: Overrides = {}): LoadResult {
  if (!('input' in r)) return r;
  const input: Record<string, unknown> = { ...r.input };
  for (const [k, v] of Object.entries(defaults)) if (input[k] == null) input[k] = v;
  input.id ??= r.name;
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) input[k] = v;
  return { name: r.name, input: input as unknown as DocumentInput };
}
