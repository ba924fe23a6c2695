// One reported event: which outlet relayed which source (a tree from each original source through
// its relays to the outlets), every report in date order, why reports disagree — and the review:
// reject a report's claim, correct its fields, merge this event with another, split reports off,
// each with who and why, and the event's history of corrections.
import { getJson, postJson } from '../lib/api.js';
import { errorBox, externalLink, h, replace, route } from '../lib/dom.js';
import { formatRange, plural, who } from '../lib/format.js';
import { reviewerField, reviewerName } from './review.js';

function figure(r) {
  const own = formatRange(r.quantity);
  const total = r.set_total ? ` of ${formatRange(r.set_total)}` : '';
  return `${r.polarity === 'negative' ? 'denied ' : ''}${own ? own + total : ''}`;
}

function reportLink(r, label) {
  return h('a', { href: route('doc', r.document, { claim: r.claim }) }, label);
}

const outletOf = (r) => r.outlet ?? 'unnamed outlet';

/** original source → relay chain (later sources, then the wire or copied outlet) → outlet reports */
export function provenanceTree(reports) {
  const roots = new Map();
  for (const r of reports.filter((x) => !x.rejected)) {
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
              h('ul', null, rs.map((r) => h('li', null, reportLink(r, outletOf(r)), h('span', { class: 'muted' }, ` ${r.published ?? 'undated'} · ${figure(r) || 'no figure'} · ${r.certainty}`)))),
            ),
          ),
        ),
      ),
    ),
  );
}

const FIELDS = [
  ['agent', 'agent (a name, or none)'], ['recipient', 'recipient'], ['figure', 'figure (200, ~200, 200-300, none)'], ['source', 'original source (or none)'],
  ['certainty', 'certainty (certain, probable, possible)'], ['time', 'time (2024-09-05, 2024-09, none)'], ['status', 'status (planned, ongoing, done)'],
  ['polarity', 'polarity (positive, negative)'], ['location', 'location'], ['event', 'event type'],
];

/** A reason box and a button: every correction says why. */
function reasonForm(kind, label, extra, onSubmit) {
  const reason = h('input', { name: 'reason', placeholder: 'why (kept in the history)', required: true, 'aria-label': 'reason' });
  return h(
    'form',
    { class: 'review-form', dataset: { kind }, on: { submit: (e) => (e.preventDefault(), onSubmit(reason.value.trim(), e.target)) } },
    extra,
    reason,
    h('button', { type: 'submit' }, label),
  );
}

function reportRow(r, act) {
  const chain = [...r.sources, ...(r.via ? [r.via] : [])];
  const key = `${r.document}#${r.claim}`;
  const review = r.rejected
    ? h('span', { class: 'badge warn' }, 'rejected')
    : [
        h('input', { type: 'checkbox', class: 'pick', 'aria-label': `split off ${key}`, dataset: { report: key } }),
        ' ',
        h('button', { type: 'button', class: 'link reject', on: { click: () => act('reject', r) } }, 'Reject'),
        h('button', { type: 'button', class: 'link correct', on: { click: () => act('correct', r) } }, 'Correct'),
        r.corrected.length ? h('div', { class: 'muted small' }, `corrected: ${r.corrected.join(', ')}`) : null,
      ];
  return h(
    'tr',
    { class: [r.polarity === 'negative' ? 'negative' : null, r.rejected ? 'rejected' : null], dataset: { report: key } },
    h('td', { class: 'nowrap' }, r.published ?? '—'),
    h('td', null, reportLink(r, outletOf(r)), r.url ? [' ', externalLink(r.url, '↗')] : null),
    h('td', null, chain.length ? chain.join(' → ') : h('span', { class: 'muted' }, 'own report')),
    h('td', { class: 'num' }, figure(r)),
    h('td', null, h('span', { class: `cert cert-${r.certainty}` }, r.certainty)),
    h('td', null, r.status),
    h('td', { class: 'quote' }, `“${r.quote}”`),
    h('td', { class: 'review-cell' }, review),
  );
}

function historyList(e) {
  if (!e.history?.length) return h('p', { class: 'muted' }, 'No corrections yet.');
  return h(
    'ol',
    { class: 'history' },
    e.history.map((x) =>
      h('li', { dataset: { kind: x.kind } }, h('strong', null, `#${x.id} ${x.author}`), h('span', { class: 'muted' }, ` · ${x.at.slice(0, 16).replace('T', ' ')} UTC`), h('div', null, x.what), h('div', { class: 'muted' }, `why: ${x.reason}`)),
    ),
  );
}

