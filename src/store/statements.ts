// The prepared statements of the SQLite store, compiled once per connection.
import type Database from 'better-sqlite3';
import type { DirtyBucket, StoredText } from './store.js';
import type { ClaimSqlRow } from './claim-rows.js';
import { CLAIM_COLUMNS } from './claim-rows.js';

const DOC_COLUMNS = 'rowid, key, version, hash, content_hash, outlet, published, deleted';

/** A documents row as read: content_hash and deleted in SQL's spelling (sqlite.ts maps them). */
export interface StoredDocRow {
  rowid: number;
  key: string;
  version: number;
  hash: string;
  content_hash: string | null;
  outlet: string | null;
  published: string | null;
  deleted: number;
}

export function prepareStatements(db: Database) {
  return {
    latestByKey: db.prepare<StoredDocRow>(`SELECT ${DOC_COLUMNS} FROM documents WHERE key = ? AND latest = 1`),
    sameContent: db.prepare<StoredDocRow>(`SELECT ${DOC_COLUMNS} FROM documents WHERE content_hash = ? AND latest = 1 ORDER BY rowid`),
    nextGen: db.prepare(`UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'dirty_gen' RETURNING CAST(value AS INTEGER)`).pluck(),
    markBucket: db.prepare(`INSERT INTO dirty_buckets (bucket, gen) VALUES (?, ?) ON CONFLICT (bucket) DO UPDATE SET gen = excluded.gen`),
    markDocBuckets: db.prepare(
      `INSERT INTO dirty_buckets (bucket, gen) SELECT DISTINCT bucket, ? FROM claims WHERE doc = ? ON CONFLICT (bucket) DO UPDATE SET gen = excluded.gen`,
    ),
    docForFts: db.prepare<{ title: string | null; text: string }>(`SELECT title, text FROM documents WHERE rowid = ?`),
    ftsDocDelete: db.prepare(`INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)`),
    ftsDocInsert: db.prepare(`INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)`),
    claimsForFts: db.prepare<{ rowid: number; ev_text: string; theme: string | null }>(`SELECT rowid, ev_text, theme FROM claims WHERE doc = ?`),
    ftsClaimDelete: db.prepare(`INSERT INTO claims_fts (claims_fts, rowid, ev_text, theme) VALUES ('delete', ?, ?, ?)`),
    ftsClaimInsert: db.prepare(`INSERT INTO claims_fts (rowid, ev_text, theme) VALUES (?, ?, ?)`),
    supersede: db.prepare(`UPDATE documents SET latest = 0 WHERE rowid = ?`),
    insertDoc: db.prepare(
      `INSERT INTO documents (key, version, latest, hash, url, outlet, title, published, language, wire, signature, text, extraction, extractor, ingested_at, content_hash, deleted)
       VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateDoc: db.prepare(`UPDATE documents SET wire = ?, signature = ?, extraction = ?, extractor = ?, content_hash = ?, deleted = ? WHERE rowid = ?`),
    docDeleted: db.prepare(`SELECT deleted FROM documents WHERE rowid = ?`).pluck(),
    insertEntity: db.prepare(
      `INSERT OR REPLACE INTO entities (doc, entity_id, name, type, country, role, affiliation) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertMention: db.prepare(`INSERT OR IGNORE INTO mentions (doc, start, end, entity_id, text, rule) VALUES (?, ?, ?, ?, ?, ?)`),
    insertClaim: db.prepare(
      `INSERT INTO claims (doc, ordinal, claim_id, event, bucket, agent_id, agent_name, agent_key, recipient_id, recipient_name,
         recipient_key, location_id, location_name, theme, theme_classes, theme_tokens, q_min, q_max, q_approximate, q_vague,
         q_bound, q_unit, q_start, q_end, q_text, t_value, t_from, t_to, t_start, t_end, t_text, ev_start, ev_end, ev_text,
         tr_start, tr_end, tr_text, certainty, polarity, status, unit_no, unit_role, rules,
         location_country, unit_class, story, cause_id, cause_name, rejected, review, corrected)
       VALUES (${Array(51).fill('?').join(', ')})`,
    ),
    insertSource: db.prepare(`INSERT INTO sources (claim, position, name, source_id, cue, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    upsertActor: db.prepare(`INSERT INTO actors (alias, key, name) VALUES (?, ?, ?) ON CONFLICT (alias, key) DO UPDATE SET n = n + 1`),
    deleteClaims: db.prepare(`DELETE FROM claims WHERE doc = ?`),
    deleteEntities: db.prepare(`DELETE FROM entities WHERE doc = ?`),
    deleteMentions: db.prepare(`DELETE FROM mentions WHERE doc = ?`),
    documents: db.prepare<StoredDocRow & Pick<StoredText, 'text' | 'url' | 'title' | 'language'>>(
      `SELECT ${DOC_COLUMNS}, text, url, title, language FROM documents WHERE latest = 1 AND rowid > ? ORDER BY rowid LIMIT ?`,
    ),
    extractionLatest: db.prepare<{ extraction: Uint8Array; text: string }>(`SELECT extraction, text FROM documents WHERE key = ? AND latest = 1`),
    extractionVersion: db.prepare<{ extraction: Uint8Array; text: string }>(`SELECT extraction, text FROM documents WHERE key = ? AND version = ?`),
    claims: db.prepare<ClaimSqlRow>(
      `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.rowid = c.doc WHERE d.latest = 1 AND c.rowid > ? ORDER BY c.rowid LIMIT ?`,
    ),
    dirty: db.prepare<DirtyBucket>(`SELECT bucket, gen FROM dirty_buckets ORDER BY bucket`),
    dirtyGen: db.prepare<number>(`SELECT gen FROM dirty_buckets WHERE bucket = ?`).pluck(),
    markAll: db.prepare(
      `INSERT INTO dirty_buckets (bucket, gen) SELECT DISTINCT c.bucket, ? FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest = 1
       WHERE true ON CONFLICT (bucket) DO UPDATE SET gen = excluded.gen`,
    ),
    markEventBuckets: db.prepare(
      `INSERT INTO dirty_buckets (bucket, gen) SELECT DISTINCT bucket, ? FROM events WHERE true ON CONFLICT (bucket) DO UPDATE SET gen = excluded.gen`,
    ),
    bucketClaims: db.prepare<ClaimSqlRow>(
      `SELECT ${CLAIM_COLUMNS}, d.signature AS d_signature FROM claims c JOIN documents d ON d.rowid = c.doc WHERE c.bucket = ? AND d.latest = 1`,
    ),
    deleteMembers: db.prepare(`DELETE FROM event_members WHERE event IN (SELECT id FROM events WHERE bucket = ?)`),
    deleteEvents: db.prepare(`DELETE FROM events WHERE bucket = ?`),
    insertEvent: db.prepare(
      `INSERT INTO events (id, bucket, position, event, agent_key, recipient_key, first_reported, last_reported, n_reports, n_sources, disagreement, summary)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertMember: db.prepare(`INSERT OR IGNORE INTO event_members (event, claim) VALUES (?, ?)`),
    clearDirty: db.prepare(`DELETE FROM dirty_buckets WHERE bucket = ? AND gen = ?`),
    eventById: db.prepare<{ summary: Uint8Array }>(`SELECT summary FROM events WHERE id = ?`),
    eventByPrefix: db.prepare<{ summary: Uint8Array }>(`SELECT summary FROM events WHERE id >= ? AND id < ? LIMIT 2`),
    actorKeys: db.prepare<{ key: string }>(`SELECT key FROM actors WHERE alias = ? ORDER BY n DESC, key`),
    insertCorrection: db.prepare(`INSERT INTO corrections (kind, author, reason, created_at, data) VALUES (?, ?, ?, ?, ?)`),
    insertCorrectionDoc: db.prepare(`INSERT OR IGNORE INTO correction_documents (document, correction) VALUES (?, ?)`),
    allCorrections: db.prepare<CorrectionRow>(`SELECT id, kind, author, reason, created_at, data FROM corrections ORDER BY id`),
    docCorrections: db.prepare<CorrectionRow>(
      `SELECT c.id, c.kind, c.author, c.reason, c.created_at, c.data FROM corrections c JOIN correction_documents d ON d.correction = c.id
       WHERE d.document = ? ORDER BY c.id`,
    ),
  };
}

export interface CorrectionRow {
  id: number;
  kind: string;
  author: string;
  reason: string;
  created_at: string;
  data: string;
}

export type Statements = ReturnType<typeof prepareStatements>;
