// The Store on an embedded SQLite database (better-sqlite3): WAL journal, so readers never wait
// for the ingest and a killed process leaves the last committed document intact; every write
// method is one IMMEDIATE transaction.
import Database from 'better-sqlite3';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Extraction } from '../format.js';
import { decodeSketch, encodeSketch } from '../ledger/copies.js';
import type { ClaimRow, LedgerClaim, LedgerEvent } from '../ledger/types.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import type {
  DirtyBucket,
  EventFilter,
  EventWrite,
  MeasureQuery,
  NewDocument,
  Page,
  Paged,
  PutResult,
  SearchHit,
  SnippetPart,
  Store,
  StoreStats,
  StoredDocument,
  StoredText,
} from './store.js';

type Db = Database;

export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

const CLAIM_COLUMNS = `c.rowid AS rowid, c.ordinal, c.claim_id, c.event, c.bucket, c.agent_id, c.agent_name, c.agent_key,
  c.recipient_id, c.recipient_name, c.recipient_key, c.location_id, c.location_name, c.theme, c.theme_classes,
  c.theme_tokens, c.q_min, c.q_max, c.q_approximate, c.q_vague, c.q_bound, c.q_unit, c.q_start, c.q_end, c.q_text,
  c.t_value, c.t_from, c.t_to, c.t_start, c.t_end, c.t_text, c.ev_start, c.ev_end, c.ev_text, c.tr_start, c.tr_end,
  c.tr_text, c.certainty, c.polarity, c.status, c.unit_no, c.unit_role, c.rules,
  (SELECT json_group_array(json_object('name', s.name, 'id', s.source_id, 'cue', s.cue, 'start', s.start, 'end', s.end) ORDER BY s.position)
     FROM sources s WHERE s.claim = c.rowid) AS sources_json,
  d.rowid AS d_rowid, d.key AS d_key, d.version AS d_version, d.outlet AS d_outlet, d.published AS d_published,
  d.url AS d_url, d.title AS d_title, d.wire AS d_wire`;

interface ClaimSqlRow {
  rowid: number;
  ordinal: number;
  claim_id: string;
  event: ClaimRow['event'];
  bucket: string;
  agent_id: string | null;
  agent_name: string | null;
  agent_key: string;
  recipient_id: string | null;
  recipient_name: string | null;
  recipient_key: string;
  location_id: string | null;
  location_name: string | null;
  theme: string | null;
  theme_classes: string;
  theme_tokens: string;
  q_min: number | null;
  q_max: number | null;
  q_approximate: number | null;
  q_vague: number | null;
  q_bound: 'at-least' | 'at-most' | null;
  q_unit: string | null;
  q_start: number | null;
  q_end: number | null;
  q_text: string | null;
  t_value: string | null;
  t_from: string | null;
  t_to: string | null;
  t_start: number | null;
  t_end: number | null;
  t_text: string | null;
  ev_start: number;
  ev_end: number;
  ev_text: string;
  tr_start: number | null;
  tr_end: number | null;
  tr_text: string | null;
  certainty: ClaimRow['certainty'];
  polarity: ClaimRow['polarity'];
  status: ClaimRow['status'];
  unit_no: number;
  unit_role: ClaimRow['unitRole'];
  rules: string;
  sources_json: string;
  d_rowid: number;
  d_key: string;
  d_version: number;
  d_outlet: string | null;
  d_published: string | null;
  d_url: string | null;
  d_title: string | null;
  d_wire: string | null;
  d_signature?: Uint8Array | null;
}

function actor(id: string | null, name: string | null) {
  return name == null ? null : { id, name };
}