export async function eventView(main, id, navigate) {
  try {
    const e = await getJson(`events/${encodeURIComponent(id)}`);
    const fig = formatRange(e);
    const status = h('div', { class: 'review-status', role: 'status' });
    const slots = new Map();

    async function send(body) {
      const author = reviewerName();
      if (!author) return replace(status, errorBox('give your name first (the box above the reports): every correction says who made it'));
      try {
        const r = await postJson('corrections', { ...body, author });
        replace(status, h('p', { class: 'ok' }, `Correction #${r.correction.id} saved.`));
        const next = r.events.includes(e.id) ? e.id : r.events[0] ?? e.id;
        navigate(route('event', next));
      } catch (err) {
        replace(status, errorBox(err));
      }
    }

    function act(kind, r) {
      const slot = slots.get(`${r.document}#${r.claim}`);
      const ref = { document: r.document, claim: r.claim };
      if (kind === 'reject') {
        replace(slot, reasonForm('reject', 'Reject', [h('span', null, `Reject “${r.quote.slice(0, 60)}”: `)], (reason) => send({ kind: 'reject', ...ref, reason })));
      } else {
        const field = h('select', { name: 'field', 'aria-label': 'field' }, FIELDS.map(([v, label]) => h('option', { value: v }, label)));
        const value = h('input', { name: 'value', placeholder: 'new value', 'aria-label': 'new value' });
        const unit = h('input', { name: 'unit', placeholder: 'unit (for a figure)', 'aria-label': 'unit', value: r.quantity?.unit ?? '' });
        replace(slot, reasonForm('correct', 'Correct', [field, value, unit], (reason) => {
          const fields = { [field.value]: value.value.trim() || 'none' };
          if (field.value === 'figure' && unit.value.trim()) fields.unit = unit.value.trim();
          return send({ kind: 'correct', ...ref, fields, reason });
        }));
      }
      slot.querySelector('input[name="reason"], input[name="value"]')?.focus();
    }

    const rows = [];
    for (const r of e.reports) {
      rows.push(reportRow(r, act));
      const slot = h('td', { colspan: '8', class: 'review-slot' });
      slots.set(`${r.document}#${r.claim}`, slot);
      rows.push(h('tr', { class: 'slot-row' }, slot));
    }

    const others = h('select', { name: 'other', 'aria-label': 'event to merge with' }, h('option', { value: '' }, 'choose an event of the same kind…'));
    getJson('events', { event: e.event, limit: 200 }).then(
      (list) => others.append(...list.items.filter((x) => x.id !== e.id).map((x) => h('option', { value: x.id }, `${x.first_reported ?? 'undated'} · ${who(x)} · ${formatRange(x) || 'no figure'} ${x.unit ?? ''} (${x.id})`))),
      () => undefined,
    );
    const otherId = h('input', { name: 'other-id', placeholder: 'or an event id', 'aria-label': 'event id to merge with', size: '16' });
    const merge = reasonForm('merge', 'Merge into this event', [h('span', null, 'Merge with '), others, otherId], (reason) => {
      const other = otherId.value.trim() || others.value;
      if (!other) return replace(status, errorBox('choose the event to merge with this one'));
      return send({ kind: 'merge', events: [e.id, other], reason });
    });
    merge.id = 'merge-form';
    const split = reasonForm('split', 'Split the checked reports off', [h('span', null, 'Split: ')], (reason) => {
      const picked = [...main.querySelectorAll('input.pick:checked')].map((c) => {
        const k = c.dataset.report;
        const i = k.lastIndexOf('#');
        return { document: k.slice(0, i), claim: k.slice(i + 1) };
      });
      if (!picked.length) return replace(status, errorBox('check the reports to split off first'));
      return send({ kind: 'split', event: e.id, reports: picked, reason });
    });
    split.id = 'split-form';

    replace(
      main,
      h('h1', null, h('span', { class: `ev-type ev-${e.event}` }, e.event), ' ', who(e)),
      h(
        'p',
        { class: 'event-facts' },
        `${fig ? `${fig} ${e.unit ?? ''}` : 'no figure'} · ${e.status}${e.time ? ` · time: ${e.time.text}` : ''} · first reported ${e.first_reported ?? 'undated'} · `,
        plural(e.n_reports, 'report'),
        ` from ${plural(e.original_sources.length, 'original source')}`,
      ),
      e.disagreement
        ? h('div', { class: 'disagreement', role: 'note' }, h('strong', null, `Reports disagree (${e.disagreement_rule === 'denial' ? 'a denial' : 'figures that cannot both hold'}): `), e.disagreement_reason ?? '')
        : h('p', { class: 'muted' }, 'The reports agree.'),
      h('h2', null, 'Provenance'),
      h('p', { class: 'muted' }, 'Which outlet relayed which source, from each original source.'),
      provenanceTree(e.reports),
      h('h2', null, 'Every report, in date order'),
      h('div', { class: 'review-bar' }, reviewerField(), h('span', { class: 'muted' }, 'Reject or correct a report, check reports to split them off, or merge this event with another.')),
      status,
      h(
        'table',
        { class: 'reports' },
        h('thead', null, h('tr', null, ['Published', 'Outlet', 'Source chain', 'Figure', 'Certainty', 'Status', 'Quote', 'Review'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', null, rows),
      ),
      split,
      merge,
      h('h2', null, 'History'),
      h('section', { id: 'history' }, historyList(e)),
      h('p', { class: 'muted' }, `id ${e.id}`),
    );
  } catch (err) {
    replace(main, errorBox(err));
  }
}
