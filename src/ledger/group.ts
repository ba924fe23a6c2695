// Reported events: which claims of one bucket (same event type, agent and recipient) report the
// same real-world event. The rules, and the sentences that forced them, are in docs/ledger.md.
// Grouping reads the claims of a bucket in a fixed order (publication date, document, claim set),
// so the same documents give the same groups whatever order they were ingested in.
import { dayNumber, lastDayNumber } from './dates.js';
import { intervalsMeet, tolerant, type Interval } from './numbers.js';
import { kindsCompatible, peopleKinds, sameThing, themesCompatible, type Theme } from './themes.js';
import { NO_ACTOR } from './actors.js';
import type { ClaimRow } from './types.js';
import { setQuantity, type SetQuantity } from './units.js';

/** A plan's date is a forecast: "to begin in July or August" may happen in September. */
export const PLANNED_SLACK_DAYS = 92;
/** A report's tense is a loose clock: a dispatch that "will begin" may be under way already, one
 *  described as under way may still be in preparation. Status bounds get this much slack. */
export const STATUS_SLACK_DAYS = 45;
/** A casualty count without a time is a count "as of" its report, good for about a week. */
export const AS_OF_DAYS = 7;
/** Only a time this precise (a season at most) pins two different figures to one event. */
export const ANCHOR_MAX_DAYS = 92;

/** Where a claim set's event happened: the location's key and the country it lies in. */
export interface Place {
  key: string;
  country: string | null;
}

/** One claim set of one report: the unit the ledger groups and compares. */
export interface Unit {
  key: string;
  claims: ClaimRow[];
  /** Rejected by a reviewer: shown with the event it belongs to, never counted in it. */
  rejected: boolean;
  /** Neither agent nor recipient: such a claim joins another only where place and time agree. */
  actorless: boolean;
  place: Place | null;
  doc: ClaimRow['doc'];
  polarity: 'positive' | 'negative';
  status: ClaimRow['status'];
  quantity: SetQuantity | null;
  /** The figure widened by its approximation, for positive claims with a number. */
  interval: Interval | null;
  theme: Theme;
  /** Days the event can fall in: its stated time, else what the status and report date allow. */
  window: Interval;
  /** True when the window is a stated time of a season or less (or a casualty count's report week). */
  anchored: boolean;
  published: number | null;
}

export function timeWindow(c: Pick<ClaimRow, 'time' | 'status' | 'event'>, published: string | null, actorless = false): { window: Interval; anchored: boolean } {
  const from = dayNumber(c.time?.from ?? null);
  const to = lastDayNumber(c.time?.to ?? null);
  if (from != null && to != null && to >= from) {
    return { window: { lo: from, hi: c.status === 'planned' ? to + PLANNED_SLACK_DAYS : to }, anchored: to - from <= ANCHOR_MAX_DAYS };
  }
  const p = dayNumber(published);
  if (p == null) return { window: { lo: -Infinity, hi: Infinity }, anchored: false };
  // "North Korea has suffered 4,000 casualties" counts a growing total as of the report
  if (c.event === 'casualties' && c.status !== 'planned') return { window: { lo: p - AS_OF_DAYS, hi: p }, anchored: true };
  // "fighting broke out", with no side named: news of the days before the report
  if (actorless && c.status !== 'planned') return { window: { lo: p - AS_OF_DAYS, hi: p }, anchored: false };
  // what is done happened before the report; what is planned happens after it
  if (c.status === 'done' || c.status === 'ongoing') return { window: { lo: -Infinity, hi: p + STATUS_SLACK_DAYS }, anchored: false };
  if (c.status === 'planned') return { window: { lo: p - STATUS_SLACK_DAYS, hi: Infinity }, anchored: false };
  return { window: { lo: -Infinity, hi: Infinity }, anchored: false };
}

function compareRows(a: ClaimRow, b: ClaimRow): number {
  const pa = a.doc.published ?? '\uffff';
  const pb = b.doc.published ?? '\uffff';
  if (pa !== pb) return pa < pb ? -1 : 1;
  if (a.doc.key !== b.doc.key) return a.doc.key < b.doc.key ? -1 : 1;
  return a.ordinal - b.ordinal;
}

function placeOf(c: ClaimRow): Place | null {
  if (!c.location) return null;
  const key = c.location.id ?? `name:${c.location.name.toLowerCase()}`;
  return { key, country: c.locationCountry ?? (key.startsWith('country:') ? key : null) };
}

/** One place within the other, or the same: Kidal is in Mali, El Fasher is not in Mali. */
export function placesAgree(a: Place, b: Place): boolean {
  return a.key === b.key || a.country === b.key || b.country === a.key;
}

