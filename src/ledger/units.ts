// Claim sets inside one report. "Kim decided to dispatch 1,000 sappers and 5,000 military
// construction workers" is two claims but one dispatch of 6,000, which another outlet reports as
// "6,000 personnel": coordinated counts of compatible things in one stretch of text are parts of
// one set, and the set's sum is what the ledger compares across reports.
import type { LedgerClaim, LedgerQuantity } from './types.js';
import { themesCompatible } from './themes.js';
import { loadList } from '../lexicons/load.js';

let inclusion: RegExp | null = null;
function inclusionCue(): RegExp {
  if (inclusion) return inclusion;
  const cues = loadList('ledger-inclusion-cues.txt').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return (inclusion = new RegExp(`\\b(?:${cues.join('|')})\\b`, 'i'));
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function unitWord(c: LedgerClaim): string {
  return (c.quantity?.unit ?? c.theme ?? '').toLowerCase().trim();
}

/** Could claim `c` be one more coordinated part of the set `set`? */
function partOf(c: LedgerClaim, set: LedgerClaim[]): boolean {
  if (!c.quantity || c.quantity.min == null) return false;
  return set.every(
    (m) =>
      m.bucket === c.bucket &&
      m.polarity === c.polarity &&
      m.status === c.status &&
      (m.time?.value ?? null) === (c.time?.value ?? null) &&
      m.quantity != null &&
      m.quantity.min != null &&
      // the same unit twice is two figures for one thing, not two parts ("10,000 troops ... 3,000 troops")
      unitWord(m) !== unitWord(c) &&
      themesCompatible({ classes: m.themeClasses, tokens: m.themeTokens }, { classes: c.themeClasses, tokens: c.themeTokens }),
  ) && set.some((m) => overlaps(m.evidence, c.evidence));
}

/** Sets unitNo (from `first` on) and unitRole on every claim of one document (claims in
 *  extraction order); returns the next free unit number. */
export function assignUnits(claims: LedgerClaim[], first = 0): number {
  const sets: LedgerClaim[][] = [];
  for (const c of claims) {
    const set = sets.find((s) => partOf(c, s));
    if (set) set.push(c);
    else sets.push([c]);
  }
  sets.forEach((set, i) => {
    const total = set.length > 1 ? totalMember(set) : null;
    for (const c of set) {
      c.unitNo = first + i;
      c.unitRole = set.length === 1 ? 'single' : c === total ? 'total' : 'part';
    }
  });
  return first + sets.length;
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, 0.01 * Math.max(a, b));

/**
 * The member that states the whole: the sum of the others ("1,000 sappers and 5,000 workers,
 * 6,000 in all"), or a count followed by an inclusion cue ("6,000 personnel, including 1,000
 * sappers": the sappers are inside the 6,000, not added to it).
 */
function totalMember(set: LedgerClaim[]): LedgerClaim | null {
  for (const c of set) {
    const rest = set.filter((m) => m !== c).reduce((s, m) => s + (m.quantity?.min ?? 0), 0);
    if (set.length > 2 && c.quantity?.min != null && near(c.quantity.min, rest)) return c;
  }
  const byPlace = [...set].sort((a, b) => a.quantity!.start - b.quantity!.start);
  const [first, second] = byPlace;
  const between = textBetween(first, second);
  if (between != null && inclusionCue().test(between) && (first.quantity!.min ?? 0) >= (second.quantity!.min ?? 0)) return first;
  return null;
}

/** The text between two claims' quantities, when one evidence span holds both. */
function textBetween(a: LedgerClaim, b: LedgerClaim): string | null {
  const ev = a.evidence;
  const qa = a.quantity!;
  const qb = b.quantity!;
  if (qa.end > qb.start || qa.start < ev.start || qb.end > ev.end) return null;
  return ev.text.slice(qa.end - ev.start, qb.start - ev.start);
}

export interface SetQuantity {
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  bound: LedgerQuantity['bound'];
  unit: string | null;
}

/** The quantity a claim set reports: the stated total if there is one, else the sum of its parts. */
export function setQuantity(set: { unitRole: string; quantity: LedgerQuantity | null }[]): SetQuantity | null {
  const withQ = set.filter((c) => c.quantity && (c.quantity.min != null || c.quantity.max != null));
  if (!withQ.length) return null;
  const total = withQ.find((c) => c.unitRole === 'total');
  if (total?.quantity || withQ.length === 1) {
    const q = (total ?? withQ[0]).quantity!;
    return { min: q.min, max: q.max, approximate: q.approximate, vague: q.vague, bound: q.bound, unit: q.unit };
  }
  const sum = (f: (q: LedgerQuantity) => number | null) => withQ.reduce((s, c) => s + (f(c.quantity!) ?? 0), 0);
  const bounds = new Set(withQ.map((c) => c.quantity!.bound));
  return {
    min: sum((q) => q.min ?? q.max),
    max: sum((q) => q.max ?? q.min),
    approximate: withQ.some((c) => c.quantity!.approximate),
    vague: withQ.some((c) => c.quantity!.vague),
    bound: bounds.size === 1 ? [...bounds][0] : null,
    unit: withQ.map((c) => c.quantity!.unit ?? '?').join(' + '),
  };
}
