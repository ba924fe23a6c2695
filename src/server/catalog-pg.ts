// The API's lists on a PostgreSQL store (catalog.ts has the SQLite ones): the same filters, order
// and fields, read through the store's pool.
import { queryTerms } from '../ledger/query.js';
import { toClaimRow, type ClaimSqlRow } from '../store/claim-rows.js';
import { PG_CLAIM_COLUMNS } from '../store/postgres/rows.js';
import type { PostgresStore } from '../store/postgres/store.js';
import { claimHit, upTo, type Catalog, type ClaimFilter, type ClaimHit, type DocumentFilter, type DocumentRow, type Page } from './catalog.js';

/** WHERE clauses with $n placeholders numbered as they are added. */
class Where {
  readonly args: unknown[] = [];
  private parts: string[] = [];
  add(sql: string, ...values: unknown[]): this {
    let i = 0;
    this.parts.push(sql.replace(/\?/g, () => `$${this.args.length + ++i}`));
    this.args.push(...values);
    return this;
  }
  get sql(): string {
    return this.parts.join(' AND ');
  }
  next(): string {
    return `$${this.args.length + 1}`;
  }
}

export class PgCatalog implements Catalog {
  constructor(private store: PostgresStore) {}

  async documents(f: DocumentFilter, page: Page): Promise<{ total: number; items: DocumentRow[] }> {
    const w = new Where().add('d.latest AND NOT d.deleted');
    const terms = f.q ? queryTerms(f.q) : [];
    if (terms.length) w.add(`d.tsv @@ (${terms.map(() => `phraseto_tsquery('dossier', ?)`).join(' && ')})`, ...terms);
    if (f.outlet) w.add('d.outlet = ?', f.outlet);
    if (f.entity) w.add('d.rowid IN (SELECT doc FROM entities WHERE entity_id = ?)', f.entity);
    if (f.since) w.add('d.published >= ?', f.since);
    if (f.until) w.add('d.published <= ?', upTo(f.until));
    const [{ n }] = await this.store.read<{ n: number }>(`SELECT count(*) AS n FROM documents d WHERE ${w.sql}`, w.args);
    const limit = w.next();
    const items = await this.store.read<DocumentRow>(
      `SELECT d.key AS id, d.version, d.title, d.outlet, d.published, d.url, (SELECT count(*) FROM claims c WHERE c.doc = d.rowid)::int AS claims
       FROM documents d WHERE ${w.sql} ORDER BY d.published IS NULL, d.published DESC, d.key LIMIT ${limit} OFFSET $${w.args.length + 2}`,
      [...w.args, page.limit, page.offset],
    );
    return { total: n, items };
  }

  async entityReports(ids: string[]): Promise<Record<string, number>> {
    if (!ids.length) return {};
    const rows = await this.store.read<{ id: string; n: number }>(
      `SELECT e.entity_id AS id, count(*) AS n FROM entities e JOIN documents d ON d.rowid = e.doc AND d.latest AND NOT d.deleted
       WHERE e.entity_id = ANY($1) GROUP BY e.entity_id`,
      [ids],
    );
    return Object.fromEntries(rows.map((r) => [r.id, r.n]));
  }

  async latestVersion(key: string): Promise<number | null> {
    return (await this.store.read<{ version: number }>(`SELECT version FROM documents WHERE key = $1 AND latest`, [key]))[0]?.version ?? null;
  }

  async claims(f: ClaimFilter, page: Page): Promise<{ total: number; items: ClaimHit[] }> {
    const w = new Where().add('d.latest AND c.rejected = 0');
    if (f.agentKeys) w.add('c.agent_key = ANY(?)', f.agentKeys);
    if (f.recipientKeys) w.add('c.recipient_key = ANY(?)', f.recipientKeys);
    for (const k of ['event', 'certainty', 'polarity', 'status'] as const) if (f[k]) w.add(`c.${k} = ?`, f[k]);
    if (f.document) w.add('d.key = ?', f.document);
    if (f.since) w.add('d.published >= ?', f.since);
    if (f.until) w.add('d.published <= ?', upTo(f.until));
    const from = `FROM claims c JOIN documents d ON d.rowid = c.doc WHERE ${w.sql}`;
    const [{ n }] = await this.store.read<{ n: number }>(`SELECT count(*) AS n ${from}`, w.args);
    const rows = await this.store.read<ClaimSqlRow>(
      `SELECT ${PG_CLAIM_COLUMNS} ${from} ORDER BY d.published IS NULL, d.published DESC, d.key, c.ordinal LIMIT ${w.next()} OFFSET $${w.args.length + 2}`,
      [...w.args, page.limit, page.offset],
    );
    return { total: n, items: rows.map(toClaimRow).map(claimHit) };
  }

  /** The store is the caller's to close. */
  async close(): Promise<void> {}
}
