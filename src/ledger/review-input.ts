// What a reviewer types, read into correction fields: the CLI's `field=value` pairs and the API's
// JSON take the same words ("agent=Iran", "figure=200-300 missiles", "time=2024-09", "source=none").
// Every problem names the field, what was expected and what was found.
import type { ActorRef, Certainty, Polarity, Status } from '../format.js';
import { EVENT_TYPES } from './query.js';
import { dayNumber, isCalendarDate, isoDay, lastDayNumber } from './dates.js';
import { gazetteerEntities } from './gazetteer.js';
import { CORRECTABLE, type CorrectionFields, type FigureValue, type TimeValue } from './review.js';

const CERTAINTY: readonly Certainty[] = ['certain', 'probable', 'possible'];
const POLARITY: readonly Polarity[] = ['positive', 'negative'];
const STATUS: readonly Status[] = ['planned', 'ongoing', 'done', 'unknown'];

export class ReviewError extends Error {
  constructor(
    message: string,
    readonly notFound = false,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

const NONE = /^(?:none|null|-|)$/i;

function oneOf<T extends string>(field: string, v: string, values: readonly T[]): T {
  const t = v.trim().toLowerCase() as T;
  if (!values.includes(t)) throw new ReviewError(`${field}: expected one of ${values.join(', ')}, found "${v}"`);
  return t;
}

/** An actor as typed: "none", an id ("country:IR"), or a name the entity layer may know ("Tehran" → Iran). */
export function readActor(v: string): ActorRef | null {
  const t = v.trim();
  if (NONE.test(t)) return null;
  if (/^[a-z]+:\S+$/.test(t)) return { id: t, name: t.slice(t.indexOf(':') + 1).replace(/-/g, ' ') };
  const [found] = gazetteerEntities(t);
  return found ? { id: found.id, name: found.name } : { id: null, name: t };
}

const num = (s: string) => Number(s.replace(/,/g, ''));

/** "200", "~200", "200-300", "at least 200", "≤300", "none", with or without a unit after it. */
export function readFigure(v: string, unit?: string | null): FigureValue | null {
  const t = v.trim();
  if (NONE.test(t)) return null;
  const m = /^(~|about\s+|≥|>=|at least\s+|more than\s+|≤|<=|up to\s+)?\s*(\d[\d,]*(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d[\d,]*(?:\.\d+)?))?\s*(.*)$/i.exec(t);
  if (!m) throw new ReviewError(`figure: expected a number or a range such as 200, ~200, 200-300, at least 200 or none, found "${v}"`);
  const [, mark = '', lo, hi, rest] = m;
  const min = num(lo);
  const max = hi ? num(hi) : min;
  if (!(max >= min)) throw new ReviewError(`figure: expected a range from low to high, found "${v}"`);
  const k = mark.trim().toLowerCase();
  const bound = k === '≥' || k === '>=' || k === 'at least' || k === 'more than' ? 'at-least' : k === '≤' || k === '<=' || k === 'up to' ? 'at-most' : null;
  return { min, max, approximate: k === '~' || k === 'about' || bound != null, bound, unit: (unit ?? rest).trim() || null };
}

/** "2024-09-05", "2024-09", "2024", "2024-09-01/2024-09-07" or none. */
export function readTime(v: string): TimeValue | null {
  const t = v.trim();
  if (NONE.test(t)) return null;
  const [a, b] = t.split('/');
  if (!isCalendarDate(a) || (b != null && !isCalendarDate(b))) throw new ReviewError(`time: expected a date such as 2024-09-05, 2024-09, 2024 or 2024-09-01/2024-09-07, found "${v}"`);
  const from = isoDay(dayNumber(a)!);
  const to = isoDay(lastDayNumber(b ?? a)!);
  if (to < from) throw new ReviewError(`time: expected the earlier date first, found "${v}"`);
  return { value: t, from, to, text: t };
}

/** Correction fields from `field=value` words or a JSON object of strings (null clears a field). */
export function readFields(raw: Record<string, unknown>): CorrectionFields {
  const f: CorrectionFields = {};
  const keys = Object.keys(raw).filter((k) => k !== 'unit');
  if (!keys.length) throw new ReviewError(`fields: expected at least one of ${CORRECTABLE.join(', ')}, found none`);
  for (const k of keys) {
    const v = raw[k] == null ? 'none' : raw[k];
    if (typeof v !== 'string') throw new ReviewError(`${k}: expected a text value, found ${JSON.stringify(v)}`);
    switch (k) {
      case 'event': f.event = oneOf(k, v, EVENT_TYPES); break;
      case 'agent': f.agent = readActor(v); break;
      case 'recipient': f.recipient = readActor(v); break;
      case 'location': f.location = readActor(v); break;
      case 'figure': f.figure = readFigure(v, typeof raw.unit === 'string' ? raw.unit : null); break;
      case 'source': f.source = NONE.test(v.trim()) ? null : v.trim(); break;
      case 'certainty': f.certainty = oneOf(k, v, CERTAINTY); break;
      case 'polarity': f.polarity = oneOf(k, v, POLARITY); break;
      case 'status': f.status = oneOf(k, v, STATUS); break;
      case 'time': f.time = readTime(v); break;
      default: throw new ReviewError(`${k}: not a field a reviewer can correct; expected one of ${CORRECTABLE.join(', ')} (and unit with figure)`);
    }
  }
  return f;
}

/** "agent=Iran figure=200-300 unit=missiles" words of the CLI. */
export function parsePairs(pairs: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    if (i <= 0) throw new ReviewError(`expected field=value (such as agent=Iran or figure=200-300), found "${p}"`);
    out[p.slice(0, i).trim()] = p.slice(i + 1);
  }
  return out;
}
