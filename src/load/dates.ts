// Publication dates as pages and feeds write them, to YYYY-MM-DD. The date is kept as the
// publisher wrote it, ignoring the clock time and zone: "Thu, 26 Jun 2025 23:30:00 -0400" was
// published on the 26th for its readers, though it was already the 27th in UTC.

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?![\d])/;
// RFC 822 (RSS pubDate): "Thu, 26 Jun 2025 09:30:00 +0900"; also "26 June 2025".
const DAY_MONTH_YEAR = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/;
// "June 26, 2025", "Jun. 26 2025 9:00 AM".
const MONTH_DAY_YEAR = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/;

/** YYYY-MM-DD, or null when the value is not a date we can read (never throws). */
export function metaDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso = ISO.exec(s);
  if (iso) return ymd(+iso[1], +iso[2], +iso[3]);
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) return named(dmy[1], dmy[2], dmy[3]);
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) return named(mdy[2], mdy[1], mdy[3]);
  return null;
}

function ymd(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

// The month names of RFC 822 and of English date metadata are a protocol, not vocabulary of the
// reports, so V8's own date parser reads them (it knows "Jun", "June", "Sept").
function named(day: string, month: string, year: string): string | null {
  const t = Date.parse(`${month} 1, 2000 UTC`);
  if (Number.isNaN(t)) return null;
  return ymd(+year, new Date(t).getUTCMonth() + 1, +day);
}
