// The parsers, in order. Every parser runs over the whole text; where two matches overlap the
// longer one wins (refine.ts), and on equal spans the parser listed first wins — so a rule that
// reads a phrase more precisely comes before a looser one reading the same words.
import type { Parser } from '../types.js';
import { dayMonth, isoDate, monthDay, numericDate } from './calendar-dates.js';
import { clock12, clock24, namedHour } from './clock.js';
import { barePlural, duration, pastNextUnit, unitLong } from './durations.js';
import { everyUnit, frequencyAdverb, perUnit, pluralWeekday } from './sets.js';
import { month } from './months.js';
import { half, quarter, weekOfMonth } from './periods.js';
import { century, decade, fiscalYear, shortYear, year } from './years.js';
import { anaphoricDay, atTheTime, reference } from './refs.js';
import { holiday, namedEvent, season, weekday } from './calendar-names.js';
import { ago, deictic, partOfDay, periodEdge, relativePeriod, theWeekend } from './relative.js';

export const PARSERS: readonly Parser[] = [
  namedEvent,
  // calendar dates before months and years: "June 26, 2025" beats "June" and "2025"
  isoDate,
  numericDate,
  monthDay,
  dayMonth,
  weekOfMonth,
  quarter,
  half,
  // "ago" before durations: "18 months ago" is a date, not "18 months"
  ago,
  month,
  year,
  shortYear,
  fiscalYear,
  decade,
  century,
  relativePeriod,
  periodEdge,
  theWeekend,
  // clock times before weekdays and "today", which they may carry ("15:00 GMT Saturday")
  clock12,
  clock24,
  namedHour,
  deictic,
  partOfDay,
  weekday,
  season,
  holiday,
  // sets before durations: "15 a year" is a rate, "a year" alone a duration
  everyUnit,
  pluralWeekday,
  perUnit,
  frequencyAdverb,
  // "in the next few days" (FUTURE_REF) is longer than the duration inside it and wins anyway
  reference,
  atTheTime,
  anaphoricDay,
  duration,
  unitLong,
  pastNextUnit,
  barePlural,
];
