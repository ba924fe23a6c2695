// Estimates of one measure (agent, event, recipient, unit) over publication date, coloured by
// original source, with the measures the store can chart offered as shortcuts.
import { getJson } from '../lib/api.js';
import { errorBox, h, replace, route } from '../lib/dom.js';
import { formatRange, plural } from '../lib/format.js';
import { EVENT_OPTIONS, filterForm, PAGE, pager } from '../lib/list.js';
import { estimatesChart } from '../lib/chart.js';

const FIELDS = [
  { name: 'agent', label: 'Agent', placeholder: 'North Korea' },
  { name: 'event', label: 'Event', type: 'select', options: EVENT_OPTIONS.slice(1) },
  { name: 'recipient', label: 'Recipient', placeholder: 'any' },
  { name: 'unit', label: 'Unit', placeholder: 'troops, casualties, shells, USD' },
];

function measureLinks(items) {
  if (!items.length) return null;
  return h(
    'div',
    { class: 'measures' },
    h('span', { class: 'muted' }, 'Measures with the most figures: '),
    items.map((m) =>
      h('a', { class: 'chip', href: route('estimates', null, { agent: m.agent.id ?? m.agent.name, event: m.event, recipient: m.recipient ? (m.recipient.id ?? m.recipient.name) : '' }) },
        `${m.agent.name} → ${m.recipient?.name ?? 'any'} · ${m.event} · ${classLabel(m.unit_class)} (${m.estimates})`),
    ),
  );
}

/** "goods:missiles" → "missiles", "casualties:dead" → "dead (casualties)", "unit:truck" → "truck". */
export function classLabel(k) {
  if (!k) return 'figures';
  const [head, sub] = k.split(':');
  if (!sub) return head;
  return head === 'casualties' ? `${sub} (casualties)` : head === 'money' ? `money (${sub})` : sub;
}

/** Points by what they count, in order of first appearance: a chart never mixes two. */
function byClass(points) {
  const out = new Map();
  for (const p of points) out.set(p.unit_class, [...(out.get(p.unit_class) ?? []), p]);
  return out;
}

function legend(sources, colours) {
  return h('ul', { class: 'chart-legend' }, sources.map((s) => h('li', null, h('span', { class: `swatch c${[...colours.keys()].indexOf(s) % 10}` }), s)));
}

function bySource(points) {
  const seq = new Map();
  for (const p of points) {
    const list = seq.get(p.original_source) ?? [];
    const f = formatRange(p);
    if (list[list.length - 1] !== f) list.push(f);
    seq.set(p.original_source, list);
  }
  return h('ul', { class: 'sequences' }, [...seq].map(([s, figs]) => h('li', null, h('strong', null, s), `: ${figs.join(' → ')}`)));
}

/** The table of every estimate, a page at a time (a measure can have hundreds). */
function pagedTable(points) {
  const box = h('div');
  const show = (offset) => replace(box, table(points.slice(offset, offset + PAGE)), points.length > PAGE ? pager(points.length, offset, PAGE, show) : null);
  show(0);
  return box;
}

function table(points) {
  return h(
    'table',
    { class: 'estimates' },
    h('thead', null, h('tr', null, ['Published', 'Original source', 'Estimate', 'Unit', 'Counts', 'Time', 'Status', 'Outlet'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, points.map((p) => h('tr', null,
      h('td', { class: 'nowrap' }, p.published ?? '—'), h('td', null, p.original_source), h('td', { class: 'num' }, formatRange(p)),
      h('td', null, p.unit ?? ''), h('td', null, classLabel(p.unit_class)), h('td', null, p.time?.text ?? ''), h('td', null, p.status),
      h('td', null, h('a', { href: route('doc', p.document, { claim: p.claims[0] }) }, p.outlet ?? p.document)),
    ))),
  );
}

export async function estimatesView(main, params, navigate) {
  const form = filterForm(FIELDS, params, (next) => navigate(route('estimates', null, next)));
  const shortcuts = h('div');
  const body = h('div');
  replace(main, h('h1', null, 'Estimates over time'), form, shortcuts, body);
  getJson('measures', { limit: 12 }).then((r) => replace(shortcuts, measureLinks(r.items)), () => undefined);
  if (!params.get('agent')) return replace(body, h('p', { class: 'muted' }, 'Choose an agent and an event (or a measure above) to draw its estimates.'));
  try {
    const q = Object.fromEntries(['agent', 'event', 'recipient', 'unit'].map((k) => [k, params.get(k)]));
    const { points } = await getJson('estimates', { ...q, event: q.event || 'deploy' });
    const series = byClass(points);
    const charts = [...series].map(([k, list]) => {
      const chart = estimatesChart(list);
      return h(
        'section',
        { class: 'series', dataset: { unitClass: k } },
        h('h2', null, `${classLabel(k)}: ${plural(list.length, 'estimate')} from ${plural(chart.sources.length, 'original source')}`),
        chart.skipped ? h('p', { class: 'muted' }, `${chart.skipped} undated, not drawn.`) : null,
        h('figure', { class: 'chart-box' }, chart.element, legend(chart.sources, chart.colours)),
        bySource(list),
      );
    });
    replace(
      body,
      h('p', { class: 'muted' }, `${plural(points.length, 'estimate')} of ${plural(series.size, 'thing', 'things')} counted, one chart each. Dots are figures (hollow: approximate), bars are ranges; reports of one day stand side by side.`),
      charts,
      h('h2', null, 'Every estimate'),
      pagedTable(points),
    );
  } catch (e) {
    replace(body, errorBox(e));
  }
}
