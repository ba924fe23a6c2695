// Small helpers shared by the parsers.
import type { Candidate, Spec } from '../types.js';

export const cand = (start: number, end: number, rule: string, spec: Spec): Candidate => ({ start, end, rule, spec });

/** Offset of group `g` of a match made with the d flag, or -1 when the group did not take part. */
export const groupStart = (m: RegExpExecArray, g: number): number => m.indices?.[g]?.[0] ?? -1;
export const groupEnd = (m: RegExpExecArray, g: number): number => m.indices?.[g]?.[1] ?? -1;

/** The regular expressions of every parser: global, case-insensitive, with group offsets. */
export const re = (source: string): RegExp => new RegExp(source, 'gid');

/** Modifier words before a month or a year ("early 2025", "mid-January", "the end of 2024"). */
export function modOf(word: string | undefined): 'START' | 'MID' | 'END' | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/^(early|the\s+(start|beginning)\s+of|start|beginning)/.test(w)) return 'START';
  if (/^(mid|the\s+middle\s+of|middle)/.test(w)) return 'MID';
  if (/^(late|the\s+end\s+of|end)/.test(w)) return 'END';
  return undefined;
}

/** "last"/"this"/"next" before a calendar name. */
export function pickOf(word: string | undefined): 'last' | 'this' | 'next' | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (w === 'last' || w === 'past') return 'last';
  if (w === 'next' || w === 'coming') return 'next';
  if (w === 'this') return 'this';
  return undefined;
}

/** "last year" → −1, "this year" → 0, "next year" → +1. */
export const yearShift = (word: string): number => ({ last: -1, this: 0, next: 1 })[word.toLowerCase()] ?? 0;

/** Two-digit years: '82 → 1982, '07 → 2007 (news rarely reaches more than a few years ahead). */
export const fullYear = (yy: number): number => (yy > 40 ? 1900 + yy : 2000 + yy);

/**
 * Optional words right before a match ("approximately", "the past", "early", "last"), read by
 * `re`, a pattern ending in `$`. Patterns start at their required core so that the engine can
 * skip ahead fast; the few matches then look back here. Returns the look-back match with
 * `index` as an offset into `text` (an empty match at `start` when nothing precedes).
 */
export function lookBack(text: string, start: number, re: RegExp, reach = 64): RegExpExecArray {
  let from = Math.max(0, start - reach);
  // never begin inside a word: "circulate" must not lend its "late"
  while (from > 0 && from < start && /\w/.test(text[from - 1])) from++;
  const m = re.exec(text.slice(from, start)) ?? Object.assign([''], { index: start - from, input: '' }) as unknown as RegExpExecArray;
  m.index += from;
  return m;
}

/** An end-anchored, case-insensitive pattern for lookBack(). */
export const back = (source: string): RegExp => new RegExp(`(?:${source})$`, 'i');
