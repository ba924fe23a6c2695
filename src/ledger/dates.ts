// Calendar days as numbers, for comparing time windows.

const DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date (YYYY, YYYY-MM or YYYY-MM-DD, start of the period). */
export function dayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
  return Number.isFinite(t) ? Math.floor(t / DAY) : null;
}

/** Last day of the period an ISO date names (2025-07 → 2025-07-31). */
export function lastDayNumber(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  if (m[3]) return dayNumber(iso);
  const t = m[2] ? Date.UTC(+m[1], +m[2], 0) : Date.UTC(+m[1], 11, 31);
  return Math.floor(t / DAY);
}

export function isoDay(n: number): string {
  return new Date(n * DAY).toISOString().slice(0, 10);
}

/** A real calendar date written YYYY, YYYY-MM or YYYY-MM-DD (2024-13-01 and 2025-02-30 are not). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] && (+m[2] < 1 || +m[2] > 12)) return false;
  if (m[3]) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).getUTCDate() === +m[3] && +m[3] >= 1;
  return true;
}
