// One reported event: which outlet relayed which source (a tree from each original source through
// its relays to the outlets), every report in date order, and why reports disagree.
import { getJson } from '../lib/api.js';
import { errorBox, externalLink, h, replace, route } from '../lib/dom.js';
import { actors, formatRange, plural } from '../lib/format.js';

function figure(r) {
  const own = formatRange(r.quantity);
  const total = r.set_total ? ` of ${formatRange(r.set_total)}` : '';
  return `${r.polarity === 'negative' ? 'denied ' : ''}${own ? own + total : ''}`;
}

function reportLink(r, label) {
  return h('a', { href: route('doc', r.document, { claim: r.claim }) }, label);
}

/** original source → relay chain (later sources, then the wire or copied outlet) → outlet reports */
export function provenanceTree(reports) {
  const roots = new Map();
  for (const r of reports) {
    const relay = [...r.sources.slice(1), ...(r.via ? [r.via] : [])].join(' → ') || '(directly)';
    const root = roots.get(r.original_source) ?? new Map();
    roots.set(r.original_source, root);
    if (!root.has(relay)) root.set(relay, []);
    root.get(relay).push(r);
  }
  return h(
    'ul',
    { class: 'tree' },
    [...roots].map(([source, relays]) =>
      h(
        'li',
        null,
        h('span', { class: 'tree-source' }, source),
        h('span', { class: 'muted' }, ` · ${plural([...relays.values()].flat().length, 'report')}`),
        h(
          'ul',
          null,
          [...relays].map(([relay, rs]) =>
            h(
              'li',
              null,
              h('span', { class: 'tree-relay' }, relay === '(directly)' ? 'told directly' : `via ${relay}`),
              h('ul', null, rs.map((r) => h('li', null, reportLink(r, r.outlet ?? r.document), h('span', { class: 'muted' }, ` ${r.published ?? 'undated'} · ${figure(r) || 'no figure'} · ${r.certainty}`)))),
            ),
          ),
        ),
      ),
    ),
  );
}

function reportRow(r) {
  const chain = [...r.sources, ...(r.via ? [r.via] : [])];
  return h(
    'tr',
    { class: r.polarity === 'negative' ? 'negative' : null },
    h('td', { class: 'nowrap' }, r.published ?? '—'),
    h('td', null, reportLink(r, r.outlet ?? r.document), r.url ? [' ', externalLink(r.url, '↗')] : null),
    h('td', null, chain.length ? chain.join(' → ') : h('span', { class: 'muted' }, 'own report')),
    h('td', { class: 'num' }, figure(r)),
    h('td', null, h('span', { class: `cert cert-${r.certainty}` }, r.certainty)),
    h('td', null, r.status),
    h('td', { class: 'quote' }, `“${r.quote}”`),
  );
}

export async function eventView(main, id) {
  try {
    const e = await getJson(`events/${encodeURIComponent(id)}`);
    const fig = formatRange(e);
    replace(
      main,
      h('h1', null, h('span', { class: `ev-type ev-${e.event}` }, e.event), ' ', actors(e)),
      h(
        'p',
        { class: 'event-facts' },
        `${fig ? `${fig} ${e.unit ?? ''}` : 'no figure'} · ${e.status}${e.time ? ` · time: ${e.time.text}` : ''} · first reported ${e.first_reported ?? 'undated'} · `,
        plural(e.n_reports, 'report'),
        ` from ${plural(e.original_sources.length, 'original source')}`,
      ),
      e.disagreement
        ? h('div', { class: 'disagreement', role: 'note' }, h('strong', null, 'Reports disagree: '), e.disagreement_reason ?? '')
        : h('p', { class: 'muted' }, 'The reports agree.'),
      h('h2', null, 'Provenance'),
      h('p', { class: 'muted' }, 'Which outlet relayed which source, from each original source.'),
      provenanceTree(e.reports),
      h('h2', null, 'Every report, in date order'),
      h(
        'table',
        { class: 'reports' },
        h('thead', null, h('tr', null, ['Published', 'Outlet', 'Source chain', 'Figure', 'Certainty', 'Status', 'Quote'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, e.reports.map(reportRow)),
      ),
      h('p', { class: 'muted' }, `id ${e.id}`),
    );
  } catch (err) {
    replace(main, errorBox(err));
  }
}
