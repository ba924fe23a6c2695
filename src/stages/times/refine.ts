// Refiners: what happens to the parsers' matches before they are resolved.
import type { Candidate } from './types.js';

/**
 * Keep the longest of overlapping matches ("June 26, 2025" over "June" and "2025"); on equal
 * length the parser listed first wins. Returns the survivors sorted by start.
 */
export function removeOverlaps(cands: Candidate[], order: Map<string, number>): Candidate[] {
  const ranked = cands
    .map((c, i) => ({ c, rank: order.get(c.rule) ?? 999, i }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.rank - b.rank || a.c.start - b.c.start || a.i - b.i);
  const kept: Candidate[] = []; // sorted by start
  for (const { c } of ranked) {
    // find the first kept candidate ending after c starts; it is the only one that may overlap
    let lo = 0, hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid].end <= c.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo < kept.length && kept[lo].start < c.end) continue;
    kept.splice(lo, 0, c);
  }
  return kept;
}

/** Trim spaces and punctuation a pattern may have taken at either edge. */
export function trimEdges(c: Candidate, text: string): Candidate {
  let { start, end } = c;
  while (start < end && /[\s,]/.test(text[start])) start++;
  while (end > start && /[\s,(]/.test(text[end - 1])) end--;
  return start === c.start && end === c.end ? c : { ...c, start, end };
}

const JOINER = /^\s*(?:,\s*)?(?:and|or|to|through|until|till|-|–|—|,)?\s*$/i;

/** The kind of calendar unit a yearless date names, so that only like joins like. */
function unitOf(c: Candidate): string | null {
  const s = c.spec;
  if (s.kind !== 'date') return null;
  if (s.season) return 'season';
  if (s.month && s.day) return 'day';
  if (s.month) return 'month';
  return null;
}

/**
 * "in January and February 2024", "between June and August last year", "June 30 to July 2, 2024":
 * a year written once, after the last of a list, holds for every member of it.
 */
export function shareYears(chosen: Candidate[], text: string): Candidate[] {
  for (let i = chosen.length - 2; i >= 0; i--) {
    const a = chosen[i], b = chosen[i + 1];
    if (a.spec.kind !== 'date' || b.spec.kind !== 'date' || a.spec.pick !== 'tense') continue;
    const kind = unitOf(a);
    if (!kind || kind !== unitOf(b) || !JOINER.test(text.slice(a.end, b.start))) continue;
    const { year, rel } = b.spec;
    if (year != null) chosen[i] = { ...a, spec: { ...a.spec, year, pick: undefined } };
    else if (rel?.unit === 'year') chosen[i] = { ...a, spec: { ...a.spec, rel, pick: undefined } };
  }
  return chosen;
}
