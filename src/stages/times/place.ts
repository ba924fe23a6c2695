// Placing what the text leaves open: which July, which Thursday, which autumn (by the direction
// the clause looks in), and periods counted from the publication date ("last week").
import { type YMD, addDays, addMonths, cmp, isoWeekday, pad, weekMonday } from './calendar.js';
import { type Interval, calendarInterval, dayInterval, halfInterval, monthInterval, quarterInterval, weekInterval } from './intervals.js';
import type { ResolveContext } from './resolve.js';
import type { DateSpec } from './types.js';

export type Direction = 'last' | 'next' | 'this' | 'past' | 'future' | null;

export function direction(s: DateSpec, ctx: ResolveContext): Direction {
  if (s.pick === 'tense') return ctx.tense();
  return s.pick ?? null;
}

/** Choose among the intervals a yearless spec may name (last, this and next year): the one the
 *  direction asks for, or the nearest to publication. */
export function placeYear(s: DateSpec, pub: YMD, dir: Direction): Interval | null {
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

export function placeWeekday(wd: number, pub: YMD, dir: Direction): YMD {
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

export function relative(s: DateSpec, pub: YMD, ctx: ResolveContext): Interval | null {
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

