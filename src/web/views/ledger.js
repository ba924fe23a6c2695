// The ledger: reported events in a table, newest first, with filters (actor, event, dates,
// disagreement): each with its number of reports, original sources, range of figures and first report.
import { getJson } from '../lib/api.js';
import { errorBox, h, replace, route } from '../lib/dom.js';
import { formatRange, plural, who } from '../lib/format.js';
import { EVENT_OPTIONS, filterForm, offsetOf, PAGE, pager } from '../lib/list.js';

const FIELDS = [
  { name: 'agent', label: 'Agent', placeholder: 'North Korea, DPRK, country:KP' },
  { name: 'recipient', label: 'Recipient', placeholder: 'Russia' },
  { name: 'event', label: 'Event', type: 'select', options: EVENT_OPTIONS },
  { name: 'since', label: 'Reported since', type: 'date' },
  { name: 'until', label: 'First reported until', type: 'date' },
  { name: 'disagreement', label: 'Reports', type: 'select', options: [['', 'agree or not'], ['true', 'disagree'], ['false', 'agree']] },
];

function sourcesCell(e) {
  const list = e.original_sources;
  const shown = list.slice(0, 2).join('; ');
  return h(
    'td',
    { class: 'sources', title: list.join('; ') },
    h('strong', null, String(e.n_reports)), ` report${e.n_reports === 1 ? '' : 's'}, `,
    h('strong', null, String(list.length)), ` source${list.length === 1 ? '' : 's'}`,
    list.length ? h('div', { class: 'muted small' }, `${shown}${list.length > 2 ? '; …' : ''}`) : null,
  );
}

function noteCell(e) {
  const notes = [
    e.disagreement ? h('span', { class: 'badge warn', title: e.disagreement_reason ?? '' }, `disagree: ${e.disagreement_rule ?? ''}`) : h('span', { class: 'muted' }, e.status),
    e.history?.length ? h('span', { class: 'badge review', title: e.history.map((x) => `${x.author}: ${x.what}`).join('\n') }, `${e.history.length} correction${e.history.length === 1 ? '' : 's'}`) : null,
  ];
  return h('td', null, notes.filter(Boolean).flatMap((n, i) => (i ? [' ', n] : [n])));
}

function eventRow(e) {
  const figure = formatRange(e);
  return h(
    'tr',
    { class: e.disagreement ? 'disagree' : null, title: `first reported in ${e.first_document}` },
    h('td', { class: 'nowrap' }, e.first_reported ?? '—'),
    h('td', null, h('a', { href: route('event', e.id), class: `ev-type ev-${e.event}` }, e.event)),
    h('td', { class: 'who' }, h('a', { href: route('event', e.id) }, who(e))),
    h('td', { class: 'num' }, figure || '—'),
    h('td', { class: 'unit' }, e.unit ?? ''),
    sourcesCell(e),
    noteCell(e),
  );
}

export async function ledgerView(main, params, navigate) {
  const offset = offsetOf(params);
  const filters = Object.fromEntries([...params].filter(([k]) => k !== 'offset'));
  const go = (next) => navigate(route('ledger', null, next));
  const form = filterForm(FIELDS, params, go);
  const body = h('div', null, h('p', { class: 'muted' }, 'Loading…'));
  replace(main, h('h1', null, 'Ledger of reported events'), form, body);
  try {
    const r = await getJson('events', { ...filters, limit: PAGE, offset });
    const nav = pager(r.total, offset, PAGE, (o) => go({ ...filters, offset: o }));
    replace(
      body,
      h('p', { class: 'muted' }, `${plural(r.total, 'reported event')}. Each groups the claims of several reports that describe one real-world event.`),
      h(
        'table',
        { class: 'ledger' },
        h('thead', null, h('tr', null, ['First report', 'Event', 'Who or what', 'Figure', 'Unit', 'Reports and original sources', 'Note'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, r.items.map(eventRow)),
      ),
      nav,
    );
  } catch (e) {
    replace(body, errorBox(e));
  }
}
