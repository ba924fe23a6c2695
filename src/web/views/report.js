// The report view: the text with every claim highlighted at its evidence span and its trigger,
// figure, time and source spans marked; hovering a claim previews it in the side panel, clicking
// pins it. Entities list their other reports.
import { getJson, postJson } from '../lib/api.js';
import { errorBox, externalLink, h, replace, route } from '../lib/dom.js';
import { marksOf, pieces } from '../lib/highlight.js';
import { plural } from '../lib/format.js';
import { claimCard, claimLabel } from './claim-card.js';
import { reviewerField, reviewerName } from './review.js';

const KIND_CLASS = { ev: 'mk-ev', trig: 'mk-trig', qty: 'mk-qty', time: 'mk-time', src: 'mk-src', ent: 'mk-ent' };

function textPanel(x, onHover, onPick) {
  const text = x.document.text;
  const byClaim = new Map();
  const article = h('article', { class: 'report-text', 'aria-label': 'document text' });
  for (const p of pieces(text, marksOf(x))) {
    const str = text.slice(p.start, p.end);
    if (!p.kinds.size) {
      article.append(str);
      continue;
    }
    const span = h('span', { class: ['seg', ...[...p.kinds].map((k) => KIND_CLASS[k])], title: p.entity ?? null }, str);
    if (p.claims.length) {
      span.dataset.claim = p.claims[0];
      span.addEventListener('mouseenter', () => onHover(p.claims[0]));
      span.addEventListener('mouseleave', () => onHover(null));
      span.addEventListener('click', () => onPick(p.claims[0]));
    }
    for (const [claim, kinds] of p.parts) {
      if (!byClaim.has(claim)) byClaim.set(claim, []);
      byClaim.get(claim).push([span, kinds]);
    }
    article.append(span);
  }
  return { article, byClaim };
}

function entityList(x) {
  const reports = x.entity_reports ?? {};
  const items = [...x.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  return h(
    'section',
    { class: 'entities' },
    h('h3', null, plural(items.length, 'entity', 'entities')),
    h(
      'ul',
      null,
      items.map((e) =>
        h(
          'li',
          null,
          h('a', { href: route('documents', null, { entity: e.id }), title: `reports mentioning ${e.id}` }, e.name),
          h('span', { class: 'muted' }, ` ${e.type}${e.role ? `, ${e.role}` : ''} · ${plural(e.mentions.length, 'mention')}`),
          reports[e.id] ? h('span', { class: 'muted' }, ` · ${plural(reports[e.id], 'report')}`) : null,
        ),
      ),
    ),
  );
}

function legend() {
  const item = (cls, label) => h('span', { class: `seg ${cls}` }, label);
  return h('p', { class: 'legend' }, item('mk-ev', 'claim'), ' ', item('mk-trig', 'trigger'), ' ', item('mk-qty', 'figure'), ' ', item('mk-time', 'time'), ' ', item('mk-src', 'source'), ' ', item('mk-ent', 'entity'));
}

/** The whole view of one extraction; `selected` pins a claim id at first. */
export function renderReport(x, { selected } = {}) {
  const card = h('div', { class: 'card-slot' });
  const claims = new Map(x.claims.map((c) => [c.id, c]));
  let pinned = claims.has(selected) ? selected : null;
  const { article, byClaim } = textPanel(x, (id) => show(id ?? pinned), (id) => pick(id, false));
  const buttons = new Map();
  let lit = null;

  function light(id) {
    if (lit) for (const [span] of byClaim.get(lit) ?? []) span.classList.remove('sel', 'sel-trig', 'sel-qty', 'sel-time', 'sel-src');
    lit = id;
    for (const [span, kinds] of byClaim.get(id) ?? []) {
      span.classList.add('sel');
      for (const k of ['trig', 'qty', 'time', 'src']) if (kinds.has(k)) span.classList.add(`sel-${k}`);
    }
  }
  function show(id) {
    light(id);
    replace(card, id && claims.has(id) ? claimCard(claims.get(id), x.review?.claims?.[id]) : h('p', { class: 'muted' }, x.claims.length ? 'Point at a highlighted passage, or pick a claim below.' : 'No claims found in this text.'));
  }
  function pick(id, scroll) {
    pinned = id;
    for (const [k, b] of buttons) b.setAttribute('aria-pressed', String(k === id));
    show(id);
    if (scroll) byClaim.get(id)?.[0]?.[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
  const list = h(
    'ol',
    { class: 'claim-list' },
    x.claims.map((c) => {
      const b = h('button', { type: 'button', class: `claim-btn cert-${c.certainty}`, 'aria-pressed': 'false', dataset: { claim: c.id }, on: { click: () => pick(c.id, true) } }, claimLabel(c));
      buttons.set(c.id, b);
      return h('li', null, b);
    }),
  );
  pick(pinned, false);
  return h(
    'div',
    { class: 'report' },
    h('div', { class: 'report-main' }, legend(), article),
    h('aside', { class: 'report-side' }, card, h('section', null, h('h3', null, plural(x.claims.length, 'claim')), list), entityList(x)),
  );
}

/** A report without a title is named by its opening words. */
function untitled(text) {
  const words = text.trim().split(/\s+/).slice(0, 12).join(' ');
  return words.length < text.trim().length ? `${words} …` : words;
}

function docHeader(x) {
  const d = x.document;
  const warnings = x.review?.warnings ?? [];
  return h(
    'header',
    { class: 'doc-head' },
    h('h1', null, d.title || untitled(d.text)),
    h('p', { class: 'muted' }, [d.outlet, d.published, d.id, x.version ? `version ${x.version}` : null].filter(Boolean).join(' · '), d.url ? [' · ', externalLink(d.url, 'original')] : null),
    x.review?.deleted ? h('div', { class: 'error', role: 'note' }, 'Deleted by a reviewer: out of the ledger, search and listings (kept in the store).') : null,
    warnings.length ? h('ul', { class: 'warnings', role: 'note', 'aria-label': 'warnings' }, warnings.map((w) => h('li', null, w))) : null,
  );
}

/** Delete this document (a correction with who and why; it stays stored, and stays deleted). */
function deleteForm(x, navigate) {
  if (x.review?.deleted) return null;
  const status = h('span', { role: 'status' });
  const reason = h('input', { name: 'reason', placeholder: 'why delete it (kept in the history)', 'aria-label': 'reason', size: '40' });
  const submit = async (e) => {
    e.preventDefault();
    const author = reviewerName();
    if (!author || !reason.value.trim()) return replace(status, errorBox('give your name and why'));
    try {
      await postJson('corrections', { kind: 'delete-document', document: x.document.id, author, reason: reason.value.trim() });
      navigate(route('doc', x.document.id));
    } catch (err) {
      replace(status, errorBox(err));
    }
  };
  return h('form', { class: 'review-form', id: 'delete-form', on: { submit } }, reviewerField(), reason, h('button', { type: 'submit' }, 'Delete this document'), status);
}

export async function documentView(main, id, params, navigate) {
  try {
    const x = await getJson(`documents/${encodeURIComponent(id)}`, { version: params.get('version') });
    replace(main, docHeader(x), renderReport(x, { selected: params.get('claim') }), deleteForm(x, navigate));
  } catch (e) {
    replace(main, errorBox(e));
  }
}
