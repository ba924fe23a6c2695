// The Store on PostgreSQL (SPEC §2, scale-out): the same interface and results as SqliteStore, for
// many processes on many machines at once. Each write is a transaction (a savepoint inside
// batch()); putDocument locks the document's key and text hash, regroupBucket the bucket
// (pg_try_advisory_xact_lock: a bucket another process is regrouping is 'busy', not waited for);
// dirty marks and actor counts are written at commit in sorted order (tx.ts). Connecting and
// migrating happen on first use, so opening a store stays synchronous like SQLite's.
import type pg from 'pg';
import type { Extraction } from '../../format.js';
import { pack, snippetParts, unpack } from '../codec.js';
import { toClaimRow, type ClaimSqlRow } from '../claim-rows.js';
import { StoreError } from '../errors.js';
import type { ClaimRow, Correction, CorrectionKind, LedgerEvent, NewCorrection } from '../model.js';
import { encodeSketch } from '../sketch.js';
import type {
  ComputeEvents, CorrectionQuery, DirtyBucket, DocumentIdentity, EventFilter, EventWrite, Existing, MeasureQuery, MeasureRow, NewDocument, Page, Paged,
  PutDecision, PutResult, RegroupResult, SearchHit, Store, StoreStats, StoredDocument, StoredText,
} from '../store.js';
import { makePool, parsePgUrl, pgLib, type PgLocation } from './connection.js';
import { writeVersion } from './layers.js';
import { migrate } from './migrate.js';
import { PG_CLAIM_COLUMNS } from './rows.js';
import { searchClaims, searchDocuments } from './search.js';
import { TxRunner, type Tx } from './tx.js';

// advisory lock classes (the first key of pg_advisory_xact_lock(int, int))
const LOCK_KEY = 1;
const LOCK_CONTENT = 2;
const LOCK_BUCKET = 3;

const DOC = `rowid, key, version, hash, content_hash AS "contentHash", outlet, published, deleted`;

/** A string as an SQL literal (pg's own escaping: quotes doubled, E'' when it holds a backslash). */
const escapeLiteral = (s: string): string => pgLib().escapeLiteral(s);

interface CorrectionRow {
  id: number;
  kind: string;
  author: string;
  reason: string;
  created_at: string;
  data: string;
}

function correction(r: CorrectionRow): Correction {
  const data = JSON.parse(r.data) as Omit<NewCorrection, 'kind' | 'author' | 'reason'>;
  return { id: r.id, kind: r.kind as CorrectionKind, author: r.author, reason: r.reason, created_at: r.created_at, ...data };
}

/** A pg-boss connection (its `db` option) on the current transaction. */
export interface QueueDb {
  executeSql(text: string, values: unknown[]): Promise<{ rows: unknown[] }>;
}

export interface PostgresOptions {
  /** Connections in the pool (default 4). */
  poolSize?: number;
  /** Refuse to create the store: a command that only reads says there is none yet. */
  mustExist?: boolean;
}

export class PostgresStore implements Store {
  readonly location: string;
  readonly where: PgLocation;
  private pool: pg.Pool;
  private tx: TxRunner;
  private ready: Promise<void> | null = null;
  private closed = false;
  private mustExist: boolean;

  constructor(url: string, opts: PostgresOptions = {}) {
    this.mustExist = !!opts.mustExist;
    this.where = parsePgUrl(url);
    this.location = this.where.shown;
    this.pool = makePool(this.where, opts.poolSize ?? 4);
    this.tx = new TxRunner(this.pool);
  }

  /** Connects and migrates (once); every method waits for it. Call it to fail early. */
  open(): Promise<void> {
    this.ready ??= migrate(this.pool, this.where, this.mustExist).catch((e: unknown) => {
      this.ready = null;
      if (e instanceof StoreError) throw e;
      throw new StoreError(`cannot open the store at ${this.location}: ${(e as Error).message}`);
    });
    return this.ready;
  }

