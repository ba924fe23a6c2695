// Calendar units as TIMEX3 values with their first and last day: a day, an ISO week, a month, a
// season, a quarter, a half, a year.
import { type YMD, addDays, addMonths, daysInMonth, fmtDay, fmtMonth, fmtWeek, monthEnd, pad, weekMonday } from './calendar.js';
import type { DateSpec, Season } from './types.js';

export type Interval = { value: string; from: YMD | null; to: YMD | null };

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

export function seasonInterval(y: number, s: Season): Interval {
  const first = SEASON_START[s];
  const last = addMonths(y, first, 2);
  return { value: `${pad(y, 4)}-${s}`, from: { y, m: first, d: 1 }, to: monthEnd(last.y, last.m) };
}

export const monthInterval = (y: number, m: number): Interval => ({ value: fmtMonth(y, m), from: { y, m, d: 1 }, to: monthEnd(y, m) });
export const yearInterval = (y: number): Interval => ({ value: pad(y, 4), from: { y, m: 1, d: 1 }, to: { y, m: 12, d: 31 } });
export const dayInterval = (t: YMD): Interval => ({ value: fmtDay(t), from: t, to: t });
export const weekInterval = (t: YMD): Interval => ({ value: fmtWeek(t), from: weekMonday(t), to: addDays(weekMonday(t), 6) });

export function quarterInterval(y: number, q: number): Interval {
  const first = 3 * q - 2;
  return { value: `${pad(y, 4)}-Q${q}`, from: { y, m: first, d: 1 }, to: monthEnd(y, first + 2) };
}
export function halfInterval(y: number, h: number): Interval {
  return { value: `${pad(y, 4)}-H${h}`, from: { y, m: h === 1 ? 1 : 7, d: 1 }, to: monthEnd(y, h === 1 ? 6 : 12) };
}

/** The ISO week that holds most of the nth week of a month (the week of its 4th day, or of the
 *  4th day from its end for "the last week"). */
export function weekOfMonthInterval(y: number, m: number, nth: number): Interval {
  const dim = daysInMonth(y, m);
  const day = nth < 0 ? dim - 3 : Math.min(dim, (nth - 1) * 7 + 4);
  return weekInterval({ y, m, d: day });
}

/** The calendar unit a DateSpec with a year names. */
export function calendarInterval(y: number, s: DateSpec): Interval | null {
  if (s.month && s.day) return daysInMonth(y, s.month) >= s.day ? dayInterval({ y, m: s.month, d: s.day }) : null;
  if (s.month && s.weekOfMonth) return weekOfMonthInterval(y, s.month, s.weekOfMonth);
  if (s.month) return monthInterval(y, s.month);
  if (s.season) return seasonInterval(y, s.season);
  if (s.quarter) return quarterInterval(y, s.quarter);
  if (s.half) return halfInterval(y, s.half);
  return yearInterval(y);
}

