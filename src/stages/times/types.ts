// What a parser understood, before it is placed on the calendar. A parser only reads the words;
// resolve.ts turns a Spec into a TIMEX3 value against the publication date and the clause's tense.
import type { TimeType } from '../../format.js';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type RelUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'half' | 'year' | 'decade' | 'century';
export type RefValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
export type Mod = 'START' | 'MID' | 'END';

/**
 * How to place a calendar name that states no year ("July", "Monday", "autumn", "June 26"):
 * last/next = strictly before/after publication ("last July"), this = in the current period,
 * tense = from the clause's verbs ("sent in July" vs "will send in July").
 */
export type Pick = 'last' | 'next' | 'this' | 'past' | 'tense';

export interface DateSpec {
  kind: 'date';
  year?: number;
  month?: number;
  day?: number;
  /** ISO weekday, Monday = 1. */
  weekday?: number;
  season?: Season;
  quarter?: number;
  half?: number;
  /** First three digits of the years of a decade: 199 for the 1990s. */
  decade?: number;
  /** First two digits of the years of a century: 19 for the 20th century. */
  century?: number;
  /** nth week of `month` ("the first week of February"); -1 = the last. */
  weekOfMonth?: number;
  /** Offset from the publication date in `unit`s: "last year" = year −1, "this week" = week 0. */
  rel?: { unit: RelUnit; n: number };
  pick?: Pick;
  /** Part of the day, TIMEX3 code (MO, AF, EV, NI): "this morning". */
  part?: string;
  mod?: Mod;
}

export interface DurationSpec {
  kind: 'duration';
  /** null = an unstated number ("several weeks" → PXW). */
  n: number | null;
  /** TIMEX3 unit letter(s): Y, M, W, D, H, S, or multiples 10Y, 100Y, 2W. */
  unit: string;
  /** Clock units take the PT prefix. */
  clock: boolean;
}

export interface ClockSpec {
  kind: 'clock';
  hour: number;
  minute: number;
  /** The day the clock time falls on when the same phrase names it ("15:00 GMT Saturday"). */
  date?: DateSpec;
  /** Stated in UTC or GMT: TIMEX3 appends Z. */
  utc?: boolean;
}

export interface RefSpec {
  kind: 'ref';
  value: RefValue;
}

export interface SetSpec {
  kind: 'set';
  value: string;
}

/** "at the time": the last date the text named, or PAST_REF. With `dayShift`, a day counted from
 *  the last day the text named ("the same day" 0, "the day before" −1, "the next day" +1). */
export interface AnaphorSpec {
  kind: 'anaphor';
  dayShift?: number;
}

/** A date the text names by an event ("the start of the full-scale invasion"). */
export interface FixedSpec {
  kind: 'fixed';
  value: string;
}

export type Spec = DateSpec | DurationSpec | ClockSpec | RefSpec | SetSpec | AnaphorSpec | FixedSpec;

/** One match of one parser: a span of the text and what it means. */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  spec: Spec;
}

export interface Resolved {
  type: TimeType;
  value: string;
  from: string | null;
  to: string | null;
  known: string[];
  implied: string[];
  mod?: Mod;
}

/** A parser: one regular expression over the whole text, and a reading of each match. */
export interface Parser {
  name: string;
  pattern: RegExp;
  /** null when the match is not a time after all ("May" the modal, "2000-pound"). */
  read: (m: RegExpExecArray, text: string) => Candidate | Candidate[] | null;
}
