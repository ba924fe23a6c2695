// Near-identical texts: the same wire story reprinted by outlets that do not credit the agency.
// A bottom-k sketch of word 4-shingles estimates the Jaccard similarity of two texts from 64
// numbers each, so the store keeps 256 bytes per document instead of comparing whole texts.

const K = 64;
const SHINGLE = 4;

/** Jaccard estimate at or above which two documents are copies of one text. */
export const COPY_SIMILARITY = 0.6;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The K smallest distinct shingle hashes of the text, ascending. */
export function sketch(text: string): number[] {
  const w = text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const hashes = new Set<number>();
  if (w.length < SHINGLE) hashes.add(fnv1a(w.join(' ')));
  for (let i = 0; i + SHINGLE <= w.length; i++) hashes.add(fnv1a(w.slice(i, i + SHINGLE).join(' ')));
  return [...hashes].sort((a, b) => a - b).slice(0, K);
}

/** Estimated Jaccard similarity of two sketches (Broder's bottom-k estimator). */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (!a.length || !b.length) return 0;
  const union: number[] = [];
  let i = 0;
  let j = 0;
  const sa = new Set(a);
  const sb = new Set(b);
  // the k smallest of the union, and how many of them both sketches hold
  while (union.length < K && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) union.push(a[i++]);
    else if (i >= a.length || b[j] < a[i]) union.push(b[j++]);
    else {
      union.push(a[i]);
      i++;
      j++;
    }
  }
  const both = union.filter((h) => sa.has(h) && sb.has(h)).length;
  return both / union.length;
}
