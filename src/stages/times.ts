// Temporal expressions: TIMEX3 values and calendar intervals resolved against `published`.
// Parsers (times/parsers/) read the text, refiners (times/refine.ts) settle overlaps, and
// resolution (times/resolve.ts) places each expression on the calendar using the publication
// date and the tense of its clause (times/tense.ts).
import type { Doc } from '../doc.js';
import type { TimeOut } from '../format.js';
import type { Stage } from '../pipeline.js';
import { type YMD, parseIsoDate } from './times/calendar.js';
import { PARSERS } from './times/parsers/index.js';
import { removeOverlaps, shareYears, trimEdges } from './times/refine.js';
import { type ResolveContext, resolve } from './times/resolve.js';
import { tenseAt, tokenAt } from './times/tense.js';
import type { Candidate, Parser, Resolved } from './times/types.js';

const ORDER = new Map(PARSERS.map((p, i) => [p.name, i]));

/** Every match of every parser, before overlaps are settled. */
export function parseCandidates(text: string, parsers: readonly Parser[] = PARSERS): Candidate[] {
  const out: Candidate[] = [];
  for (const p of parsers) {
    const re = p.pattern;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const got = p.read(m, text);
      if (!got) continue;
      for (const c of Array.isArray(got) ? got : [got]) if (c.end > c.start) out.push(trimEdges(c, text));
    }
  }
  return out;
}

/** The sentence index of an offset (−1 without segmentation). */
function sentenceOf(doc: Doc, offset: number): number {
  const tokens = doc.tokens;
  if (!tokens?.length) return -1;
  const i = Math.min(tokenAt(tokens, offset), tokens.length - 1);
  return tokens[i].sentence;
}

const isDay = (r: Resolved): boolean => /^\d{4}-\d{2}-\d{2}$/.test(r.value);
const isCalendar = (r: Resolved): boolean => /^\d/.test(r.value) && r.type === 'DATE';

export function findTimes(doc: Doc): TimeOut[] {
  const text = doc.text;
  // refiners, in order: overlaps first, so that years are shared between the survivors only
  const chosen = shareYears(removeOverlaps(parseCandidates(text), ORDER), text);
  const pub = publishedDate(doc.meta.published);
  const sentences = chosen.map((c) => sentenceOf(doc, c.start));
  const resolved: (Resolved | null)[] = new Array(chosen.length).fill(null);
  let previous: { r: Resolved; sentence: number } | null = null;
  let previousDay: { r: Resolved; sentence: number } | null = null;
  // clock times wait for the second pass: they take their day from a date in the same sentence
  chosen.forEach((c, i) => {
    if (c.spec.kind === 'clock') return;
    const ctx: ResolveContext = {
      pub,
      tense: () => tenseAt(doc, c.start, c.end),
      // "In 2018, … was quoted as saying at the time": the last date named within two sentences
      previous: previous && sentences[i] - previous.sentence <= 2 ? previous.r : null,
      previousDay: previousDay && sentences[i] - previousDay.sentence <= 2 ? parseIsoDate(previousDay.r.value) : null,
    };
    const r = resolve(c.spec, ctx);
    resolved[i] = r;
    if (r && isCalendar(r) && c.spec.kind !== 'anaphor') previous = { r, sentence: sentences[i] };
    if (r && isDay(r)) previousDay = { r, sentence: sentences[i] };
  });
  chosen.forEach((c, i) => {
    if (c.spec.kind !== 'clock') return;
    resolved[i] = resolve(c.spec, { pub, tense: () => tenseAt(doc, c.start, c.end), anchorDay: anchorDay(chosen, resolved, sentences, i) });
  });
  const out: TimeOut[] = [];
  chosen.forEach((c, i) => {
    const r = resolved[i];
    if (!r) return;
    const calendar = r.type === 'DATE' || r.type === 'TIME' ? { from: r.from, to: r.to } : {};
    // `mod` (TIMEX3 START/MID/END for "early 2025", "late October") is a field added to TimeOut
    const mod = r.mod ? { mod: r.mod } : {};
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), type: r.type, value: r.value, ...calendar, ...mod, known: r.known, implied: r.implied, rule: c.rule });
  });
  return out;
}

/** The publication date as a calendar day; a malformed one is a caller's error, said plainly. */
function publishedDate(published: string | null): YMD | null {
  if (published == null || published === '') return null;
  const d = parseIsoDate(published);
  if (!d || published.length < 10) throw new Error(`times: published: expected an ISO date such as "2025-06-26", found ${JSON.stringify(published)}`);
  return d;
}

/** The day a clock time falls on: the nearest day named in its sentence, the one before first. */
function anchorDay(chosen: Candidate[], resolved: (Resolved | null)[], sentences: number[], i: number): YMD | null {
  if (sentences[i] < 0) return null;
  for (const step of [-1, 1]) {
    for (let j = i + step; j >= 0 && j < chosen.length && sentences[j] === sentences[i]; j += step) {
      const r = resolved[j];
      if (r && isDay(r)) return parseIsoDate(r.value);
    }
  }
  return null;
}

export const timesStage: Stage = {
  name: 'times',
  requires: ['sentences', 'tokens'],
  assigns: ['times'],
  run: (doc) => ({ times: findTimes(doc) }),
};
