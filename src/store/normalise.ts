// Identity of a text across ingests: the same report saved twice, re-encoded or re-wrapped must
// hash the same, so the hash is taken after Unicode NFC and collapsing whitespace.
import { createHash } from 'node:crypto';

export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function textHash(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
}

/**
 * A looser identity, for the same article saved twice in different forms (an HTML page and a JSON
 * line): compatibility forms, case, curly quotes and dashes folded, and a first line dropped when
 * it repeats the title (the HTML loader puts the headline on top of the article text).
 */
export function contentText(text: string, title: string | null = null): string {
  const fold = (s: string) =>
    s
      .replace(/^\uFEFF/, '')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[’‘‚‛′`]/g, "'")
      .replace(/[“”„‟″]/g, '"')
      .replace(/[‐‑‒–—―]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  const lines = text.replace(/^\uFEFF/, '').trimStart().split(/\r?\n/);
  const first = fold(lines[0] ?? '');
  const body = lines.length > 1 && title && first === fold(title) ? lines.slice(1).join('\n') : text;
  return fold(body);
}

export function contentHash(text: string, title: string | null = null): string {
  return createHash('sha256').update(contentText(text, title), 'utf8').digest('hex');
}
