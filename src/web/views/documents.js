// Stored documents, newest first: full-text search, outlet, entity and date filters, in pages.
import { getJson } from '../lib/api.js';
import { errorBox, h, replace, route } from '../lib/dom.js';
import { plural } from '../lib/format.js';
import { filterForm, offsetOf, PAGE, pager } from '../lib/list.js';

const FIELDS = [
  { name: 'q', label: 'Words', placeholder: 'sappers Kursk' },
  { name: 'outlet', label: 'Outlet' },
  { name: 'entity', label: 'Entity id', placeholder: 'country:KP' },
  { name: 'since', label: 'Published since', type: 'date' },
  { name: 'until', label: 'until', type: 'date' },
];

export async function documentsView(main, params, navigate) {
  const offset = offsetOf(params);
  const filters = Object.fromEntries([...params].filter(([k]) => k !== 'offset'));
  const go = (next) => navigate(route('documents', null, next));
  const body = h('div', null, h('p', { class: 'muted' }, 'Loading…'));
  const heading = filters.entity ? `Reports mentioning ${filters.entity}` : 'Documents';
  replace(main, h('h1', null, heading), filterForm(FIELDS, params, go), body);
  try {
    const r = await getJson('documents', { ...filters, limit: PAGE, offset });
    replace(
      body,
      h('p', { class: 'muted' }, plural(r.total, 'document')),
      h(
        'table',
        { class: 'documents' },
        h('thead', null, h('tr', null, ['Published', 'Title', 'Outlet', 'Claims'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, r.items.map((d) => h('tr', null,
          h('td', { class: 'nowrap' }, d.published ?? '—'),
          h('td', null, h('a', { href: route('doc', d.id) }, d.title || d.id)),
          h('td', null, d.outlet ?? ''),
          h('td', { class: 'num' }, String(d.claims)),
        ))),
      ),
      pager(r.total, offset, PAGE, (o) => go({ ...filters, offset: o })),
    );
  } catch (e) {
    replace(body, errorBox(e));
  }
}
