// JSON documents: one object, an array of objects, or JSON lines (one object a line, SPEC §4).
// An object needs "text" (or "html", read like an HTML page); id, published, url, outlet, title
// and language are taken as given, and extract() checks them. Other fields (licence, claims …)
// are left out.
import type { DocumentInput } from '../extract.js';
import { htmlToInput } from './html.js';
import { failure, type LoadResult } from './result.js';

const FIELDS = ['id', 'published', 'url', 'outlet', 'title', 'language'] as const;

/** One JSON line: the document, or an error that still carries the line's id when it had one. */
export type LineResult = { input: DocumentInput } | { error: string; id: unknown };

/** Reads one line of a batch; `name` is "file#line" and starts the error message. */
export function jsonLine(name: string, line: string): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { error: `${name}: not JSON: ${(e as Error).message}`, id: null };
  }
  const r = recordToInput(name, value);
  if ('input' in r) return { input: r.input };
  const id = (value as { id?: unknown } | null)?.id;
  return { error: r.error, id: typeof id === 'string' || typeof id === 'number' ? id : null };
}

/** A whole JSON text: one object is one document, an array holds one per element (name#1 …). */
export function parseJson(name: string, text: string): LoadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return [failure(name, `not valid JSON: ${(e as Error).message}`)];
  }
  if (!Array.isArray(value)) return [recordToInput(name, value)];
  if (!value.length) return [failure(name, 'an empty JSON array: no documents')];
  return value.map((v, i) => recordToInput(`${name}#${i + 1}`, v));
}

/** JSON lines held in memory; blank lines are skipped, a bad line is an error on its own. */
export function parseJsonLines(name: string, text: string): LoadResult[] {
  const out: LoadResult[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const lineName = `${name}#${i + 1}`;
    const r = jsonLine(lineName, line);
    out.push('input' in r ? { name: lineName, input: r.input } : { name: lineName, error: r.error });
  });
  return out;
}

export function recordToInput(name: string, value: unknown): LoadResult {
  if (value == null || typeof value !== 'object' || Array.isArray(value)) {
    return failure(name, `expected a JSON object with a "text" field, found ${Array.isArray(value) ? 'an array' : JSON.stringify(value)}`);
  }
  const o = value as Record<string, unknown>;
  const input: DocumentInput = { text: '' };
  for (const f of FIELDS) if (o[f] != null) (input as unknown as Record<string, unknown>)[f] = o[f];
  if (typeof o.text === 'string') return { name, input: { ...input, text: o.text } };
  if (o.text !== undefined) return failure(name, `"text" should be a string, found ${typeof o.text}`);
  if (typeof o.html === 'string') {
    const page = htmlToInput(o.html);
    if ('problem' in page) return failure(name, page.problem);
    // What the object says beats what the page's metadata says.
    const fromPage = Object.fromEntries(Object.entries(page.input).filter(([, v]) => v != null));
    return { name, input: { ...fromPage, ...input, text: page.input.text } };
  }
  const keys = Object.keys(o);
  return failure(name, `expected a "text" (or "html") field, found ${keys.length ? `only ${keys.slice(0, 8).join(', ')}` : 'an empty object'}`);
}
