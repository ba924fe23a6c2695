// Paste a report (or drop an HTML, text or JSON file), set its date, see the extraction at once;
// keep it in the store if wanted.
import { postDocument } from '../lib/api.js';
import { errorBox, h, replace, route } from '../lib/dom.js';
import { titleFor } from '../lib/format.js';
import { renderReport } from './report.js';

const today = () => new Date().toISOString().slice(0, 10);

function typeOf(file) {
  if (/\.html?$/i.test(file.name) || file.type === 'text/html') return 'text/html';
  if (/\.json$/i.test(file.name) || file.type === 'application/json') return 'application/json';
  return 'text/plain';
}

export function pasteView(main) {
  let file = null; // {name, type, body} when a file was dropped instead of typed text
  const text = h('textarea', { id: 'paste-text', rows: '12', placeholder: 'Paste the text of a news report here, or drop an HTML, text or JSON file…', 'aria-label': 'report text' });
  const published = h('input', { type: 'date', id: 'paste-date', value: today(), 'aria-label': 'publication date' });
  const outlet = h('input', { type: 'text', id: 'paste-outlet', placeholder: 'outlet (optional)', 'aria-label': 'outlet' });
  const title = h('input', { type: 'text', id: 'paste-title', placeholder: 'title (optional)', 'aria-label': 'title' });
  const fileNote = h('p', { class: 'file-note muted' });
  const status = h('div', { class: 'paste-status', role: 'status' });
  const result = h('div', { class: 'paste-result' });

  function setFile(f) {
    file = f;
    text.disabled = !!f;
    replace(fileNote, f ? [`Using the file ${f.name} (${f.type}); its own date and outlet, if it has them, win over the boxes below. `, h('button', { type: 'button', class: 'link', on: { click: () => setFile(null) } }, 'Type text instead')] : '');
  }

  async function run(keep) {
    const body = file ? file.body : text.value;
    if (!body.trim()) return replace(status, errorBox('nothing to extract: paste a report or drop a file first'));
    replace(status, h('p', { class: 'muted' }, keep ? 'Extracting and storing…' : 'Extracting…'));
    // a kept paste gets a title: its headline line, else its opening words (shown in the title box)
    if (keep && !file && !title.value.trim()) title.value = titleFor(body);
    try {
      // a dropped file's own date, outlet and title win: the form's only fill in what it lacks
      const params = { store: keep ? 'true' : 'false', published: published.value, outlet: outlet.value.trim(), title: title.value.trim(), defaults: file ? 'true' : '' };
      const r = await postDocument(body, file ? file.type : 'text/plain; charset=utf-8', params);
      const x = r.extraction;
      replace(
        status,
        r.stored
          ? h('p', { class: 'ok' }, `Stored as “${r.document}” (${r.status}, version ${r.version}). `, h('a', { href: route('doc', r.document) }, 'Open it in the store'))
          : h('p', { class: 'muted' }, `${x.claims.length} claims, ${x.entities.length} entities, ${x.quantities.length} figures, ${x.times.length} times — not stored. `, h('button', { type: 'button', id: 'paste-keep', on: { click: () => run(true) } }, 'Keep it in the store')),
      );
      replace(result, renderReport(x));
    } catch (e) {
      replace(status, errorBox(e));
    }
  }

  async function dropped(list) {
    const f = list?.[0];
    if (!f) return;
    setFile({ name: f.name, type: typeOf(f), body: await f.text() });
    run(false);
  }

  text.addEventListener('paste', () => setTimeout(() => run(false), 0));
  const zone = h('div', { class: 'drop-zone' }, text);
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    dropped(e.dataTransfer?.files);
  });
  const picker = h('input', { type: 'file', accept: '.html,.htm,.txt,.json,text/html,text/plain,application/json', 'aria-label': 'choose a file', on: { change: (e) => dropped(e.target.files) } });

  replace(
    main,
    h('h1', null, 'Paste a report'),
    h(
      'form',
      { class: 'paste-form', on: { submit: (e) => (e.preventDefault(), run(false)) } },
      zone,
      fileNote,
      h('div', { class: 'row' }, h('label', null, 'Published ', published), outlet, title, picker),
      h('div', { class: 'row' }, h('button', { type: 'submit', id: 'paste-extract' }, 'Extract'), h('button', { type: 'button', id: 'paste-store', on: { click: () => run(true) } }, 'Extract and keep')),
    ),
    status,
    result,
  );
}
