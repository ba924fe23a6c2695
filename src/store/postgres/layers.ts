// Writing one document version on PostgreSQL in one statement, whatever its number of entities,
// mentions and claims: the document row (or the row reindex rewrites) and its layers are
// data-modifying CTEs over unnested arrays, so a document costs one round trip, not one per table.
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
  ['location_country', 'text', (c) => c.locationCountry],
  ['unit_class', 'text', (c) => c.unitClass],
  ['story', 'text', (c) => c.story],
  ['cause_id', 'text', (c) => c.cause?.id ?? null],
  ['cause_name', 'text', (c) => c.cause?.name ?? null],
  ['rejected', 'int2', (c) => (c.rejected ? 1 : 0)],
  ['review', 'text', (c) => JSON.stringify(c.review)],
  ['corrected', 'text', (c) => JSON.stringify(c.corrected)],
];

/** The parameters of one statement, numbered as they are added. */
class Params {
  readonly values: unknown[] = [];
  add(v: unknown, type: string): string {
    this.values.push(v);
    return `$${this.values.length}::${type}`;
  }
}

export interface VersionRow {
  key: string;
  version: number;
  hash: string;
  signature: Buffer;
  extraction: Buffer;
}

/**
 * Inserts a new version (row given) or rewrites the layers of a stored one (rowid given: its old
 * layers must be deleted first) and returns its rowid.
 */
export async function writeVersion(tx: Tx, doc: NewDocument, target: { row: VersionRow } | { rowid: number }): Promise<number> {
  const p = new Params();
  const d = doc.extraction.document;
  const docCte =
    'row' in target
      ? `INSERT INTO documents (key, version, latest, hash, url, outlet, title, published, language, wire, signature, text, extraction, extractor,
                               content_hash, deleted)
         VALUES (${p.add(target.row.key, 'text')}, ${p.add(target.row.version, 'int')}, true, ${p.add(target.row.hash, 'text')}, ${p.add(d.url, 'text')},
                 ${p.add(d.outlet, 'text')}, ${p.add(d.title, 'text')}, ${p.add(d.published, 'text')}, ${p.add(d.language, 'text')},
                 ${p.add(doc.wire, 'text')}, ${p.add(target.row.signature, 'bytea')}, ${p.add(d.text, 'text')}, ${p.add(target.row.extraction, 'bytea')},
                 ${p.add(doc.extractor, 'text')}, ${p.add(doc.contentHash, 'text')}, ${p.add(doc.deleted, 'bool')})
         RETURNING rowid`
      : `SELECT ${p.add(target.rowid, 'bigint')} AS rowid`;
  const ctes = [`d AS (${docCte})`];
  // as SQLite's INSERT OR REPLACE: the last entity of an id wins; the first of a mention span
  const entities = [...new Map(doc.extraction.entities.map((e) => [e.id, e])).values()];
  if (entities.length) {
    const cols = (['id', 'name', 'type', 'country', 'role', 'affiliation'] as const).map((k) => p.add(entities.map((e) => e[k] ?? null), 'text[]'));
    ctes.push(`e AS (INSERT INTO entities (doc, entity_id, name, type, country, role, affiliation) SELECT d.rowid, u.* FROM d, unnest(${cols.join(', ')}) u)`);
  }
  const mentions = doc.extraction.entities.flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id })));
  if (mentions.length) {
    const cols = [
      p.add(mentions.map((m) => m.start), 'int[]'), p.add(mentions.map((m) => m.end), 'int[]'), p.add(mentions.map((m) => m.id), 'text[]'),
      p.add(mentions.map((m) => m.text), 'text[]'), p.add(mentions.map((m) => m.rule ?? null), 'text[]'),
    ];
    ctes.push(`m AS (INSERT INTO mentions (doc, start, "end", entity_id, text, rule) SELECT d.rowid, u.* FROM d, unnest(${cols.join(', ')}) u ON CONFLICT DO NOTHING)`);
  }
  const claims = doc.claims;
  const sources = claims.flatMap((c) => c.sources.map((s, i) => ({ ordinal: c.ordinal, i, s })));
  if (claims.length) {
    const cols = CLAIM.map(([, type, get]) => p.add(claims.map(get), `${type}[]`));
    ctes.push(`c AS (INSERT INTO claims (doc, ${CLAIM.map((c) => c[0]).join(', ')}) SELECT d.rowid, u.* FROM d, unnest(${cols.join(', ')}) u RETURNING rowid, ordinal)`);
  }
  if (sources.length) {
    const cols = [
      p.add(sources.map((x) => x.ordinal), 'int[]'), p.add(sources.map((x) => x.i), 'int[]'), p.add(sources.map((x) => x.s.name), 'text[]'),
      p.add(sources.map((x) => x.s.id ?? null), 'text[]'), p.add(sources.map((x) => x.s.cue ?? null), 'text[]'),
      p.add(sources.map((x) => x.s.start), 'int[]'), p.add(sources.map((x) => x.s.end), 'int[]'),
    ];
    ctes.push(`s AS (INSERT INTO sources (claim, position, name, source_id, cue, start, "end")
      SELECT c.rowid, u.pos, u.name, u.sid, u.cue, u.st, u.en FROM unnest(${cols.join(', ')}) AS u (ord, pos, name, sid, cue, st, en) JOIN c ON c.ordinal = u.ord)`);
  }
  const { rows } = await tx.client.query<{ rowid: number }>(`WITH ${ctes.join(',\n')} SELECT rowid FROM d`, p.values);
  for (const c of claims) tx.marks.add(c.bucket);
  for (const a of doc.actors) {
    const k = `${a.alias}\u0000${a.key}`;
    const seen = tx.actors.get(k);
    if (seen) seen.n++;
    else tx.actors.set(k, { a, n: 1 });
  }
  return rows[0].rowid;
}
