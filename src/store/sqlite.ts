// The Store on an embedded SQLite database (better-sqlite3): WAL journal, so readers never wait
// for the ingest and a killed process leaves the last committed document intact; every write
// method is one IMMEDIATE transaction.
import Database from 'better-sqlite3';
import type { Extraction } from '../format.js';
import { pack, snippetParts, unpack } from './codec.js';
import { StoreError } from './errors.js';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import type { ClaimRow, Correction, CorrectionKind, LedgerClaim, LedgerEvent, NewCorrection } from './model.js';
import { CLAIM_COLUMNS, toClaimRow, type ClaimSqlRow } from './claim-rows.js';
import { encodeSketch } from './sketch.js';
import { prepareStatements, type CorrectionRow, type Statements, type StoredDocRow } from './statements.js';
import type {
  ComputeEvents,
  CorrectionQuery,
  DirtyBucket,
  DocumentIdentity,
  EventFilter,
  Existing,
  MeasureQuery,
  MeasureRow,
  NewDocument,
  Page,
  Paged,
  PutDecision,
  PutResult,
  RegroupResult,
  SearchHit,
  Store,
  StoreStats,
  StoredDocument,
  StoredText,
} from './store.js';

type Db = Database;

export { StoreError };

function storedDoc(r: StoredDocRow): StoredDocument {
  return { rowid: r.rowid, key: r.key, version: r.version, hash: r.hash, contentHash: r.content_hash, outlet: r.outlet, published: r.published, deleted: !!r.deleted };
}

function correction(r: CorrectionRow): Correction {
  const data = JSON.parse(r.data) as Omit<NewCorrection, 'kind' | 'author' | 'reason'>;
  return { id: r.id, kind: r.kind as CorrectionKind, author: r.author, reason: r.reason, created_at: r.created_at, ...data };
}

function ftsQuery(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ');
}


/** The schema version a store is at. Two migrations were numbered 2 on separate branches: the
 *  ledger's (corrections) and the scale-out branch's (covering indexes, now 3); a store at 2
 *  without the corrections table has the indexes only, so it is at 1 for the ledger's. */
function schemaVersion(db: Db): number {
  const v = db.pragma('user_version', { simple: true }) as number;
  if (v !== 2) return v;
  const ledger = db.prepare(`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'corrections'`).pluck().get() as number;
  return ledger ? 2 : 1;
}

