// Proleptic Gregorian date arithmetic on plain numbers (no time zones): the values TIMEX3 writes.
export interface YMD {
  y: number;
  m: number;
  d: number;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Days since 1970-01-01. */
export function toDays(t: YMD): number {
  return Math.floor(Date.UTC(t.y, t.m - 1, t.d) / 86_400_000);
}

export function fromDays(n: number): YMD {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export const addDays = (t: YMD, n: number): YMD => fromDays(toDays(t) + n);

/** Month arithmetic on a (year, month) pair. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n;
  return { y: Math.floor(i / 12), m: (i % 12 + 12) % 12 + 1 };
}

/** ISO weekday, Monday = 1 … Sunday = 7. */
export function isoWeekday(t: YMD): number {
  return ((toDays(t) % 7) + 7 + 3) % 7 + 1; // 1970-01-01 was a Thursday
}

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(t: YMD): { y: number; w: number } {
  const thursday = addDays(t, 4 - isoWeekday(t));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

/** The Monday of a date's ISO week. */
export const weekMonday = (t: YMD): YMD => addDays(t, 1 - isoWeekday(t));

export const fmtDay = (t: YMD): string => `${pad(t.y, 4)}-${pad(t.m)}-${pad(t.d)}`;
export const fmtMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
export const fmtWeek = (t: YMD): string => {
  const { y, w } = isoWeek(t);
  return `${pad(y, 4)}-W${pad(w)}`;
};

export function parseIsoDate(s: string): YMD | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const t = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDate(t.y, t.m, t.d) ? t : null;
}

export const monthEnd = (y: number, m: number): YMD => ({ y, m, d: daysInMonth(y, m) });

/** Compare two dates: negative when a is earlier. */
export const cmp = (a: YMD, b: YMD): number => toDays(a) - toDays(b);
