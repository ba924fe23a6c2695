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

/** Who an event is about: casualties as whose losses (and who caused them), an event with no side
 *  named as what it is ("combat in Omdurman"), else agent → recipient. The same words as the CLI. */
export function who(e) {
  if (e.event === 'casualties') {
    const whose = e.losses_of ? `losses of ${e.losses_of.name}` : 'losses (side not stated)';
    return `${whose}${e.caused_by ? `, caused by ${e.caused_by.name}` : ''}${e.location ? ` (${e.location.name})` : ''}`;
  }
  if (!e.agent && !e.recipient) return e.headline ?? `${e.event}${e.location ? ` in ${e.location.name}` : ''}`;
  return actors(e);
}

/** A title for a pasted text kept without one: its first line when it reads as a headline, else its opening words. */
export function titleFor(text) {
  const t = text.trim();
  const first = t.split(/\r?\n/)[0].trim();
  if (first && first.length <= 120 && first !== t && !/[.!?]["”’]?$/.test(first)) return first;
  const words = t.replace(/\s+/g, ' ').split(' ');
  return words.length <= 12 ? words.join(' ') : `${words.slice(0, 12).join(' ')} …`;
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
