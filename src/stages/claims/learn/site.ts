// Where a claim stands in its document, in token terms, for the learned choices: its sentence,
// anchor (the count, else the trigger), trigger, clause; and what the document as a whole says
// (its headline, its most named country, whether it speaks in the first person).
import type { ActorRef, ClaimOut } from '../../../format.js';
import { loadList, loadTsv } from '../../../lexicons/load.js';
import type { Attribution } from '../attribution.js';
import type { Range } from '../np.js';
import type { SourceResolver } from '../sources.js';
import { clauseAround } from '../triggers.js';
import type { DocView } from '../view.js';

export interface Site {
  claim: ClaimOut;
  si: number;
  anchor: number;
  trig: Range | null;
  q: Range | null;
  clause: Range;
  /** made from a count no rule claimed: the detector alone decides whether it is a claim */
  candidate: boolean;
}

export interface DocContext {
  v: DocView;
  atts: Attribution[];
  resolver: SourceResolver;
  dominant: ActorRef | null;
  /** features of the document, added to every decision */
  docFeatures: string[];
}

export function siteOf(v: DocView, claim: ClaimOut, candidate: boolean): Site {
  const q = claim.quantity ? v.tokenRange(claim.quantity.start, claim.quantity.end) : null;
  const t = claim.trigger ? v.tokenRange(claim.trigger.start, claim.trigger.end) : null;
  const anchor = q ? q[0] : t ? t[0] : v.tokenRange(claim.evidence.start, claim.evidence.end)[0];
  const si = v.tokens[anchor].sentence;
  return {
    claim,
    si,
    anchor,
    trig: t ? { first: t[0], last: t[1] } : null,
    q: q ? { first: q[0], last: q[1] } : null,
    clause: clauseAround(v, si, anchor),
    candidate,
  };
}

let institutionWords: string[] | null = null;
/** Words that make an outlet an institution speaking for itself (outlet-institution-words.txt). */
const institutional = (outlet: string) => (institutionWords ??= loadList('outlet-institution-words.txt')).some((w) => new RegExp(`\\b${w}\\b`, 'i').test(outlet));

/** Document-level features: a statement in an institution's own voice or a news report. */
export function docFeatures(v: DocView): string[] {
  const out: string[] = [];
  const outlet = v.doc.meta.outlet ?? '';
  if (outlet && institutional(outlet)) out.push('doc:institution');
  let self = 0;
  let words = 0;
  for (const t of v.tokens) {
    if (t.kind !== 'word') continue;
    words++;
    if (t.lower === 'we' || t.lower === 'our' || t.lower === 'i') self++;
  }
  if (words && self / words > 0.004) out.push('doc:first-person');
  if (!v.sentences.some((s) => s.headline)) out.push('doc:no-headline');
  return out;
}

let classes: Map<string, string> | null = null;
/** The class of what a unit counts (ledger-theme-classes.tsv): people, shells, drones … */
export function unitClass(unit: string | null): string {
  if (!unit) return 'none';
  if (/^[A-Z]{3}$/.test(unit)) return 'money';
  classes ??= new Map(loadTsv('ledger-theme-classes.tsv').map((r) => [r.term, r.class]));
  const words = unit.toLowerCase().split(/[^\p{L}\d-]+/u).filter(Boolean).map(singular);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const c = classes.get(words.slice(-n).join(' '));
    if (c) return c;
  }
  return 'unknown';
}

export const singular = (w: string) => w.replace(/(?<=[a-z]{3})ies$/, 'y').replace(/(?<=[a-z]{3}[^s])s$/, '');

/** The head word of a unit, singular and lower-cased ("Iranian-made drones" → drone). */
export const unitHead = (unit: string | null) => (unit ? singular(unit.toLowerCase().split(/\s+/).pop() ?? '') : '');

/** A bucket for a distance in tokens. */
export const bucket = (d: number) => (d <= 2 ? '0-2' : d <= 5 ? '3-5' : d <= 10 ? '6-10' : d <= 20 ? '11-20' : '21+');
