// From what a parser read (Spec) to a TIMEX3 value and calendar interval, against the publication
// date and the clause's tense. Parts the text states go to `known`, parts taken from the
// publication date to `implied`.
import { type YMD, addDays, addMonths, cmp, daysInMonth, fmtDay, fmtMonth, fmtWeek, isoWeekday, monthEnd, pad, parseIsoDate, weekMonday } from './calendar.js';
import type { Tense } from './tense.js';
import type { ClockSpec, DateSpec, DurationSpec, Resolved, Season, Spec } from './types.js';

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

type Interval = { value: string; from: YMD | null; to: YMD | null };

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function seasonInterval(y: number, s: Season): Interval {
  const first = SEASON_START[s];
  const last = addMonths(y, first, 2);
  return { value: `${pad(y, 4)}-${s}`, from: { y, m: first, d: 1 }, to: monthEnd(last.y, last.m) };
}

const monthInterval = (y: number, m: number): Interval => ({ value: fmtMonth(y, m), from: { y, m, d: 1 }, to: monthEnd(y, m) });
const yearInterval = (y: number): Interval => ({ value: pad(y, 4), from: { y, m: 1, d: 1 }, to: { y, m: 12, d: 31 } });
const dayInterval = (t: YMD): Interval => ({ value: fmtDay(t), from: t, to: t });
const weekInterval = (t: YMD): Interval => ({ value: fmtWeek(t), from: weekMonday(t), to: addDays(weekMonday(t), 6) });

function quarterInterval(y: number, q: number): Interval {
  const first = 3 * q - 2;
  return { value: `${pad(y, 4)}-Q${q}`, from: { y, m: first, d: 1 }, to: monthEnd(y, first + 2) };
}
function halfInterval(y: number, h: number): Interval {
  return { value: `${pad(y, 4)}-H${h}`, from: { y, m: h === 1 ? 1 : 7, d: 1 }, to: monthEnd(y, h === 1 ? 6 : 12) };
}

/** The ISO week that holds most of the nth week of a month (the week of its 4th day, or of the
 *  4th day from its end for "the last week"). */
function weekOfMonthInterval(y: number, m: number, nth: number): Interval {
  const dim = daysInMonth(y, m);
  const day = nth < 0 ? dim - 3 : Math.min(dim, (nth - 1) * 7 + 4);
  return weekInterval({ y, m, d: day });
}

/** The calendar unit a DateSpec with a year names. */
function calendarInterval(y: number, s: DateSpec): Interval | null {
  if (s.month && s.day) return daysInMonth(y, s.month) >= s.day ? dayInterval({ y, m: s.month, d: s.day }) : null;
  if (s.month && s.weekOfMonth) return weekOfMonthInterval(y, s.month, s.weekOfMonth);
  if (s.month) return monthInterval(y, s.month);
  if (s.season) return seasonInterval(y, s.season);
  if (s.quarter) return quarterInterval(y, s.quarter);
  if (s.half) return halfInterval(y, s.half);
  return yearInterval(y);
}

type Direction = 'last' | 'next' | 'this' | 'past' | 'future' | null;

function direction(s: DateSpec, ctx: ResolveContext): Direction {
  if (s.pick === 'tense') return ctx.tense();
  return s.pick ?? null;
}

/** Choose among the intervals a yearless spec may name (last, this and next year): the one the
 *  direction asks for, or the nearest to publication. */
function placeYear(s: DateSpec, pub: YMD, dir: Direction): Interval | null {
  const options: Interval[] = [];
  for (const y of [pub.y - 1, pub.y, pub.y + 1]) {
    const iv = calendarInterval(y, s);
    if (iv?.from && iv.to) options.push(iv);
  }
  const p = pub;
  const ok = (iv: Interval): boolean => {
    const from = iv.from!, to = iv.to!;
    switch (dir) {
      case 'last': return cmp(to, p) < 0;                 // over before publication
      case 'past': return cmp(from, p) <= 0;              // begun by publication
      case 'next': return cmp(from, p) > 0;               // not begun yet
      case 'future': return cmp(to, p) >= 0;              // not over yet
      case 'this': return cmp(from, p) <= 0 && cmp(to, p) >= 0;
      default: return true;
    }
  };
  const fits = options.filter(ok);
  if (dir === 'this' && !fits.length) return calendarInterval(pub.y, s);
  if (!fits.length) return null;
  if (dir === 'last' || dir === 'past') return fits[fits.length - 1];
  if (dir === 'next' || dir === 'future' || dir === 'this') return fits[0];
  // no tense: the nearest; on a tie the earlier one, since news reports mostly look back
  const distance = (iv: Interval): number => (cmp(iv.to!, p) < 0 ? cmp(p, iv.to!) : cmp(iv.from!, p) > 0 ? cmp(iv.from!, p) : 0);
  return fits.reduce((best, iv) => (distance(iv) < distance(best) ? iv : best));
}

function placeWeekday(wd: number, pub: YMD, dir: Direction): YMD {
  const today = isoWeekday(pub);
  switch (dir) {
    case 'this': return addDays(weekMonday(pub), wd - 1);
    case 'next': return addDays(pub, (wd - today + 7) % 7 || 7);
    case 'future': return addDays(pub, (wd - today + 7) % 7);
    case 'last': return addDays(pub, -((today - wd + 7) % 7 || 7));
    // a bare weekday is the most recent one on or before publication unless the tense says future
    default: return addDays(pub, -((today - wd + 7) % 7));
  }
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

function relative(s: DateSpec, pub: YMD, ctx: ResolveContext): Interval | null {
  let { unit, n } = s.rel!;
  // "the end of the year" in a past clause early in a year is last year's end
  if (s.pick === 'tense' && unit === 'year') {
    const t = ctx.tense();
    if (s.mod === 'END' && t === 'past' && pub.m <= 6) n -= 1;
    if (s.mod === 'START' && t === 'future' && pub.m >= 7) n += 1;
  }
  // "over the weekend": the last one (this one when published on a weekend), or the coming one
  if (s.pick === 'tense' && unit === 'weekend') {
    const wd = isoWeekday(pub);
    n = ctx.tense() === 'future' ? (wd === 7 ? 1 : 0) : wd >= 6 ? 0 : -1;
  }
  switch (unit) {
    case 'day': return dayInterval(addDays(pub, n));
    case 'week': return weekInterval(addDays(pub, 7 * n));
    case 'weekend': {
      const w = weekInterval(addDays(pub, 7 * n));
      return { value: `${w.value}-WE`, from: addDays(w.from!, 5), to: w.to };
    }
    case 'month': {
      const t = addMonths(pub.y, pub.m, n);
      return monthInterval(t.y, t.m);
    }
    case 'quarter': {
      const i = pub.y * 4 + Math.floor((pub.m - 1) / 3) + n;
      return quarterInterval(Math.floor(i / 4), (i % 4) + 1);
    }
    case 'half': {
      const i = pub.y * 2 + (pub.m > 6 ? 1 : 0) + n;
      return halfInterval(Math.floor(i / 2), (i % 2) + 1);
    }
    case 'year': return calendarInterval(pub.y + n, s);
    case 'decade': {
      const d = Math.floor(pub.y / 10) + n;
      return { value: String(d), from: { y: d * 10, m: 1, d: 1 }, to: { y: d * 10 + 9, m: 12, d: 31 } };
    }
    case 'century': {
      const c = Math.floor(pub.y / 100) + n;
      return { value: pad(c), from: { y: c * 100, m: 1, d: 1 }, to: { y: c * 100 + 99, m: 12, d: 31 } };
    }
  }
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
