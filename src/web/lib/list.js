// Filter forms and pagers shared by the list views. Filters live in the address (#/ledger?agent=…)
// so a view can be bookmarked, and the back button undoes a filter.
import { h } from './dom.js';

export const PAGE = 50;

/** fields: [{name, label, type: 'text'|'date'|'select', options?: [[value, label]]}] */
export function filterForm(fields, params, onApply) {
  const inputs = new Map();
  const controls = fields.map((f) => {
    const value = params.get(f.name) ?? '';
    const input =
      f.type === 'select'
        ? h('select', { name: f.name }, f.options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)))
        : h('input', { name: f.name, type: f.type ?? 'text', value, placeholder: f.placeholder ?? '' });
    inputs.set(f.name, input);
    return h('label', null, h('span', null, f.label), input);
  });
  const submit = (e) => {
    e.preventDefault();
    const next = {};
    for (const [name, input] of inputs) if (input.value.trim()) next[name] = input.value.trim();
    onApply(next);
  };
  const clear = () => onApply({});
  return h('form', { class: 'filters', on: { submit } }, controls, h('button', { type: 'submit' }, 'Apply'), h('button', { type: 'button', class: 'link', on: { click: clear } }, 'Clear'));
}

/** "1–50 of 2,345" with previous/next; go(offset) moves. */
export function pager(total, offset, limit, go) {
  if (!total) return h('p', { class: 'pager muted' }, 'Nothing found.');
  const last = Math.min(total, offset + limit);
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'pages' },
    h('button', { type: 'button', disabled: offset <= 0, on: { click: () => go(Math.max(0, offset - limit)) } }, '‹ Previous'),
    h('span', null, `${(offset + 1).toLocaleString('en-US')}–${last.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`),
    h('button', { type: 'button', disabled: last >= total, on: { click: () => go(offset + limit) } }, 'Next ›'),
  );
}

export function offsetOf(params) {
  const n = Number(params.get('offset') ?? 0);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

export const EVENT_OPTIONS = [['', 'any event'], ...['deploy', 'transfer', 'casualties', 'combat', 'recruit', 'agreement', 'meeting', 'other'].map((e) => [e, e])];
