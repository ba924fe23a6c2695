// Building DOM nodes from data. Strings always become text nodes (never parsed as markup), inline
// handlers are refused, and links from documents keep only http(s) addresses: a report's text or
// URL can never turn into code on this page.

const SVG_NS = 'http://www.w3.org/2000/svg';

function setProps(el, props) {
  for (const [k, v] of Object.entries(props ?? {})) {
    if (v == null || v === false) continue;
    if (k === 'on') for (const [ev, fn] of Object.entries(v)) el.addEventListener(ev, fn);
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (/^on/i.test(k)) throw new Error(`inline handler "${k}" refused: pass {on: {${k.slice(2)}: fn}}`);
    else if (k === 'class' && Array.isArray(v)) el.setAttribute('class', v.filter(Boolean).join(' '));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** h('a', {href, class, on: {click}}, 'text', child …) */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  setProps(el, props);
  append(el, children);
  return el;
}

export function svg(tag, props, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setProps(el, props);
  append(el, children);
  return el;
}

export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** An outside link only for http(s) addresses; anything else is shown as text. */
export function externalLink(url, label) {
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    ok = false;
  }
  return ok ? h('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, label ?? url) : h('span', null, label ?? url);
}

/** A link inside the page: #/view/segment?query. */
export function route(view, segment, query) {
  const q = query ? new URLSearchParams(Object.entries(query).filter(([, v]) => v != null && v !== '')).toString() : '';
  return `#/${view}${segment != null ? '/' + encodeURIComponent(segment) : ''}${q ? '?' + q : ''}`;
}

export function errorBox(e) {
  return h('div', { class: 'error', role: 'alert' }, h('strong', null, 'Error: '), e instanceof Error ? e.message : String(e));
}