  private async q<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]> {
    await this.open();
    return (await this.tx.query<R>(text, values)).rows;
  }

  /** A read-only query over the store's tables, for lists the Store interface does not offer (the server's catalogue). */
  read<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<R[]> {
    return this.q<R>(text, values);
  }

  private async write<T>(fn: (tx: Tx, opened: pg.QueryResult[]) => Promise<T>, opening?: string): Promise<T> {
    await this.open();
    return this.tx.run(fn, true, opening);
  }

  /**
   * Runs fn in one transaction (run again from the start after a deadlock, so it must be safe to
   * repeat), handing it a pg-boss connection on that transaction: fetching jobs, storing their
   * documents and completing the jobs commit together or not at all. Returns what fn returned and
   * the buckets the transaction marked dirty, with their generation, for the caller to regroup.
   */
  async inTransaction<T>(fn: (db: QueueDb) => Promise<T>): Promise<{ value: T; marked: DirtyBucket[] }> {
    let last: Tx | undefined;
    const value = await this.write((tx) => {
      last = tx;
      return fn({ executeSql: (text, values) => tx.client.query(text, values) });
    });
    return { value, marked: last?.flushed ?? [] };
  }

  /**
   * Counts one more attempt at each of these queue jobs, committed at once on a connection of its
   * own (outside the current transaction, which may never commit); returns the counts.
   */
  async noteAttempts(jobs: string[]): Promise<Map<string, number>> {
    await this.open();
    const { rows } = await this.pool.query<{ job: string; n: number }>(
      `INSERT INTO job_attempts (job, n) SELECT unnest($1::uuid[]), 1
       ON CONFLICT (job) DO UPDATE SET n = job_attempts.n + 1, last_at = now() RETURNING job, n`,
      [jobs],
    );
    return new Map(rows.map((r) => [r.job, r.n]));
  }

  /** Forgets the attempts of jobs done (in the current transaction, which completes them). */
  async forgetAttempts(jobs: string[]): Promise<void> {
    if (jobs.length) await this.q(`DELETE FROM job_attempts WHERE job = ANY($1::uuid[])`, [jobs]);
  }

  async latestByKey(key: string): Promise<StoredDocument | null> {
    return (await this.q<StoredDocument>(`SELECT ${DOC} FROM documents WHERE key = $1 AND latest`, [key]))[0] ?? null;
  }


  /** The latest version under a key and the latest ones with a content hash: SQL with literals. */
  private existingSql(id: DocumentIdentity): string {
    return `SELECT 'key' AS by, ${DOC} FROM documents WHERE key = ${escapeLiteral(id.key)} AND latest
      UNION ALL (SELECT 'content', ${DOC} FROM documents WHERE content_hash = ${escapeLiteral(id.contentHash)} AND latest ORDER BY rowid)`;
  }

  async findSameContent(contentHash: string): Promise<StoredDocument[]> {
    return this.q<StoredDocument>(`SELECT ${DOC} FROM documents WHERE content_hash = $1 AND latest ORDER BY rowid`, [contentHash]);
  }

  /** Takes a version out of the ledger: its buckets marked dirty (its text leaves the index with latest). */
  private async retire(tx: Tx, rowid: number): Promise<void> {
    const { rows } = await tx.client.query<{ bucket: string }>(`SELECT DISTINCT bucket FROM claims WHERE doc = $1`, [rowid]);
    for (const r of rows) tx.marks.add(r.bucket);
  }

  async putDocument(id: DocumentIdentity, decide: (found: Existing) => PutDecision): Promise<PutResult> {
    // another process storing the same key or content waits at these locks until this transaction
    // ends; the read after them sees what it committed (one round trip with BEGIN or SAVEPOINT)
    const locks = `SELECT pg_advisory_xact_lock(${LOCK_KEY}, hashtext(${escapeLiteral(id.key)})), pg_advisory_xact_lock(${LOCK_CONTENT}, hashtext(${escapeLiteral(id.contentHash)}))`;
    return this.write(async (tx, opened) => {
      const rows = (opened[1]?.rows ?? []) as (StoredDocument & { by: 'key' | 'content' })[];
      const strip = ({ by: _, ...d }: StoredDocument & { by: string }): StoredDocument => d;
      const byKey = rows.find((r) => r.by === 'key');
      const decision = decide({ byKey: byKey ? strip(byKey) : null, sameContent: rows.filter((r) => r.by === 'content').map(strip) });
      if ('unchanged' in decision) {
        const u = decision.unchanged;
        return { status: 'unchanged', document: u.key, rowid: u.rowid, version: u.version };
      }
      const doc = decision.store;
      const stored = pack({ ...doc.extraction, document: { ...doc.extraction.document, text: '' } });
      if (byKey) {
        await this.retire(tx, byKey.rowid);
        await tx.client.query(`UPDATE documents SET latest = false WHERE rowid = $1`, [byKey.rowid]);
      }
      const version = byKey ? byKey.version + 1 : 1;
      const rowid = await writeVersion(tx, doc, { row: { key: doc.key, version, hash: doc.hash, signature: encodeSketch(doc.signature), extraction: stored } });
      return { status: byKey ? 'updated' : 'added', document: doc.key, rowid, version };
    }, `${locks}; ${this.existingSql(id)}`);
  }

  async replaceExtraction(rowid: number, doc: NewDocument): Promise<void> {
    const d = doc.extraction.document;
    const stored = pack({ ...doc.extraction, document: { ...d, text: '' } });
    await this.write(async (tx) => {
      await this.retire(tx, rowid);
      for (const t of ['claims', 'mentions', 'entities']) await tx.client.query(`DELETE FROM ${t} WHERE doc = $1`, [rowid]);
      // a deleted document leaves search with its flag (the index and the queries read it)
      await tx.client.query(`UPDATE documents SET wire = $1, signature = $2, extraction = $3, extractor = $4, content_hash = $5, deleted = $6 WHERE rowid = $7`, [
        doc.wire, encodeSketch(doc.signature), stored, doc.extractor, doc.contentHash, doc.deleted, rowid,
      ]);
      await writeVersion(tx, doc, { rowid });
    });
  }

  async batch<T>(fn: () => Promise<T>): Promise<T> {
    await this.open();
    if (this.tx.current()) return fn();
    // the caller's loop cannot be run twice: no retry for the batch, each write retries in its savepoint
    return this.tx.run(() => fn(), false);
  }

  async documents(after: number, limit: number): Promise<StoredText[]> {
    return this.q<StoredText>(
      `SELECT ${DOC}, text, url, title, language FROM documents WHERE latest AND rowid > $1 ORDER BY rowid LIMIT $2`,
      [after, limit],
    );
  }

  async getExtraction(key: string, version?: number): Promise<Extraction | null> {
    const rows =
      version == null
        ? await this.q<{ extraction: Buffer; text: string }>(`SELECT extraction, text FROM documents WHERE key = $1 AND latest`, [key])
        : await this.q<{ extraction: Buffer; text: string }>(`SELECT extraction, text FROM documents WHERE key = $1 AND version = $2`, [key, version]);
    if (!rows[0]) return null;
    const x = unpack<Extraction>(rows[0].extraction);
    x.document.text = rows[0].text;
    return x;
  }

  async claims(after: number, limit: number): Promise<ClaimRow[]> {
    const rows = await this.q<ClaimSqlRow>(
      `SELECT ${PG_CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.rowid = c.doc WHERE d.latest AND c.rowid > $1 ORDER BY c.rowid LIMIT $2`,
      [after, limit],
    );
    return rows.map(toClaimRow);
  }

  async dirtyBuckets(): Promise<DirtyBucket[]> {
    return this.q<DirtyBucket>(`SELECT bucket, gen FROM dirty_buckets ORDER BY bucket`);
  }

  async markAllDirty(): Promise<number> {
    return this.write(async (tx) => {
      await tx.client.query(
        `INSERT INTO dirty_buckets (bucket, gen)
         SELECT b, nextval('dirty_gen') FROM (SELECT DISTINCT c.bucket AS b FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest
                                              UNION SELECT bucket FROM events ORDER BY 1) s
         ON CONFLICT (bucket) DO UPDATE SET gen = excluded.gen`,
      );
      return (await tx.client.query<{ n: number }>(`SELECT count(*) AS n FROM dirty_buckets`)).rows[0].n;
    });
  }

  async regroupBucket(bucket: string, compute: ComputeEvents): Promise<RegroupResult> {
    // the lock and the mark in the round trip of BEGIN; then read, delete, write and clear: 5 in all
    const b = escapeLiteral(bucket);
    const opening = `SELECT pg_try_advisory_xact_lock(${LOCK_BUCKET}, hashtext(${b})) AS ok; SELECT gen FROM dirty_buckets WHERE bucket = ${b}`;
    return this.write(async (tx, [lock, mark]): Promise<RegroupResult> => {
      if (!lock.rows[0].ok) return 'busy';
      if (!mark.rows.length) return 'clean';
      const claims = await tx.client.query<ClaimSqlRow>(
        `SELECT ${PG_CLAIM_COLUMNS}, d.signature AS d_signature FROM claims c JOIN documents d ON d.rowid = c.doc WHERE c.bucket = $1 AND d.latest`,
        [bucket],
      );
      const events = compute(claims.rows.map(toClaimRow));
      await tx.client.query(
        `WITH m AS (DELETE FROM event_members WHERE event IN (SELECT id FROM events WHERE bucket = $1)) DELETE FROM events WHERE bucket = $1`,
        [bucket],
      );
      await writeEvents(tx, bucket, events, (mark.rows[0] as { gen: number }).gen);
      return 'done';
    }, opening);
  }

  async listEvents(filter: EventFilter, page: Page): Promise<Paged<LedgerEvent>> {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      args.push(v);
      where.push(sql.replace('?', `$${args.length}`));
    };
    if (filter.event) add('event = ?', filter.event);
    if (filter.agentKeys) add('agent_key = ANY(?)', filter.agentKeys);
    if (filter.recipientKeys) add('recipient_key = ANY(?)', filter.recipientKeys);
    if (filter.since) add('last_reported >= ?', filter.since);
    if (filter.until) add('first_reported <= ?', filter.until);
    if (filter.disagreement != null) add('disagreement = ?', filter.disagreement);
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ n }] = await this.q<{ n: number }>(`SELECT count(*) AS n FROM events ${w}`, args);
    const n0 = args.length;
    const rows = await this.q<{ summary: Buffer }>(
      `SELECT summary FROM events ${w} ORDER BY first_reported DESC NULLS LAST, id DESC LIMIT $${n0 + 1} OFFSET $${n0 + 2}`,
      [...args, page.limit ?? null, page.offset ?? 0],
    );
    return { total: n, items: rows.map((r) => unpack<LedgerEvent>(r.summary)) };
  }

  async getEvent(id: string): Promise<LedgerEvent | null> {
    let rows = await this.q<{ summary: Buffer }>(`SELECT summary FROM events WHERE id = $1`, [id]);
    if (!rows.length && id.length >= 4) {
      rows = await this.q<{ summary: Buffer }>(`SELECT summary FROM events WHERE id >= $1 AND id < $2 ORDER BY id LIMIT 2`, [id, id + '\uffff']);
      if (rows.length !== 1) return null;
    }
    return rows[0] ? unpack<LedgerEvent>(rows[0].summary) : null;
  }

  async measureClaims(q: MeasureQuery): Promise<ClaimRow[]> {
    if (!q.agentKeys.length || (q.recipientKeys && !q.recipientKeys.length)) return [];
    const recipient = q.recipientKeys ? `AND c.recipient_key = ANY($3)` : '';
    const rows = await this.q<ClaimSqlRow>(
      `SELECT ${PG_CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.rowid = c.doc
       WHERE c.event = $1 AND c.agent_key = ANY($2) ${recipient} AND d.latest AND c.rejected = 0`,
      q.recipientKeys ? [q.event, q.agentKeys, q.recipientKeys] : [q.event, q.agentKeys],
    );
    return rows.map(toClaimRow);
  }

  async searchDocuments(terms: string[], page: Page): Promise<Paged<SearchHit>> {
    await this.open();
    return searchDocuments((text, values) => this.tx.query(text, values), terms, page);
  }

  async searchClaims(terms: string[], page: Page): Promise<Paged<SearchHit>> {
    await this.open();
    return searchClaims((text, values) => this.tx.query(text, values), terms, page);
  }

  async claimEvents(document: string, claims: string[]): Promise<{ claim: string; event: string }[]> {
    if (!claims.length) return [];
    return this.q<{ claim: string; event: string }>(
      `SELECT c.claim_id AS claim, m.event FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest
       JOIN event_members m ON m.claim = c.rowid WHERE d.key = $1 AND c.claim_id = ANY($2) ORDER BY c.ordinal`,
      [document, claims],
    );
  }

  async measures(limit: number): Promise<MeasureRow[]> {
    const rows = await this.q<{ event: MeasureRow['event']; agent_id: string | null; agent_name: string; recipient_id: string | null; recipient_name: string | null; unit_class: string; n: number }>(
      `SELECT c.event, max(c.agent_id) AS agent_id, max(c.agent_name) AS agent_name, max(c.recipient_id) AS recipient_id,
         max(c.recipient_name) AS recipient_name, c.unit_class, count(*) AS n
       FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest
       WHERE c.q_min IS NOT NULL AND c.polarity = 'positive' AND c.rejected = 0 AND c.agent_key <> '-' AND c.unit_class IS NOT NULL
       GROUP BY c.event, c.agent_key, c.recipient_key, c.unit_class
       ORDER BY n DESC, c.event, max(c.agent_name) COLLATE "C", c.unit_class COLLATE "C" LIMIT $1`,
      [limit],
    );
    return rows.map((r) => ({
      event: r.event,
      agent: { id: r.agent_id, name: r.agent_name },
      recipient: r.recipient_name == null ? null : { id: r.recipient_id, name: r.recipient_name },
      unit_class: r.unit_class,
      estimates: r.n,
    }));
  }

  async addCorrection(c: NewCorrection): Promise<Correction> {
    const { kind, author, reason, ...data } = c;
    const created = new Date().toISOString();
    return this.write(async (tx) => {
      const { rows } = await tx.client.query<{ id: number }>(
        `WITH c AS (INSERT INTO corrections (kind, author, reason, created_at, data) VALUES ($1, $2, $3, $4, $5) RETURNING id),
         d AS (INSERT INTO correction_documents (document, correction) SELECT DISTINCT u, c.id FROM c, unnest($6::text[]) u ON CONFLICT DO NOTHING)
         SELECT id FROM c`,
        [kind, author, reason, created, JSON.stringify(data), c.documents],
      );
      return { ...c, id: rows[0].id, created_at: created };
    });
  }

  async corrections(q: CorrectionQuery = {}): Promise<Correction[]> {
    const cols = `c.id, c.kind, c.author, c.reason, c.created_at, c.data`;
    let rows: CorrectionRow[];
    if (q.document != null) {
      rows = await this.q<CorrectionRow>(
        `SELECT ${cols} FROM corrections c JOIN correction_documents d ON d.correction = c.id WHERE d.document = $1 ORDER BY c.id`,
        [q.document],
      );
    } else if (q.ids) {
      if (!q.ids.length) return [];
      rows = await this.q<CorrectionRow>(`SELECT ${cols} FROM corrections c WHERE c.id = ANY($1::bigint[]) ORDER BY c.id`, [q.ids]);
    } else rows = await this.q<CorrectionRow>(`SELECT ${cols} FROM corrections c ORDER BY c.id`);
    return rows.map(correction);
  }

  async actorKeys(alias: string): Promise<string[]> {
    return (await this.q<{ key: string }>(`SELECT key FROM actors WHERE alias = $1 ORDER BY n DESC, key`, [alias])).map((r) => r.key);
  }

  async stats(): Promise<StoreStats> {
    const [r] = await this.q<StoreStats>(
      `SELECT (SELECT count(*) FROM documents WHERE latest AND NOT deleted) AS documents,
              (SELECT count(*) FROM documents) AS versions,
              (SELECT count(*) FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest WHERE c.rejected = 0) AS claims,
              (SELECT count(*) FROM events) AS events,
              (SELECT count(*) FROM dirty_buckets) AS "dirtyBuckets",
              (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE n.nspname = $1 AND c.relkind IN ('r', 'S'))::bigint AS bytes`,
      [this.where.schema],
    );
    return r;
  }

  async integrityCheck(): Promise<string[]> {
    const problems: string[] = [];
    const n = async (sql: string) => (await this.q<{ n: number }>(sql))[0].n;
    const orphanKeys = await n(`SELECT count(*) AS n FROM (SELECT key FROM documents GROUP BY key HAVING NOT bool_or(latest)) k`);
    if (orphanKeys) problems.push(`${orphanKeys} document keys have no latest version`);
    const stale = await n(`SELECT count(*) AS n FROM event_members m LEFT JOIN claims c ON c.rowid = m.claim
                           LEFT JOIN events e ON e.id = m.event WHERE (c.rowid IS NULL OR e.id IS NULL)
                           AND (e.bucket IS NULL OR e.bucket NOT IN (SELECT bucket FROM dirty_buckets))`);
    if (stale) problems.push(`${stale} event members point at a missing claim or event in a bucket not marked for regrouping`);
    return problems.length ? problems : ['ok'];
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** A bucket's new events and their members, and its dirty mark cleared unless a writer marked it since. */
async function writeEvents(tx: Tx, bucket: string, events: EventWrite[], gen: number): Promise<void> {
  const [ev, agentKey, recipientKey] = bucket.split('|');
  const members = events.flatMap((e) => e.claims.map((c) => [e.event.id, c] as const));
  await tx.client.query(
    `WITH e AS (
       INSERT INTO events (id, bucket, position, event, agent_key, recipient_key, first_reported, last_reported, n_reports, n_sources, disagreement, summary)
       SELECT id, $1, position - 1, $2, $3, $4, f, l, nr, ns, dis, s
       FROM unnest($5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::bool[], $11::bytea[]) WITH ORDINALITY AS t (id, f, l, nr, ns, dis, s, position)),
     m AS (INSERT INTO event_members (event, claim) SELECT * FROM unnest($12::text[], $13::bigint[]) ON CONFLICT DO NOTHING)
     DELETE FROM dirty_buckets WHERE bucket = $1 AND gen = $14`,
    [
      bucket, ev, agentKey, recipientKey,
      events.map((e) => e.event.id), events.map((e) => e.event.first_reported), events.map((e) => e.event.last_reported),
      events.map((e) => e.event.n_reports), events.map((e) => e.nSources), events.map((e) => e.event.disagreement), events.map((e) => pack(e.event)),
      members.map((m) => m[0]), members.map((m) => m[1]), gen,
    ],
  );
}