function toClaimRow(r: ClaimSqlRow): ClaimRow {
  return {
    rowid: r.rowid,
    claimId: r.claim_id,
    ordinal: r.ordinal,
    event: r.event,
    bucket: r.bucket,
    agent: actor(r.agent_id, r.agent_name),
    agentKey: r.agent_key,
    recipient: actor(r.recipient_id, r.recipient_name),
    recipientKey: r.recipient_key,
    location: actor(r.location_id, r.location_name),
    theme: r.theme,
    themeClasses: JSON.parse(r.theme_classes) as string[],
    themeTokens: JSON.parse(r.theme_tokens) as string[],
    quantity:
      r.q_start == null
        ? null
        : {
            min: r.q_min,
            max: r.q_max,
            approximate: !!r.q_approximate,
            vague: !!r.q_vague,
            bound: r.q_bound,
            unit: r.q_unit,
            start: r.q_start,
            end: r.q_end!,
            text: r.q_text!,
          },
    time: r.t_value == null ? null : { value: r.t_value, from: r.t_from, to: r.t_to, start: r.t_start!, end: r.t_end!, text: r.t_text! },
    evidence: { start: r.ev_start, end: r.ev_end, text: r.ev_text },
    trigger: r.tr_start == null ? null : { start: r.tr_start, end: r.tr_end!, text: r.tr_text! },
    sources: JSON.parse(r.sources_json) as ClaimRow['sources'],
    certainty: r.certainty,
    polarity: r.polarity,
    status: r.status,
    rules: JSON.parse(r.rules) as string[],
    unitNo: r.unit_no,
    unitRole: r.unit_role,
    doc: {
      rowid: r.d_rowid,
      key: r.d_key,
      version: r.d_version,
      outlet: r.d_outlet,
      published: r.d_published,
      url: r.d_url,
      title: r.d_title,
      wire: r.d_wire,
      signature: decodeSketch(r.d_signature ?? null),
    },
  };
}

// Extractions and event summaries are JSON that compresses 3–4 times; deflating them halves the
// store (bench/scale.mjs) for a few microseconds a row.
function pack(value: unknown): Buffer {
  // level 1: nearly the size of the default level at a third of its time
  return deflateRawSync(JSON.stringify(value), { level: 1 });
}
function unpack<T>(blob: Uint8Array): T {
  return JSON.parse(inflateRawSync(blob).toString('utf8')) as T;
}

function ftsQuery(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
}

function snippetParts(s: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const re = /\u0001([^\u0002]*)\u0002/g;
  let at = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(s)); ) {
    if (m.index > at) parts.push({ text: s.slice(at, m.index), hit: false });
    parts.push({ text: m[1], hit: true });
    at = m.index + m[0].length;
  }
  if (at < s.length) parts.push({ text: s.slice(at), hit: false });
  return parts;
}

function applyMigrations(db: Db, path: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(`${path}: schema version ${current} was written by a newer dossier (this one knows ${SCHEMA_VERSION}); upgrade dossier`);
  }
  if (current === 0) {
    const tables = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table'`).pluck().get() as number;
    if (tables > 0) throw new StoreError(`${path}: a SQLite database that is not a dossier store (it has tables but no dossier schema); choose another --db path`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
      if (m.version === 1) db.prepare(`INSERT INTO meta (key, value) VALUES ('app', 'dossier'), ('dirty_gen', '0')`).run();
    }).immediate();
  }
}

export interface SqliteOptions {
  readonly?: boolean;
}

export class SqliteStore implements Store {
  readonly location: string;
  private db: Db;
  private st: ReturnType<SqliteStore['prepareAll']>;