/** Claim sets of a bucket's claims, in the fixed order grouping reads them (rejected claims each alone). */
export function buildUnits(rows: ClaimRow[]): Unit[] {
  const sorted = [...rows].sort(compareRows);
  const byKey = new Map<string, ClaimRow[]>();
  for (const r of sorted) {
    const key = r.rejected ? `${r.doc.key}#rejected-${r.ordinal}` : `${r.doc.key}#${r.unitNo}`;
    const list = byKey.get(key);
    if (list) list.push(r);
    else byKey.set(key, [r]);
  }
  return [...byKey.entries()].map(([key, claims]) => {
    const first = claims[0];
    const actorless = first.agentKey === NO_ACTOR && first.recipientKey === NO_ACTOR;
    const timed = claims.find((c) => c.time?.from && c.time?.to) ?? first;
    const { window, anchored } = timeWindow({ ...timed, status: first.status }, first.doc.published, actorless);
    const quantity = setQuantity(claims);
    const polarity = first.polarity;
    return {
      key,
      claims,
      rejected: first.rejected,
      actorless,
      place: claims.map(placeOf).find((p) => p) ?? null,
      doc: first.doc,
      polarity,
      status: first.status,
      quantity,
      interval: polarity === 'positive' ? tolerant(quantity) : null,
      theme: {
        classes: [...new Set(claims.flatMap((c) => c.themeClasses))].sort(),
        tokens: [...new Set(claims.flatMap((c) => c.themeTokens))].sort(),
        kinds: [...new Set(claims.flatMap((c) => peopleKinds({ unit: c.quantity?.unit ?? null, theme: c.theme })))].sort(),
      },
      window,
      anchored,
      published: dayNumber(first.doc.published),
    };
  });
}

export interface Group {
  units: Unit[];
  window: Interval;
  themes: Theme[];
  tokens: Set<string>;
  numbered: Unit[];
  byDoc: Map<number, Unit[]>;
}

function sameTheme(a: Theme, b: Theme): boolean {
  return a.classes.join() === b.classes.join() && a.tokens.join() === b.tokens.join();
}

/** Events that happen at a place: reports of them in two different places are two events. */
const PLACED = new Set(['casualties', 'combat']);

/** How well `u` fits `g`, or -1 when it cannot be the same event. */
export function fit(u: Unit, g: Group): number {
  if (!intervalsMeet(u.window, g.window)) return -1;
  if (!g.themes.every((t) => themesCompatible(t, u.theme) && kindsCompatible(t, u.theme))) return -1;
  // a claim with no agent and no recipient never joins by type alone: place and time must agree
  if (u.actorless && (!u.place || !Number.isFinite(u.window.lo) || g.units.some((m) => !m.place))) return -1;
  if ((u.actorless || PLACED.has(u.claims[0].event)) && u.place) {
    for (const m of g.units) if (m.place && !placesAgree(u.place, m.place)) return -1;
  }
  // two claim sets of one report with different figures are two events the report tells apart
  for (const m of g.byDoc.get(u.doc.rowid) ?? []) {
    if (u.interval && m.interval && !intervalsMeet(u.interval, m.interval)) return -1;
  }
  let score = 0;
  if (u.interval && g.numbered.length) {
    // a figure must match every figure of the group, except one pinned to the same time as it:
    // matching only some would let a loose bound ("at least 100") chain 2,000 to 11,000
    let agreeing = 0;
    for (const m of g.numbered) {
      if (intervalsMeet(u.interval, m.interval!)) agreeing++;
      // pinned to one time, figures that differ are a disagreement, if they count the same thing
      else if (!(u.anchored && m.anchored && sameThing(u.theme, m.theme))) return -1;
    }
    score += agreeing ? 4 : 2;
  }
  if (u.anchored && g.units.some((m) => m.anchored)) score += 2;
  if (u.theme.tokens.some((t) => g.tokens.has(t))) score += 1;
  return score;
}

function add(g: Group, u: Unit): void {
  g.units.push(u);
  g.window = { lo: Math.max(g.window.lo, u.window.lo), hi: Math.min(g.window.hi, u.window.hi) };
  if (!g.themes.some((t) => sameTheme(t, u.theme))) g.themes.push(u.theme);
  for (const t of u.theme.tokens) g.tokens.add(t);
  if (u.interval) g.numbered.push(u);
  const list = g.byDoc.get(u.doc.rowid);
  if (list) list.push(u);
  else g.byDoc.set(u.doc.rowid, [u]);
}

/**
 * Greedy grouping in the fixed unit order: each claim set joins the compatible group it fits
 * best (ties go to the earliest group), else starts a new one. Every member of a group is
 * time-compatible with every other (their windows share a day: intervals that meet pairwise
 * share a point), and theme-compatible with every theme in it.
 */
export function groupUnits(units: Unit[]): Unit[][] {
  return groupsOf(units).map((g) => g.units);
}

export function newGroup(): Group {
  return { units: [], window: { lo: -Infinity, hi: Infinity }, themes: [], tokens: new Set(), numbered: [], byDoc: new Map() };
}

export function groupOf(units: Unit[]): Group {
  const g = newGroup();
  for (const u of units) add(g, u);
  return g;
}

function groupsOf(units: Unit[]): Group[] {
  const groups: Group[] = [];
  for (const u of units) {
    let best: Group | null = null;
    let bestScore = -1;
    for (const g of groups) {
      const s = fit(u, g);
      if (s > bestScore) {
        best = g;
        bestScore = s;
      }
    }
    if (!best) {
      best = newGroup();
      groups.push(best);
    }
    add(best, u);
  }
  return groups;
}
