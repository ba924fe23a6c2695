// `dossier extract --pretty`: an extraction as a reader wants it on a terminal — the claims as a
// table (claim, numbers, source chain, certainty, time), then actors, times and counts.
import type { ClaimOut, Extraction } from '../format.js';
import { renderTable, terminalWidth } from './table.js';

const fmt = (n: number) => n.toLocaleString('en-US');

/** "≈10,000–12,000 troops", "2,000–9,999 (vague) workers", "USD 2,500,000,000". */
export function numbersOf(c: ClaimOut): string {
  const q = c.quantity;
  if (!q) return c.theme ?? '';
  const range = q.min == null ? (q.vague ? 'unspecified' : '') : q.min === q.max ? fmt(q.min) : `${fmt(q.min)}–${fmt(q.max ?? q.min)}`;
  const mark = q.bound === 'at-least' ? '≥' : q.bound === 'at-most' ? '≤' : q.approximate ? '≈' : '';
  return `${mark}${range}${q.vague ? ' (vague)' : ''} ${q.unit ?? c.theme ?? ''}`.trim();
}

export function prettyExtraction(x: Extraction, width = terminalWidth()): string {
  const d = x.document;
  const head = [d.title ?? d.id, [d.outlet, d.published, d.url].filter(Boolean).join(' · ')].filter(Boolean).join('\n');
  const claims = renderTable(
    [
      { header: '#' },
      { header: 'event' },
      { header: 'who → whom', flex: true, min: 12 },
      { header: 'numbers', flex: true, min: 12 },
      { header: 'source chain (original first)', flex: true, min: 12 },
      { header: 'certainty' },
      { header: 'status' },
      { header: 'time' },
    ],
    x.claims.map((c) => [
      c.id,
      c.polarity === 'negative' ? `not ${c.event}` : c.event,
      `${c.agent?.name ?? '?'} → ${c.recipient?.name ?? '—'}${c.location ? ` (${c.location.name})` : ''}`,
      numbersOf(c),
      c.sources.length ? c.sources.map((s) => s.name).join(' → ') : '(the outlet)',
      c.certainty,
      c.status,
      c.time ? `${c.time.text} = ${c.time.value}` : '',
    ]),
    width,
  );
  const evidence = x.claims.map((c) => `  ${c.id}  “${c.evidence.text.replace(/\s+/g, ' ')}”`).join('\n');
  const actors = x.entities.map((e) => `${e.name} (${e.type}${e.country && e.type !== 'country' ? `, ${e.country}` : ''}) ×${e.mentions.length}`).join('; ');
  const times = x.times.map((t) => `${t.text} = ${t.value}`).join('; ');
  return [
    head,
    '',
    `Claims (${x.claims.length})`,
    claims,
    'Evidence',
    evidence,
    '',
    `Actors: ${actors || '—'}`,
    `Times: ${times || '—'}`,
    '',
  ].join('\n');
}
