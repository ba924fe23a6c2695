// The text cut at every span boundary of the extraction: each piece knows which claims' evidence,
// triggers, figures, times and sources, and which entity mentions, cover it. Overlapping and
// nested claims ("dispatch 1,000 sappers" inside "dispatch 1,000 sappers and 5,000 workers") need
// no nesting of elements: a piece simply belongs to several.

/** Every marked span: {start, end, kind, claim?, entity?}. */
export function marksOf(x) {
  const marks = [];
  for (const c of x.claims) {
    marks.push({ start: c.evidence.start, end: c.evidence.end, kind: 'ev', claim: c.id });
    if (c.trigger) marks.push({ start: c.trigger.start, end: c.trigger.end, kind: 'trig', claim: c.id });
    if (c.quantity) marks.push({ start: c.quantity.start, end: c.quantity.end, kind: 'qty', claim: c.id });
    if (c.time) marks.push({ start: c.time.start, end: c.time.end, kind: 'time', claim: c.id });
    for (const s of c.sources) if (s.end > s.start) marks.push({ start: s.start, end: s.end, kind: 'src', claim: c.id });
  }
  for (const e of x.entities) for (const m of e.mentions) marks.push({ start: m.start, end: m.end, kind: 'ent', entity: e.id });
  const len = x.document.text.length;
  return marks.filter((m) => m.start >= 0 && m.end <= len && m.end > m.start);
}

/**
 * Pieces [{start, end, kinds: Set, claims: [ids, innermost evidence first], parts: Map(claim → Set(kind)), entity}].
 * A sweep over sorted boundaries keeps it linear in the number of marks times their overlap.
 */
export function pieces(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const bounds = [...cuts].sort((a, b) => a - b);
  const byStart = [...marks].sort((a, b) => a.start - b.start);
  const open = [];
  let next = 0;
  const out = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [a, b] = [bounds[i], bounds[i + 1]];
    while (next < byStart.length && byStart[next].start <= a) open.push(byStart[next++]);
    for (let k = open.length - 1; k >= 0; k--) if (open[k].end <= a) open.splice(k, 1);
    const kinds = new Set();
    const parts = new Map();
    let entity = null;
    const evidence = [];
    for (const m of open) {
      kinds.add(m.kind);
      if (m.entity) entity = m.entity;
      if (!m.claim) continue;
      if (!parts.has(m.claim)) parts.set(m.claim, new Set());
      parts.get(m.claim).add(m.kind);
      if (m.kind === 'ev') evidence.push(m);
    }
    evidence.sort((p, q) => p.end - p.start - (q.end - q.start));
    out.push({ start: a, end: b, kinds, claims: evidence.map((m) => m.claim), parts, entity });
  }
  return out;
}
