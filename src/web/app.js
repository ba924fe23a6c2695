// The page: a router over the address fragment (#/ledger?agent=…, #/event/ID, #/doc/KEY …); each
// view reads the JSON API and builds its DOM from text nodes only.
import { getJson } from './lib/api.js';
import { h, replace } from './lib/dom.js';
import { plural } from './lib/format.js';
import { documentView } from './views/report.js';
import { documentsView } from './views/documents.js';
import { estimatesView } from './views/estimates.js';
import { eventView } from './views/event.js';
import { ledgerView } from './views/ledger.js';
import { pasteView } from './views/paste.js';
import { searchView } from './views/search.js';

const main = document.getElementById('view');

const navigate = (hash) => {
  if (location.hash === hash) render();
  else location.hash = hash;
};

const VIEWS = {
  ledger: (_id, params) => ledgerView(main, params, navigate),
  event: (id) => eventView(main, id, navigate),
  doc: (id, params) => documentView(main, id, params, navigate),
  documents: (_id, params) => documentsView(main, params, navigate),
  estimates: (_id, params) => estimatesView(main, params, navigate),
  search: (_id, params) => searchView(main, params, navigate),
  paste: () => pasteView(main),
};

function parse(hash) {
  const [path, qs] = hash.replace(/^#\/?/, '').split('?');
  const [view, ...rest] = path.split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) : null;
  return { view: view || 'ledger', id, params: new URLSearchParams(qs ?? '') };
}

async function render() {
  const { view, id, params } = parse(location.hash);
  const show = VIEWS[view];
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.view === view || (view === 'event' && a.dataset.view === 'ledger'));
  if (!show) return replace(main, h('p', { class: 'error' }, `No view "${view}". `, h('a', { href: '#/ledger' }, 'Open the ledger')));
  document.body.dataset.view = view;
  delete document.body.dataset.ready;
  main.setAttribute('aria-busy', 'true');
  await show(id, params);
  main.setAttribute('aria-busy', 'false');
  document.body.dataset.ready = view;
}

async function stats() {
  try {
    const s = await getJson('stats');
    replace(document.getElementById('stats'), `${plural(s.documents, 'document')} · ${plural(s.claims, 'claim')} · ${plural(s.events, 'event')}`);
  } catch {
    // the header count is a courtesy; the views report their own errors
  }
}

// the counts follow the store as reports are pasted and kept
window.addEventListener('hashchange', () => render().then(stats));
render().then(stats);
