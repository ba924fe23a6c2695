// Who is reviewing: the name every correction made from this page carries, kept in the browser
// (localStorage) so an analyst types it once.
import { h } from '../lib/dom.js';

const KEY = 'dossier.reviewer';

export function reviewerName() {
  const el = document.getElementById('reviewer');
  const typed = el?.value.trim();
  if (typed) {
    try {
      localStorage.setItem(KEY, typed);
    } catch {
      // private windows may refuse storage: the name is still taken from the box
    }
    return typed;
  }
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function reviewerField() {
  let saved = '';
  try {
    saved = localStorage.getItem(KEY) ?? '';
  } catch {
    saved = '';
  }
  return h('label', { class: 'reviewer' }, 'Your name ', h('input', { id: 'reviewer', name: 'reviewer', value: saved, placeholder: 'who reviews', 'aria-label': 'your name', size: '14' }));
}
