// Full-text search over documents and claims; matched words are marked in the snippets.
import { getJson } from '../lib/api.js';
import { errorBox, h, replace, route } from '../lib/dom.js';
import { plural } from '../lib/format.js';
import { filterForm, offsetOf, pager } from '../lib/list.js';

const LIMIT = 20;

function snippet(parts) {
  return h('span', { class: 'snippet' }, parts.map((p) => (p.hit ? h('mark', null, p.text) : p.text)));
}

function hits(list, kind) {
  return h('ol', { class: 'hits' }, list.items.map((x) => h('li', null,
    h('a', { href: route('doc', x.document, kind === 'claim' ? { claim: x.claim } : null) }, x.title || x.document),
    h('span', { class: 'muted' }, ` ${[x.outlet, x.published, x.claim].filter(Boolean).join(' · ')}`),
    h('div', null, snippet(x.snippet)),
  )));
}

export async function searchView(main, params, navigate) {
  const q = params.get('q') ?? '';
  const offset = offsetOf(params);
  const form = filterForm([{ name: 'q', label: 'Search', placeholder: 'words or "a phrase"' }], params, (next) => navigate(route('search', null, next)));
  const body = h('div');
  replace(main, h('h1', null, 'Search'), form, body);
  if (!q.trim()) return replace(body, h('p', { class: 'muted' }, 'Every word is required; "quoted phrases" match as written; words match their other forms (deploy, deployed, deployment).'));
  try {
    const r = await getJson('search', { q, limit: LIMIT, offset });
    const total = Math.max(r.documents.total, r.claims.total);
    replace(
      body,
      h('div', { class: 'search-cols' },
        h('section', null, h('h2', null, plural(r.documents.total, 'document')), hits(r.documents, 'document')),
        h('section', null, h('h2', null, plural(r.claims.total, 'claim')), hits(r.claims, 'claim'))),
      pager(total, offset, LIMIT, (o) => navigate(route('search', null, { q, offset: o }))),
    );
  } catch (e) {
    replace(body, errorBox(e));
  }
}
