// What both stores keep the same way: extractions and event summaries as deflated JSON, and
// full-text snippets marked with \u0001 … \u0002 around each hit.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { SnippetPart } from './store.js';

// Extractions and event summaries are JSON that compresses 3–4 times; deflating them halves the
// store (bench/scale.mjs) for a few microseconds a row.
export function pack(value: unknown): Buffer {
  // level 1: nearly the size of the default level at a third of its time
  return deflateRawSync(JSON.stringify(value), { level: 1 });
}

export function unpack<T>(blob: Uint8Array): T {
  return JSON.parse(inflateRawSync(blob).toString('utf8')) as T;
}

export const HIT_START = '\u0001';
export const HIT_END = '\u0002';

export function snippetParts(s: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = /\u0001([^\u0002]*)\u0002/g;
  let at = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(s)); ) {
    if (m.index > at) parts.push({ text: s.slice(at, m.index), hit: false });
    parts.push({ text: m[1], hit: true });
    at = m.index + m[0].length;
  }
  if (at < s.length) parts.push({ text: s.slice(at), hit: false });
  return parts;
}
