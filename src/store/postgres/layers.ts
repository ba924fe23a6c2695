// Writing one document version's layers on PostgreSQL: entities, mentions, claims and their
// attribution chains, each table in one statement (arrays unnested), whatever the number of rows.
// Dirty marks and actor counts go to the transaction, which writes them at its end (tx.ts).
import type { NewDocument } from '../store.js';
import type { LedgerClaim } from '../model.js';
import type { Tx } from './tx.js';

type Column = [name: string, type: string, value: (c: LedgerClaim) => unknown];

const CLAIM: Column[] = [
  ['ordinal', 'int', (c) => c.ordinal],
  ['claim_id', 'text', (c) => c.claimId],
  ['event', 'text', (c) => c.event],
  ['bucket', 'text', (c) => c.bucket],
  ['agent_id', 'text', (c) => c.agent?.id ?? null],
  ['agent_name', 'text', (c) => c.agent?.name ?? null],
  ['agent_key', 'text', (c) => c.agentKey],
  ['recipient_id', 'text', (c) => c.recipient?.id ?? null],
  ['recipient_name', 'text', (c) => c.recipient?.name ?? null],
  ['recipient_key', 'text', (c) => c.recipientKey],
  ['location_id', 'text', (c) => c.location?.id ?? null],
  ['location_name', 'text', (c) => c.location?.name ?? null],
  ['theme', 'text', (c) => c.theme],
  ['theme_classes', 'text', (c) => JSON.stringify(c.themeClasses)],
  ['theme_tokens', 'text', (c) => JSON.stringify(c.themeTokens)],
  ['q_min', 'float8', (c) => c.quantity?.min ?? null],
  ['q_max', 'float8', (c) => c.quantity?.max ?? null],
  ['q_approximate', 'int2', (c) => (c.quantity ? (c.quantity.approximate ? 1 : 0) : null)],
  ['q_vague', 'int2', (c) => (c.quantity ? (c.quantity.vague ? 1 : 0) : null)],
  ['q_bound', 'text', (c) => c.quantity?.bound ?? null],
  ['q_unit', 'text', (c) => c.quantity?.unit ?? null],
  ['q_start', 'int', (c) => c.quantity?.start ?? null],
  ['q_end', 'int', (c) => c.quantity?.end ?? null],
  ['q_text', 'text', (c) => c.quantity?.text ?? null],
  ['t_value', 'text', (c) => c.time?.value ?? null],
  ['t_from', 'text', (c) => c.time?.from ?? null],
  ['t_to', 'text', (c) => c.time?.to ?? null],
  ['t_start', 'int', (c) => c.time?.start ?? null],
  ['t_end', 'int', (c) => c.time?.end ?? null],
  ['t_text', 'text', (c) => c.time?.text ?? null],
  ['ev_start', 'int', (c) => c.evidence.start],
  ['ev_end', 'int', (c) => c.evidence.end],
  ['ev_text', 'text', (c) => c.evidence.text],
  ['tr_start', 'int', (c) => c.trigger?.start ?? null],
  ['tr_end', 'int', (c) => c.trigger?.end ?? null],
  ['tr_text', 'text', (c) => c.trigger?.text ?? null],
  ['certainty', 'text', (c) => c.certainty],
  ['polarity', 'text', (c) => c.polarity],
  ['status', 'text', (c) => c.status],
  ['unit_no', 'int', (c) => c.unitNo],
  ['unit_role', 'text', (c) => c.unitRole],
  ['rules', 'text', (c) => JSON.stringify(c.rules)],
];

const INSERT_CLAIMS = `INSERT INTO claims (doc, ${CLAIM.map((c) => c[0]).join(', ')})
  SELECT $1::bigint, * FROM unnest(${CLAIM.map((c, i) => `$${i + 2}::${c[1]}[]`).join(', ')})
  RETURNING rowid, ordinal`;

export async function insertLayers(tx: Tx, rowid: number, doc: NewDocument): Promise<void> {
  const q = (text: string, values: unknown[]) => tx.client.query(text, values);
  // as SQLite's INSERT OR REPLACE: the last entity of an id wins; the first of a mention span
  const entities = [...new Map(doc.extraction.entities.map((e) => [e.id, e])).values()];
  if (entities.length) {
    await q(
      `INSERT INTO entities (doc, entity_id, name, type, country, role, affiliation)
       SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
      [rowid, ...(['id', 'name', 'type', 'country', 'role', 'affiliation'] as const).map((k) => entities.map((e) => e[k] ?? null))],
    );
  }
  const mentions = doc.extraction.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id })));
  if (mentions.length) {
    await q(
      `INSERT INTO mentions (doc, start, "end", entity_id, text, rule)
       SELECT $1::bigint, * FROM unnest($2::int[], $3::int[], $4::text[], $5::text[], $6::text[]) ON CONFLICT DO NOTHING`,
      [rowid, mentions.map((m) => m.start), mentions.map((m) => m.end), mentions.map((m) => m.id), mentions.map((m) => m.text), mentions.map((m) => m.rule ?? null)],
    );
  }
  await insertClaims(tx, rowid, doc.claims);
  for (const a of doc.actors) {
    const k = `${a.alias}\u0000${a.key}`;
    const seen = tx.actors.get(k);
    if (seen) seen.n++;
    else tx.actors.set(k, { a, n: 1 });
  }
}

async function insertClaims(tx: Tx, rowid: number, claims: LedgerClaim[]): Promise<void> {
  if (!claims.length) return;
  const res = await tx.client.query<{ rowid: number; ordinal: number }>(INSERT_CLAIMS, [rowid, ...CLAIM.map(([, , get]) => claims.map(get))]);
  const rowOf = new Map(res.rows.map((r) => [r.ordinal, r.rowid]));
  const sources = claims.flatMap((c) => c.sources.map((s, i) => ({ claim: rowOf.get(c.ordinal)!, i, s })));
  if (sources.length) {
    await tx.client.query(
      `INSERT INTO sources (claim, position, name, source_id, cue, start, "end")
       SELECT * FROM unnest($1::bigint[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[])`,
      [
        sources.map((x) => x.claim), sources.map((x) => x.i), sources.map((x) => x.s.name), sources.map((x) => x.s.id ?? null),
        sources.map((x) => x.s.cue ?? null), sources.map((x) => x.s.start), sources.map((x) => x.s.end),
      ],
    );
  }
  for (const c of claims) tx.marks.add(c.bucket);
}
