// Identity of a text across ingests: the same report saved twice, re-encoded or re-wrapped must
// hash the same, so the hash is taken after Unicode NFC and collapsing whitespace.
import { createHash } from 'node:crypto';

export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function textHash(text: string): string {
  return createHash('sha256').update(normaliseText(text), 'utf8').digest('hex');
}
