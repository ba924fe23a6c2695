// Lists the ledger's Store interface does not offer (documents with filters, claims by field,
// entity counts), as SQL over the store's tables. On SQLite (here) through a second,
// read-only connection to the same file: WAL lets it read while the store writes, and it can
// never change the data; on PostgreSQL (catalog-pg.ts) through the store's own pool.
import Database from 'better-sqlite3';
import { CLAIM_COLUMNS, toClaimRow, type ClaimSqlRow } from '../store/claim-rows.js';
import { queryTerms } from '../ledger/query.js';
import type { ClaimOut } from '../format.js';
import type { ClaimRow } from '../store/model.js';

export interface DocumentFilter {
  q?: string;
  outlet?: string;
  entity?: string;
  since?: string;
  until?: string;
}

export interface ClaimFilter {
  agentKeys?: string[];
  recipientKeys?: string[];
  event?: string;
  certainty?: string;
  polarity?: string;
  status?: string;
  document?: string;
  since?: string;
  until?: string;
}

export interface DocumentRow {
  id: string;
  version: number;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
  claims: number;
}

export interface ClaimHit {
  document: string;
  version: number;
  outlet: string | null;
  published: string | null;
  title: string | null;
  claim: ClaimOut;
}

export interface Page {
  limit: number;
  offset: number;
}

type Clause = [sql: string, args: unknown[]];

export function claimHit(r: ClaimRow): ClaimHit {
  return {
    document: r.doc.key,
    version: r.doc.version,
    outlet: r.doc.outlet,
    published: r.doc.published,
    title: r.doc.title,
    claim: {
      id: r.claimId,
      evidence: r.evidence,
      event: r.event,
      trigger: r.trigger,
      agent: r.agent,
      recipient: r.recipient,
      location: r.location,
      theme: r.theme,
      quantity: r.quantity,
      time: r.time,
      sources: r.sources,
      certainty: r.certainty,
      polarity: r.polarity,
      status: r.status,
      rules: r.rules,
    },
  };
}

// an "until" of 2025-06 or 2025 must take the whole month or year: compare against its last day
export const upTo = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

function where(clauses: (Clause | null)[]): Clause {
  const kept = clauses.filter((c): c is Clause => c !== null);
  return [kept.map((c) => c[0]).join(' AND '), kept.flatMap((c) => c[1])];
}

const inList = (col: string, keys: string[]): Clause => [`${col} IN (${keys.map(() => '?').join(', ')})`, keys];

/** What the API's lists read. */
export interface Catalog {
  documents(f: DocumentFilter, page: Page): Promise<{ total: number; items: DocumentRow[] }>;
  /** How many stored documents (latest versions) mention each of these entities. */
  entityReports(ids: string[]): Promise<Record<string, number>>;
  latestVersion(key: string): Promise<number | null>;
  claims(f: ClaimFilter, page: Page): Promise<{ total: number; items: ClaimHit[] }>;
  close(): Promise<void>;
}

export class SqliteCatalog implements Catalog {
  private db: Database;

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
  }

  async documents(f: DocumentFilter, page: Page): Promise<{ total: number; items: DocumentRow[] }> {
    const terms = f.q ? queryTerms(f.q) : [];
    const [w, args] = where([
      ['d.latest = 1 AND d.deleted = 0', []],
      terms.length ? ['d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)', [terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' ')]] : null,
      f.outlet ? ['d.outlet = ?', [f.outlet]] : null,
      f.entity ? ['d.rowid IN (SELECT doc FROM entities WHERE entity_id = ?)', [f.entity]] : null,
      f.since ? ['d.published >= ?', [f.since]] : null,
      f.until ? ['d.published <= ?', [upTo(f.until)]] : null,
    ]);
    const total = this.db.prepare(`SELECT count(*) FROM documents d WHERE ${w}`).pluck().get(...args) as number;
    const items = this.db
      .prepare<DocumentRow>(
        `SELECT d.key AS id, d.version, d.title, d.outlet, d.published, d.url, (SELECT count(*) FROM claims c WHERE c.doc = d.rowid) AS claims
         FROM documents d WHERE ${w} ORDER BY d.published IS NULL, d.published DESC, d.key LIMIT ? OFFSET ?`,
      )
      .all(...args, page.limit, page.offset);
    return { total, items };
  }

  async entityReports(ids: string[]): Promise<Record<string, number>> {
    if (!ids.length) return {};
    const rows = this.db
      .prepare<{ id: string; n: number }>(
        `SELECT e.entity_id AS id, count(*) AS n FROM entities e JOIN documents d ON d.rowid = e.doc AND d.latest = 1 AND d.deleted = 0
         WHERE e.entity_id IN (${ids.map(() => '?').join(', ')}) GROUP BY e.entity_id`,
      )
      .all(...ids);
    return Object.fromEntries(rows.map((r) => [r.id, r.n]));
  }

  async latestVersion(key: string): Promise<number | null> {
    return (this.db.prepare(`SELECT version FROM documents WHERE key = ? AND latest = 1`).pluck().get(key) as number | undefined) ?? null;
  }

  async claims(f: ClaimFilter, page: Page): Promise<{ total: number; items: ClaimHit[] }> {
    const [w, args] = where([
      ['d.latest = 1 AND c.rejected = 0', []],
      f.agentKeys ? inList('c.agent_key', f.agentKeys) : null,
      f.recipientKeys ? inList('c.recipient_key', f.recipientKeys) : null,
      f.event ? ['c.event = ?', [f.event]] : null,
      f.certainty ? ['c.certainty = ?', [f.certainty]] : null,
      f.polarity ? ['c.polarity = ?', [f.polarity]] : null,
      f.status ? ['c.status = ?', [f.status]] : null,
      f.document ? ['d.key = ?', [f.document]] : null,
      f.since ? ['d.published >= ?', [f.since]] : null,
      f.until ? ['d.published <= ?', [upTo(f.until)]] : null,
    ]);
    const from = `FROM claims c JOIN documents d ON d.rowid = c.doc WHERE ${w}`;
    const total = this.db.prepare(`SELECT count(*) ${from}`).pluck().get(...args) as number;
    const rows = this.db
      .prepare<ClaimSqlRow>(`SELECT ${CLAIM_COLUMNS} ${from} ORDER BY d.published IS NULL, d.published DESC, d.key, c.ordinal LIMIT ? OFFSET ?`)
      .all(...args, page.limit, page.offset);
    return { total, items: rows.map(toClaimRow).map(claimHit) };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