function applyMigrations(db: Db, path: string): void {
  const current = schemaVersion(db);
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
      if (schemaVersion(db) >= m.version) return; // another process opening the store migrated it meanwhile
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
  private st: Statements;

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
    this.st = prepareStatements(this.db);
  }

  /** Inside a batch every write shares one generation, taken outside any savepoint that could undo it. */
  private batchGen: number | null = null;

  private gen(): number {
    return this.batchGen ?? (this.st.nextGen.get() as number);
  }

  async latestByKey(key: string): Promise<StoredDocument | null> {
    const r = this.st.latestByKey.get(key);
    return r ? storedDoc(r) : null;
  }

  async findSameContent(contentHash: string): Promise<StoredDocument[]> {
    return this.st.sameContent.all(contentHash).map(storedDoc);
  }

  /** Takes a version out of the ledger: its buckets dirty, its full-text entries gone (a deleted
   *  document has none). */
  private retire(rowid: number, gen: number, withText: boolean): void {
    this.st.markDocBuckets.run(gen, rowid);
    if (this.st.docDeleted.get(rowid)) return;
    for (const c of this.st.claimsForFts.all(rowid)) this.st.ftsClaimDelete.run(c.rowid, c.ev_text, c.theme);
    if (withText) {
      const d = this.st.docForFts.get(rowid)!;
      this.st.ftsDocDelete.run(rowid, d.title, d.text);
    }
  }

  private insertClaims(rowid: number, claims: LedgerClaim[], gen: number, indexed: boolean): void {
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
        c.locationCountry, c.unitClass, c.story, c.cause?.id ?? null, c.cause?.name ?? null, c.rejected ? 1 : 0, JSON.stringify(c.review), JSON.stringify(c.corrected),
      );
      const claimRow = Number(res.lastInsertRowid);
      c.sources.forEach((s, i) => this.st.insertSource.run(claimRow, i, s.name, s.id ?? null, s.cue ?? null, s.start, s.end));
      if (indexed) this.st.ftsClaimInsert.run(claimRow, c.evidence.text, c.theme);
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
    this.insertClaims(rowid, doc.claims, gen, !doc.deleted);
    for (const a of doc.actors) this.st.upsertActor.run(a.alias, a.key, a.name);
  }

  async putDocument(id: DocumentIdentity, decide: (found: Existing) => PutDecision): Promise<PutResult> {
    // one IMMEDIATE transaction: the write lock is taken before what is stored is read, so another
    // process cannot store the same key or content between the decision and the insert
    return this.db
      .transaction((): PutResult => {
        const byKey = this.st.latestByKey.get(id.key);
        const found: Existing = { byKey: byKey ? storedDoc(byKey) : null, sameContent: this.st.sameContent.all(id.contentHash).map(storedDoc) };
        const decision = decide(found);
        if ('unchanged' in decision) {
          const u = decision.unchanged;
          return { status: 'unchanged', document: u.key, rowid: u.rowid, version: u.version };
        }
        const doc = decision.store;
        const d = doc.extraction.document;
        const stored = pack({ ...doc.extraction, document: { ...d, text: '' } });
        const gen = this.gen();
        const prev = found.byKey;
        if (prev) {
          this.retire(prev.rowid, gen, true);
          this.st.supersede.run(prev.rowid);
        }
        const version = prev ? prev.version + 1 : 1;
        const res = this.st.insertDoc.run(
          doc.key, version, doc.hash, d.url, d.outlet, d.title, d.published, d.language, doc.wire,
          encodeSketch(doc.signature), d.text, stored, doc.extractor, new Date().toISOString(), doc.contentHash, doc.deleted ? 1 : 0,
        );
        const rowid = Number(res.lastInsertRowid);
        if (!doc.deleted) this.st.ftsDocInsert.run(rowid, d.title, d.text);
        this.insertLayers(rowid, doc, gen);
        return { status: prev ? 'updated' : 'added', document: doc.key, rowid, version };
      })
      .immediate();
  }

  async replaceExtraction(rowid: number, doc: NewDocument): Promise<void> {
    const d = doc.extraction.document;
    const stored = pack({ ...doc.extraction, document: { ...d, text: '' } });
    this.db
      .transaction(() => {
        const gen = this.gen();
        const wasDeleted = !!this.st.docDeleted.get(rowid);
        // the text stays indexed while the document does: only a deletion (or its undoing) moves it
        this.retire(rowid, gen, doc.deleted && !wasDeleted);
        this.st.deleteClaims.run(rowid);
        this.st.deleteMentions.run(rowid);
        this.st.deleteEntities.run(rowid);
        this.st.updateDoc.run(doc.wire, encodeSketch(doc.signature), stored, doc.extractor, doc.contentHash, doc.deleted ? 1 : 0, rowid);
        if (wasDeleted && !doc.deleted) {
          const t = this.st.docForFts.get(rowid)!;
          this.st.ftsDocInsert.run(rowid, t.title, t.text);
        }
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
    return this.st.documents.all(after, limit).map((r) => ({ ...r, ...storedDoc(r) }));
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

  async regroupBucket(bucket: string, compute: ComputeEvents): Promise<RegroupResult> {
    // read, compute and write in one IMMEDIATE transaction: no other process can store a claim in
    // the bucket, or write its events, between the read and the write
    return this.db
      .transaction((): RegroupResult => {
        const gen = this.st.dirtyGen.get(bucket);
        if (gen == null) return 'clean';
        const events = compute(this.st.bucketClaims.all(bucket).map(toClaimRow));
        this.st.deleteMembers.run(bucket);
        this.st.deleteEvents.run(bucket);
        const [ev, agentKey, recipientKey] = bucket.split('|');
        events.forEach(({ event: e, claims, nSources }, i) => {
          this.st.insertEvent.run(
            e.id, bucket, i, ev, agentKey, recipientKey, e.first_reported, e.last_reported, e.n_reports, nSources,
            e.disagreement ? 1 : 0, pack(e),
          );
          for (const c of claims) this.st.insertMember.run(e.id, c);
        });
        this.st.clearDirty.run(bucket, gen);
        return 'done';
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

  async claimEvents(document: string, claims: string[]): Promise<{ claim: string; event: string }[]> {
    if (!claims.length) return [];
    return this.db
      .prepare<{ claim: string; event: string }>(
        `SELECT c.claim_id AS claim, m.event FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest = 1
         JOIN event_members m ON m.claim = c.rowid WHERE d.key = ? AND c.claim_id IN (${claims.map(() => '?').join(', ')}) ORDER BY c.ordinal`,
      )
      .all(document, ...claims);
  }

  async measureClaims(q: MeasureQuery): Promise<ClaimRow[]> {
    if (!q.agentKeys.length || (q.recipientKeys && !q.recipientKeys.length)) return [];
    const marks = (n: number) => Array(n).fill('?').join(', ');
    const recipient = q.recipientKeys ? `AND c.recipient_key IN (${marks(q.recipientKeys.length)})` : '';
    const rows = this.db
      .prepare<ClaimSqlRow>(
        `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.rowid = c.doc
         WHERE c.event = ? AND c.agent_key IN (${marks(q.agentKeys.length)}) ${recipient} AND d.latest = 1 AND c.rejected = 0`,
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

  async addCorrection(c: NewCorrection): Promise<Correction> {
    const { kind, author, reason, ...data } = c;
    const created = new Date().toISOString();
    return this.db
      .transaction((): Correction => {
        const id = Number(this.st.insertCorrection.run(kind, author, reason, created, JSON.stringify(data)).lastInsertRowid);
        for (const d of new Set(c.documents)) this.st.insertCorrectionDoc.run(d, id);
        return { ...c, id, created_at: created };
      })
      .immediate();
  }

  async corrections(q: CorrectionQuery = {}): Promise<Correction[]> {
    if (q.document != null) return this.st.docCorrections.all(q.document).map(correction);
    if (q.ids) {
      if (!q.ids.length) return [];
      const rows = this.db
        .prepare<CorrectionRow>(`SELECT id, kind, author, reason, created_at, data FROM corrections WHERE id IN (${q.ids.map(() => '?').join(', ')}) ORDER BY id`)
        .all(...q.ids);
      return rows.map(correction);
    }
    return this.st.allCorrections.all().map(correction);
  }

  async measures(limit: number): Promise<MeasureRow[]> {
    const rows = this.db
      .prepare<{ event: MeasureRow['event']; agent_id: string | null; agent_name: string; recipient_id: string | null; recipient_name: string | null; unit_class: string; n: number }>(
        `SELECT c.event, max(c.agent_id) AS agent_id, max(c.agent_name) AS agent_name, max(c.recipient_id) AS recipient_id,
           max(c.recipient_name) AS recipient_name, c.unit_class, count(*) AS n
         FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest = 1
         WHERE c.q_min IS NOT NULL AND c.polarity = 'positive' AND c.rejected = 0 AND c.agent_key <> '-' AND c.unit_class IS NOT NULL
         GROUP BY c.event, c.agent_key, c.recipient_key, c.unit_class ORDER BY n DESC, c.event, agent_name, c.unit_class LIMIT ?`,
      )
      .all(limit);
    return rows.map((r) => ({
      event: r.event,
      agent: { id: r.agent_id, name: r.agent_name },
      recipient: r.recipient_name == null ? null : { id: r.recipient_id, name: r.recipient_name },
      unit_class: r.unit_class,
      estimates: r.n,
    }));
  }

  async actorKeys(alias: string): Promise<string[]> {
    return this.st.actorKeys.all(alias).map((r) => r.key);
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string) => this.db.prepare(sql).pluck().get() as number;
    return {
      documents: n(`SELECT count(*) FROM documents WHERE latest = 1 AND deleted = 0`),
      versions: n(`SELECT count(*) FROM documents`),
      claims: n(`SELECT count(*) FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest = 1 WHERE c.rejected = 0`),
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
