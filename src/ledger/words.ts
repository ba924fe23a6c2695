// Word-level helpers shared by the ledger's lexicon lookups: the same lower-casing and
// singularising is applied to lexicon terms and to the text they are matched against.

/** Lower-cased words; hyphenated names (Su-35, S-400, know-how) stay one word. */
export function words(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
}

const KEEP = /(?:ss|us|is|ws)$/;

/** A crude English singular: enough to make "troops" meet "troop" and "batteries" meet "battery". */
export function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !KEEP.test(word)) return word.slice(0, -1);
  return word;
}

/** Normalised words of a phrase: lower-cased and singular. */
export function terms(text: string): string[] {
  return words(text).map(singular);
}

/** A multi-word lexicon, matched as word sequences. Longer entries are tried first. */
export class PhraseTable<V> {
  private byFirst = new Map<string, { seq: string[]; value: V }[]>();

  constructor(entries: Iterable<[string, V]>) {
    for (const [term, value] of entries) {
      const seq = terms(term);
      if (!seq.length) continue;
      const list = this.byFirst.get(seq[0]) ?? [];
      list.push({ seq, value });
      list.sort((a, b) => b.seq.length - a.seq.length);
      this.byFirst.set(seq[0], list);
    }
  }

  /** Every value whose phrase occurs in `seq` (non-overlapping, longest first, left to right). */
  findAll(seq: string[]): V[] {
    const out: V[] = [];
    for (let i = 0; i < seq.length; ) {
      const hit = this.byFirst.get(seq[i])?.find((e) => e.seq.every((w, j) => seq[i + j] === w));
      if (hit) {
        out.push(hit.value);
        i += hit.seq.length;
      } else i++;
    }
    return out;
  }
}
