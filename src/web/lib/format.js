// How figures, actors, sources and dates read on the page (the same rules as the CLI's tables).

const n = (x) => Math.round(x).toLocaleString('en-US');

/** ~10,000–12,000; 6,000; ≥3,000 … */
export function formatRange(q) {
  if (!q || (q.min == null && q.max == null)) return '';
  const pre = q.approximate ? '~' : '';
  if (q.min != null && q.max != null && q.min !== q.max) return `${pre}${n(q.min)}–${n(q.max)}`;
  if (q.min == null) return `≤${n(q.max)}`;
  if (q.max == null) return `≥${n(q.min)}`;
  return `${pre}${n(q.min)}`;
}

export const actorName = (a) => a?.name ?? '—';

export function actors(x) {
  return `${actorName(x.agent)} → ${actorName(x.recipient)}${x.location ? ` (${x.location.name})` : ''}`;
}

/** "National Intelligence Service → Lee Seong Kweun": the attribution chain, original source first. */
export function sourceChain(sources) {
  const names = (sources ?? []).map((s) => (typeof s === 'string' ? s : s.name));
  return names.length ? names.join(' → ') : '';
}

export function plural(k, word, many = `${word}s`) {
  return `${k.toLocaleString('en-US')} ${k === 1 ? word : many}`;
}

export function timeText(t) {
  if (!t) return '';
  const span = t.from && t.to ? (t.from === t.to ? t.from : `${t.from} – ${t.to}`) : '';
  return `${t.text} (${t.value}${span ? `; ${span}` : ''})`;
}