  constructor(path: string, opts: SqliteOptions = {}) {
    this.location = path;
    try {
      this.db = new Database(path, { timeout: 15_000, readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
    } catch (e) {
      throw new StoreError(`cannot open the store at ${path}: ${(e as Error).message}`);
    }
    try {
      if (path !== ':memory:' && !opts.readonly) this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      if (!opts.readonly) applyMigrations(this.db, path);
      else if ((this.db.pragma('user_version', { simple: true }) as number) !== SCHEMA_VERSION) {
        throw new StoreError(`${path}: not a dossier store of schema ${SCHEMA_VERSION}; open it once without read-only to migrate`);
      }
    } catch (e) {
      this.db.close();
      if (e instanceof StoreError) throw e;
      throw new StoreError(`${path}: ${(e as Error).message}`);
    }
    this.st = this.prepareAll();
  }

  private prepareAll() {
    const db = this.db;
    return {
      latestByKey: db.prepare<StoredDocument>(`SELECT rowid, key, version, hash, outlet, published FROM documents WHERE key = ? AND latest = 1`),
      sameText: db.prepare<StoredDocument>(
        `SELECT rowid, key, version, hash, outlet, published FROM documents WHERE hash = ? AND latest = 1 AND outlet IS ? AND published IS ? LIMIT 1`,
      ),
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
        `INSERT INTO documents (key, version, latest, hash, url, outlet, title, published, language, wire, signature, text, extraction, extractor, ingested_at)
         VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      updateDoc: db.prepare(`UPDATE documents SET wire = ?, signature = ?, extraction = ?, extractor = ? WHERE rowid = ?`),
      insertEntity: db.prepare(
        `INSERT OR REPLACE INTO entities (doc, entity_id, name, type, country, role, affiliation) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertMention: db.prepare(`INSERT OR IGNORE INTO mentions (doc, start, end, entity_id, text, rule) VALUES (?, ?, ?, ?, ?, ?)`),
      insertClaim: db.prepare(
        `INSERT INTO claims (doc, ordinal, claim_id, event, bucket, agent_id, agent_name, agent_key, recipient_id, recipient_name,
           recipient_key, location_id, location_name, theme, theme_classes, theme_tokens, q_min, q_max, q_approximate, q_vague,
           q_bound, q_unit, q_start, q_end, q_text, t_value, t_from, t_to, t_start, t_end, t_text, ev_start, ev_end, ev_text,
           tr_start, tr_end, tr_text, certainty, polarity, status, unit_no, unit_role, rules)
         VALUES (${Array(43).fill('?').join(', ')})`,
      ),
      insertSource: db.prepare(`INSERT INTO sources (claim, position, name, source_id, cue, start, end) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      upsertActor: db.prepare(`INSERT INTO actors (alias, key, name) VALUES (?, ?, ?) ON CONFLICT (alias, key) DO UPDATE SET n = n + 1`),
      deleteClaims: db.prepare(`DELETE FROM claims WHERE doc = ?`),
      deleteEntities: db.prepare(`DELETE FROM entities WHERE doc = ?`),
      deleteMentions: db.prepare(`DELETE FROM mentions WHERE doc = ?`),
      documents: db.prepare<StoredText>(
        `SELECT rowid, key, version, hash, outlet, published, text, url, title, language FROM documents WHERE latest = 1 AND rowid > ? ORDER BY rowid LIMIT ?`,
      ),
      extractionLatest: db.prepare<{ extraction: Uint8Array; text: string }>(`SELECT extraction, text FROM documents WHERE key = ? AND latest = 1`),
      extractionVersion: db.prepare<{ extraction: Uint8Array; text: string }>(`SELECT extraction, text FROM documents WHERE key = ? AND version = ?`),
      claims: db.prepare<ClaimSqlRow>(
        `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.rowid = c.doc WHERE d.latest = 1 AND c.rowid > ? ORDER BY c.rowid LIMIT ?`,
      ),
      dirty: db.prepare<DirtyBucket>(`SELECT bucket, gen FROM dirty_buckets ORDER BY bucket`),
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
    };
  }

  /** Inside a batch every write shares one generation, taken outside any savepoint that could undo it. */
  private batchGen: number | null = null;

  private gen(): number {
    return this.batchGen ?? (this.st.nextGen.get() as number);
  }

  async latestByKey(key: string): Promise<StoredDocument | null> {
    return this.st.latestByKey.get(key) ?? null;
  }

  async findSameText(hash: string, outlet: string | null, published: string | null): Promise<StoredDocument | null> {
    return this.st.sameText.get(hash, outlet, published) ?? null;
  }

  /** Takes a version out of the ledger: its buckets dirty, its full-text entries gone. */
  private retire(rowid: number, gen: number, withText: boolean): void {
    this.st.markDocBuckets.run(gen, rowid);
    for (const c of this.st.claimsForFts.all(rowid)) this.st.ftsClaimDelete.run(c.rowid, c.ev_text, c.theme);
    if (withText) {
      const d = this.st.docForFts.get(rowid)!;
      this.st.ftsDocDelete.run(rowid, d.title, d.text);
    }
  }

  private insertClaims(rowid: number, claims: LedgerClaim[], gen: number): void {
    const marked = new Set<string>();
    for (const c of claims) {
      const q = c.quantity;
      const t = c.time;
      const res = this.st.insertClaim.run(
        rowid, c.ordinal, c.claimId, c.event, c.bucket,
        c.agent?.id ?? null, c.agent?.name ?? null, c.agentKey,
        c.recipient?.id ?? null, c.recipient?.name ?? null, c.recipientKey,
        c.location?.id ?? null, c.location?.name ?? null,
        c.theme, JSON.stringify(c.themeClasses), JSON.stringify(c.themeTokens),
        q?.min ?? null, q?.max ?? null, q ? (q.approximate ? 1 : 0) : null, q ? (q.vague ? 1 : 0) : null, q?.bound ?? null, q?.unit ?? null,
        q?.start ?? null, q?.end ?? null, q?.text ?? null,
        t?.value ?? null, t?.from ?? null, t?.to ?? null, t?.start ?? null, t?.end ?? null, t?.text ?? null,
        c.evidence.start, c.evidence.end, c.evidence.text,
        c.trigger?.start ?? null, c.trigger?.end ?? null, c.trigger?.text ?? null,
        c.certainty, c.polarity, c.status, c.unitNo, c.unitRole, JSON.stringify(c.rules),
      );
      const claimRow = Number(res.lastInsertRowid);
      c.sources.forEach((s, i) => this.st.insertSource.run(claimRow, i, s.name, s.id ?? null, s.cue ?? null, s.start, s.end));
      this.st.ftsClaimInsert.run(claimRow, c.evidence.text, c.theme);
      if (!marked.has(c.bucket)) {
        this.st.markBucket.run(c.bucket, gen);
        marked.add(c.bucket);
      }
    }
  }

  private insertLayers(rowid: number, doc: NewDocument, gen: number): void {
    for (const e of doc.extraction.entities) {
      this.st.insertEntity.run(rowid, e.id, e.name, e.type, e.country ?? null, e.role ?? null, e.affiliation ?? null);
      for (const m of e.mentions) this.st.insertMention.run(rowid, m.start, m.end, e.id, m.text, m.rule ?? null);
    }
    this.insertClaims(rowid, doc.claims, gen);
    for (const a of doc.actors) this.st.upsertActor.run(a.alias, a.key, a.name);
  }

  async putDocument(doc: NewDocument): Promise<PutResult> {
    const d = doc.extraction.document;
    const stored = pack({ ...doc.extraction, document: { ...d, text: '' } });
    return this.db
      .transaction((): PutResult => {
        const gen = this.gen();
        const prev = this.st.latestByKey.get(doc.key);
        if (prev) {
          this.retire(prev.rowid, gen, true);
          this.st.supersede.run(prev.rowid);
        }
        const version = prev ? prev.version + 1 : 1;
        const res = this.st.insertDoc.run(
          doc.key, version, doc.hash, d.url, d.outlet, d.title, d.published, d.language, doc.wire,
          encodeSketch(doc.signature), d.text, stored, doc.extractor, new Date().toISOString(),
        );
        const rowid = Number(res.lastInsertRowid);
        this.st.ftsDocInsert.run(rowid, d.title, d.text);
        this.insertLayers(rowid, doc, gen);
        return { rowid, version };
      })
      .immediate();
  }

  async replaceExtraction(rowid: number, doc: NewDocument): Promise<void> {
    const d = doc.extraction.document;
    const stored = pack({ ...doc.extraction, document: { ...d, text: '' } });
    this.db
      .transaction(() => {
        const gen = this.gen();
        this.retire(rowid, gen, false);
        this.st.deleteClaims.run(rowid);
        this.st.deleteMentions.run(rowid);
        this.st.deleteEntities.run(rowid);
        this.st.updateDoc.run(doc.wire, encodeSketch(doc.signature), stored, doc.extractor, rowid);
        this.insertLayers(rowid, doc, gen);
      })
      .immediate();
  }

  async batch<T>(fn: () => Promise<T>): Promise<T> {
    if (this.db.inTransaction) return fn();
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.batchGen = this.st.nextGen.get() as number;
      const result = await fn();
      this.db.exec('COMMIT');
      return result;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    } finally {
      this.batchGen = null;
    }
  }

  async documents(after: number, limit: number): Promise<StoredText[]> {
    return this.st.documents.all(after, limit);
  }

  async getExtraction(key: string, version?: number): Promise<Extraction | null> {
    const row = version == null ? this.st.extractionLatest.get(key) : this.st.extractionVersion.get(key, version);
    if (!row) return null;
    const x = unpack<Extraction>(row.extraction);
    // the text was stored once, in its column; put it back where the extraction had it
    x.document.text = row.text;
    return x;
  }

  async claims(after: number, limit: number): Promise<ClaimRow[]> {
    return this.st.claims.all(after, limit).map(toClaimRow);
  }

  async dirtyBuckets(): Promise<DirtyBucket[]> {
    return this.st.dirty.all();
  }

  async markAllDirty(): Promise<number> {
    return this.db
      .transaction(() => {
        const gen = this.gen();
        // buckets with claims, and buckets that only have (now stale) events
        this.st.markAll.run(gen);
        this.st.markEventBuckets.run(gen);
        return (this.db.prepare(`SELECT count(*) FROM dirty_buckets`).pluck().get() as number) ?? 0;
      })
      .immediate();
  }

  async bucketClaims(bucket: string): Promise<ClaimRow[]> {
    return this.st.bucketClaims.all(bucket).map(toClaimRow);
  }

  async writeBucketEvents(bucket: string, gen: number, events: EventWrite[]): Promise<void> {
    this.db
      .transaction(() => {
        this.st.deleteMembers.run(bucket);
        this.st.deleteEvents.run(bucket);
        events.forEach(({ event: e, claims, nSources }, i) => {
          const [ev, agentKey, recipientKey] = bucket.split('|');
          this.st.insertEvent.run(
            e.id, bucket, i, ev, agentKey, recipientKey, e.first_reported, e.last_reported, e.n_reports, nSources,
            e.disagreement ? 1 : 0, pack(e),
          );
          for (const c of claims) this.st.insertMember.run(e.id, c);
        });
        this.st.clearDirty.run(bucket, gen);
      })
      .immediate();
  }

  async listEvents(filter: EventFilter, page: Page): Promise<Paged<LedgerEvent>> {
    const where: string[] = [];
    const args: unknown[] = [];
    const inList = (col: string, keys: string[]) => {
      where.push(`${col} IN (${keys.map(() => '?').join(', ')})`);
      args.push(...keys);
    };
    if (filter.event) {
      where.push('event = ?');
      args.push(filter.event);
    }
    if (filter.agentKeys) inList('agent_key', filter.agentKeys);
    if (filter.recipientKeys) inList('recipient_key', filter.recipientKeys);
    if (filter.since) {
      where.push('last_reported >= ?');
      args.push(filter.since);
    }
    if (filter.until) {
      where.push('first_reported <= ?');
      args.push(filter.until);
    }
    if (filter.disagreement != null) {
      where.push('disagreement = ?');
      args.push(filter.disagreement ? 1 : 0);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.db.prepare(`SELECT count(*) FROM events ${w}`).pluck().get(...args) as number;
    const rows = this.db
      .prepare<{ summary: Uint8Array }>(`SELECT summary FROM events ${w} ORDER BY first_reported DESC, id DESC LIMIT ? OFFSET ?`)
      .all(...args, page.limit ?? -1, page.offset ?? 0);
    return { total, items: rows.map((r) => unpack<LedgerEvent>(r.summary)) };
  }

  async getEvent(id: string): Promise<LedgerEvent | null> {
    let row = this.st.eventById.get(id);
    if (!row && id.length >= 4) {
      const rows = this.st.eventByPrefix.all(id, id + '\uffff');
      if (rows.length === 1) row = rows[0];
    }
    return row ? unpack<LedgerEvent>(row.summary) : null;
  }

  async measureClaims(q: MeasureQuery): Promise<ClaimRow[]> {
    if (!q.agentKeys.length || (q.recipientKeys && !q.recipientKeys.length)) return [];
    const marks = (n: number) => Array(n).fill('?').join(', ');
    const recipient = q.recipientKeys ? `AND c.recipient_key IN (${marks(q.recipientKeys.length)})` : '';
    const rows = this.db
      .prepare<ClaimSqlRow>(
        `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.rowid = c.doc
         WHERE c.event = ? AND c.agent_key IN (${marks(q.agentKeys.length)}) ${recipient} AND d.latest = 1`,
      )
      .all(q.event, ...q.agentKeys, ...(q.recipientKeys ?? []));
    return rows.map(toClaimRow);
  }

  async searchDocuments(terms: string[], page: Page): Promise<Paged<SearchHit>> {
    if (!terms.length) return { total: 0, items: [] };
    const match = ftsQuery(terms);
    const total = this.db.prepare(`SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?`).pluck().get(match) as number;
    const rows = this.db
      .prepare<{ key: string; version: number; outlet: string | null; published: string | null; title: string | null; snip: string }>(
        `SELECT d.key, d.version, d.outlet, d.published, d.title, snippet(documents_fts, -1, char(1), char(2), '…', 24) AS snip
         FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
         WHERE documents_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
      )
      .all(match, page.limit ?? 20, page.offset ?? 0);
    return {
      total,
      items: rows.map((r) => ({
        kind: 'document' as const,
        document: r.key,
        version: r.version,
        outlet: r.outlet,
        published: r.published,
        title: r.title,
        claim: null,
        snippet: snippetParts(r.snip),
      })),
    };
  }

  async searchClaims(terms: string[], page: Page): Promise<Paged<SearchHit>> {
    if (!terms.length) return { total: 0, items: [] };
    const match = ftsQuery(terms);
    const total = this.db.prepare(`SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?`).pluck().get(match) as number;
    const rows = this.db
      .prepare<{ key: string; version: number; outlet: string | null; published: string | null; title: string | null; claim_id: string; snip: string }>(
        `SELECT d.key, d.version, d.outlet, d.published, d.title, c.claim_id, snippet(claims_fts, -1, char(1), char(2), '…', 32) AS snip
         FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid JOIN documents d ON d.rowid = c.doc
         WHERE claims_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?`,
      )
      .all(match, page.limit ?? 20, page.offset ?? 0);
    return {
      total,
      items: rows.map((r) => ({
        kind: 'claim' as const,
        document: r.key,
        version: r.version,
        outlet: r.outlet,
        published: r.published,
        title: r.title,
        claim: r.claim_id,
        snippet: snippetParts(r.snip),
      })),
    };
  }

  async actorKeys(alias: string): Promise<string[]> {
    return this.st.actorKeys.all(alias).map((r) => r.key);
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return {
      documents: n(`SELECT count(*) FROM documents WHERE latest = 1`),
      versions: n(`SELECT count(*) FROM documents`),
      claims: n(`SELECT count(*) FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest = 1`),
      events: n(`SELECT count(*) FROM events`),
      dirtyBuckets: n(`SELECT count(*) FROM dirty_buckets`),
      bytes: n(`SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()`),
    };
  }

  async integrityCheck(): Promise<string[]> {
    const rows = this.db.prepare<{ integrity_check: string }>(`PRAGMA integrity_check`).all().map((r) => r.integrity_check);
    try {
      this.db.prepare(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`).run();
      this.db.prepare(`INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')`).run();
    } catch (e) {
      rows.push(`full-text index: ${(e as Error).message}`);
    }
    return rows;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
