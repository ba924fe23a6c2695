// The estimates chart, drawn as SVG: publication date across, figure up; a precise figure is a dot,
// a range ("10,000-12,000", "thousands") a bar from its low to its high end; one colour per
// original source. Plain SVG keeps the page free of dependencies and of any build step.
import { h, svg } from './dom.js';

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22', '#7f7f7f'];
const DAY = 86_400_000;
const W = 880;
const H = 360;
const M = { top: 16, right: 20, bottom: 40, left: 72 };

const ms = (d) => Date.parse(`${d}T00:00:00Z`);
const fmt = (x) => Math.round(x).toLocaleString('en-US');

/** Round tick steps (1, 2, 5 × 10^k) covering [0, max]. */
export function niceTicks(max, count = 5) {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw);
  const ticks = [];
  for (let v = 0; v <= max + step * 0.999; v += step) ticks.push(v);
  return ticks;
}

function dateTicks(lo, hi) {
  const span = (hi - lo) / DAY;
  const stepMonths = span > 1500 ? 12 : span > 700 ? 6 : span > 300 ? 3 : span > 60 ? 1 : 0;
  const out = [];
  if (!stepMonths) {
    const step = Math.max(1, Math.ceil(span / 6)) * DAY;
    for (let t = lo; t <= hi; t += step) out.push([t, new Date(t).toISOString().slice(0, 10)]);
    return out;
  }
  const d = new Date(lo);
  let y = d.getUTCFullYear();
  let m = Math.ceil(d.getUTCMonth() / stepMonths) * stepMonths;
  for (;;) {
    const t = Date.UTC(y + Math.floor(m / 12), m % 12, 1);
    if (t > hi) break;
    if (t >= lo) out.push([t, new Date(t).toISOString().slice(0, stepMonths === 12 ? 4 : 7)]);
    m += stepMonths;
    if (m >= 12) (y += Math.floor(m / 12)), (m %= 12);
  }
  return out;
}

export function colourFor(sources) {
  return new Map(sources.map((s, i) => [s, PALETTE[i % PALETTE.length]]));
}

/** points: the API's estimate points; returns {element, sources (in order of first report), colours, skipped}. */
export function estimatesChart(points) {
  const dated = points.filter((p) => p.published && (p.min != null || p.max != null));
  const sources = [...new Set(dated.map((p) => p.original_source))];
  const colours = colourFor(sources);
  if (!dated.length) return { element: h('p', { class: 'muted' }, 'No dated figures to draw.'), sources, colours, skipped: points.length };
  let lo = Math.min(...dated.map((p) => ms(p.published)));
  let hi = Math.max(...dated.map((p) => ms(p.published)));
  const pad = Math.max(15 * DAY, (hi - lo) * 0.05);
  [lo, hi] = [lo - pad, hi + pad];
  const yTicks = niceTicks(Math.max(...dated.map((p) => p.max ?? p.min)));
  const top = yTicks[yTicks.length - 1];
  const x = (t) => M.left + ((t - lo) / (hi - lo)) * (W - M.left - M.right);
  const y = (v) => H - M.bottom - (v / top) * (H - M.top - M.bottom);
  const grid = yTicks.map((v) => [
    svg('line', { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v), class: 'grid' }),
    svg('text', { x: M.left - 8, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, fmt(v)),
  ]);
  const xAxis = dateTicks(lo, hi).map(([t, label]) => [
    svg('line', { x1: x(t), x2: x(t), y1: H - M.bottom, y2: H - M.bottom + 5, class: 'axis' }),
    svg('text', { x: x(t), y: H - M.bottom + 18, class: 'tick', 'text-anchor': 'middle' }, label),
  ]);
  // reports of one day stand side by side, not on top of each other
  const sameDay = new Map();
  const dodge = dated.map((p) => {
    const k = sameDay.get(p.published) ?? 0;
    sameDay.set(p.published, k + 1);
    return k;
  });
  const marks = dated.map((p, i) => {
    const c = colours.get(p.original_source);
    const n = sameDay.get(p.published);
    const [a, b] = [p.min ?? p.max, p.max ?? p.min];
    const tip = `${p.published} · ${p.original_source}${p.outlet ? ` via ${p.outlet}` : ''}: ${a === b ? fmt(a) : `${fmt(a)}–${fmt(b)}`}${p.unit ? ` ${p.unit}` : ''} (${p.status}, ${p.certainty})`;
    const cx = x(ms(p.published)) + (dodge[i] - (n - 1) / 2) * 11;
    const shape =
      a === b
        ? svg('circle', { cx, cy: y(a), r: 5, fill: p.approximate ? 'white' : c, stroke: c, 'stroke-width': 2 })
        : svg('rect', { x: cx - 4, y: y(b), width: 8, height: Math.max(2, y(a) - y(b)), fill: c, 'fill-opacity': p.vague ? 0.25 : 0.6, stroke: c });
    return svg('g', { class: 'point', dataset: { source: p.original_source } }, svg('title', null, tip), shape);
  });
  const element = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': `estimates over publication date, ${dated.length} points` },
    grid,
    svg('line', { x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom, class: 'axis' }),
    xAxis,
    svg('text', { x: W / 2, y: H - 4, class: 'axis-label', 'text-anchor': 'middle' }, 'publication date'),
    marks,
  );
  return { element, sources, colours, skipped: points.length - dated.length };
}
