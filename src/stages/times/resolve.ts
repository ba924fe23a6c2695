// From what a parser read (Spec) to a TIMEX3 value and calendar interval, against the publication
// date and the clause's tense. Parts the text states go to `known`, parts taken from the
// publication date to `implied`.
import { type YMD, addDays, fmtDay, pad, parseIsoDate } from './calendar.js';
import { type Interval, calendarInterval, dayInterval } from './intervals.js';
import { direction, placeWeekday, placeYear, relative } from './place.js';
import type { Tense } from './tense.js';
import type { ClockSpec, DateSpec, DurationSpec, Resolved, Spec } from './types.js';

export interface ResolveContext {
  /** Publication date, or null when unknown (relative times then keep X placeholders). */
  pub: YMD | null;
  /** The clause's tense, computed on demand. */
  tense: () => Tense;
  /** A day named in the same sentence, for clock times ("February 22, 2024, 1:24 PM"). */
  anchorDay?: YMD | null;
  /** The last date the text named, for "at the time". */
  previous?: Resolved | null;
  /** The last day the text named, for "the same day", "the day before". */
  previousDay?: YMD | null;
}

function statedParts(s: DateSpec): string[] {
  const parts: string[] = [];
  if (s.year != null) parts.push('year');
  if (s.season) parts.push('season');
  if (s.quarter) parts.push('quarter');
  if (s.half) parts.push('half');
  if (s.month) parts.push('month');
  if (s.weekOfMonth) parts.push('week');
  if (s.day) parts.push('day');
  if (s.weekday) parts.push('weekday');
  if (s.decade != null) parts.push('decade');
  if (s.century != null) parts.push('century');
  return parts;
}

const UNANCHORED_REL: Record<string, string> = { day: 'XXXX-XX-XX', week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', half: 'XXXX-HX', year: 'XXXX', decade: 'XXX', century: 'XX' };

/** TIMEX3 value with X placeholders, for a yearless or relative spec and no publication date. */
function unanchored(s: DateSpec): string | null {
  if (s.rel) return UNANCHORED_REL[s.rel.unit] ?? null;
  if (s.weekday && !s.month) return `XXXX-WXX-${s.weekday}`;
  if (s.month && s.day) return `XXXX-${pad(s.month)}-${pad(s.day)}`;
  if (s.month) return `XXXX-${pad(s.month)}`;
  if (s.season) return `XXXX-${s.season}`;
  if (s.quarter) return `XXXX-Q${s.quarter}`;
  return null;
}

const IMPLIED_BY_UNIT: Record<string, string[]> = {
  day: ['year', 'month', 'day'], week: ['year', 'week'], weekend: ['year', 'week'], month: ['year', 'month'],
  quarter: ['year', 'quarter'], half: ['year', 'half'], year: ['year'], decade: ['decade'], century: ['century'],
};

function resolveDate(s: DateSpec, ctx: ResolveContext): Resolved | null {
  const known = statedParts(s);
  const out = (iv: Interval | null, implied: string[]): Resolved | null => {
    if (!iv) return null;
    const timeOfDay = s.part && /^\d{4}-\d{2}-\d{2}$/.test(iv.value);
    return {
      type: timeOfDay ? 'TIME' : 'DATE',
      value: timeOfDay ? `${iv.value}T${s.part}` : iv.value,
      from: iv.from ? fmtDay(iv.from) : null,
      to: iv.to ? fmtDay(iv.to) : null,
      known,
      implied: implied.filter((p) => !known.includes(p)),
      ...(s.mod ? { mod: s.mod } : {}),
    };
  };
  if (s.decade != null) return out({ value: String(s.decade), from: { y: s.decade * 10, m: 1, d: 1 }, to: { y: s.decade * 10 + 9, m: 12, d: 31 } }, []);
  if (s.century != null) return out({ value: pad(s.century), from: { y: s.century * 100, m: 1, d: 1 }, to: { y: s.century * 100 + 99, m: 12, d: 31 } }, []);
  if (s.year != null) return out(calendarInterval(s.year, s), []);
  const pub = ctx.pub;
  if (!pub) {
    const value = unanchored(s);
    return value ? out({ value, from: null, to: null }, []) : null;
  }
  if (s.rel) return out(relative(s, pub, ctx), IMPLIED_BY_UNIT[s.rel.unit] ?? []);
  const dir = direction(s, ctx);
  if (s.weekday && !s.month) return out(dayInterval(placeWeekday(s.weekday, pub, dir)), ['year', 'month', 'day']);
  return out(placeYear(s, pub, dir), ['year']);
}

function durationValue(s: DurationSpec): string {
  const m = /^(\d+)?([A-Z]+)$/.exec(s.unit)!;
  const per = m[1] ? +m[1] : 1;
  let letter = m[2];
  if (s.n == null) {
    // an unstated number of decades or centuries: TimeML writes PXDE / PXCE
    if (per === 10 && letter === 'Y') letter = 'DE';
    if (per === 100 && letter === 'Y') letter = 'CE';
    return `P${s.clock ? 'T' : ''}X${letter}`;
  }
  const n = Math.round(s.n * per * 100) / 100;
  return `P${s.clock ? 'T' : ''}${n}${letter}`;
}

function resolveClock(s: ClockSpec, ctx: ResolveContext): Resolved {
  const day = s.date ? resolveDate(s.date, ctx) : null;
  const date = day && /^\d{4}-\d{2}-\d{2}$/.test(day.value) ? parseIsoDate(day.value) : ctx.anchorDay ?? ctx.pub;
  const hhmm = `T${pad(s.hour)}:${pad(s.minute)}${s.utc ? 'Z' : ''}`;
  return {
    type: 'TIME',
    value: date ? fmtDay(date) + hhmm : `XXXX-XX-XX${hhmm}`,
    from: date ? fmtDay(date) : null,
    to: date ? fmtDay(date) : null,
    known: ['hour', 'minute', ...(s.date ? statedParts(s.date) : [])],
    implied: date ? (s.date ? day!.implied : ['year', 'month', 'day']) : [],
  };
}

const bare = (type: Resolved['type'], value: string, known: string[] = []): Resolved => ({ type, value, from: null, to: null, known, implied: [] });

/** The TIMEX3 reading of a spec, or null when it cannot be placed. */
export function resolve(spec: Spec, ctx: ResolveContext): Resolved | null {
  switch (spec.kind) {
    case 'date': return resolveDate(spec, ctx);
    case 'duration': return bare('DURATION', durationValue(spec), ['duration']);
    case 'clock': return resolveClock(spec, ctx);
    case 'ref': return bare('DATE', spec.value);
    case 'set': return bare('SET', spec.value);
    case 'fixed': {
      const d = parseIsoDate(spec.value);
      return { type: 'DATE', value: spec.value, from: d ? fmtDay(d) : null, to: d ? fmtDay(d) : null, known: ['event'], implied: [] };
    }
    case 'anaphor': {
      if (spec.dayShift != null) {
        // without a day named before, only "later in the day" and "that day" fall back on publication
        const base = ctx.previousDay ?? (spec.dayShift === 0 ? ctx.pub : null);
        if (!base) return null;
        const d = addDays(base, spec.dayShift);
        return { type: 'DATE', value: fmtDay(d), from: fmtDay(d), to: fmtDay(d), known: [], implied: ['antecedent'] };
      }
      const p = ctx.previous;
      return p ? { ...p, type: 'DATE', known: [], implied: ['antecedent'] } : bare('DATE', 'PAST_REF');
    }
  }
}
