// Lists under an announcement. A release often names a package and then lists what it holds, a
// line each:
//
//   The new package for Moldova includes:
//   - 40 armoured personnel carriers;
//   - 12,000 rounds of artillery ammunition;
//
// Each line counts goods of the event the lines hang from, with no verb of its own. A count on such
// a line, when no construction of its own reads it, is a claim of the same event as the last claim
// made from the list's head (or the sentence before it) down to the line; its sides come from the context, as that claim's did.
import type { ClaimOut, EventType, QuantityOut } from '../../format.js';
import { emptyArgs } from './args.js';
import { isPeopleUnit, type Draft } from './drafts.js';
import type { DocView } from './view.js';

/** A mark that opens a list line: a dash or bullet, "1.", "2)", "(a)". */
const BULLET = /^(?:[-–—•*▪●·]|\(?\d{1,2}[.)]|\(?[a-h]\))(?=\s)/;
/** A line holding only its number (the segmenter cuts "1." off the line it numbers). */
const NUMBER_ONLY = /^\(?\d{1,2}[.)]$/;
/** The events whose lines list what moves. */
const LISTED: ReadonlySet<EventType> = new Set<EventType>(['transfer', 'deploy']);
/** How many lines up a list's head may be. */
const MAX_LINES = 40;

const textOf = (v: DocView, si: number): string => {
  const s = v.sentences[si];
  return s ? v.text(s.first, s.last).trim() : '';
};
const isNumberOnly = (v: DocView, si: number): boolean => NUMBER_ONLY.test(textOf(v, si));
const isLine = (v: DocView, si: number): boolean => BULLET.test(`${textOf(v, si)} `) || (si > 0 && isNumberOnly(v, si - 1));
const endsWithColon = (v: DocView, si: number): boolean => {
  const s = v.sentences[si];
  return Boolean(s) && v.tokens[s.last - 1]?.text === ':';
};

/** The sentence heading the list line si is on ("… includes:"), or -1. */
export function listHead(v: DocView, si: number): number {
  if (!isLine(v, si)) return -1;
  let k = si - 1;
  while (k >= 0 && si - k <= MAX_LINES && (isLine(v, k) || isNumberOnly(v, k))) k--;
  return k >= 0 && endsWithColon(v, k) ? k : -1;
}

/** A draft for a count on a list line, of the event its list continues; null when it is none. */
export function listItemDraft(v: DocView, q: QuantityOut, claims: ClaimOut[], si: number): Draft | null {
  if (q.kind !== 'count' && q.kind !== 'money') return null;
  const head = listHead(v, si);
  if (head < 0 || isNumberOnly(v, si)) return null;
  const [qf, ql] = v.tokenRange(q.start, q.end);
  // the head, or the sentence it continues ("Germany announced new aid for Moldova. It includes:")
  const headStart = v.tokens[v.sentences[Math.max(0, head - 1)].first].start;
  const headEnd = v.tokens[v.sentences[head].last - 1].end;
  const last = [...claims].reverse().find((c) => c.evidence.start >= headStart && c.evidence.end <= headEnd);
  if (!last || !LISTED.has(last.event)) return null;
  const people = Boolean(q.unit && isPeopleUnit(q.unit));
  // people listed under a delivery of goods are not what it moved ("- 30 instructors to train crews")
  if (people && last.event === 'transfer') return null;
  const item = { first: qf, last: ql, head: ql - 1, separate: false, people };
  return { trigger: null, event: last.event, args: emptyArgs(), items: [item], quantity: q, anchor: qf, rules: ['quantity:list-item', `quantity:${q.rule}`] };
}
