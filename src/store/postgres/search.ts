// Full-text search on PostgreSQL: every term a phrase (phraseto_tsquery), all required, over the
// latest documents not deleted (title and text) and their claims (evidence and theme), with
// the text search configuration "dossier" (unaccent + English stems). Ranking and snippets are
// PostgreSQL's (ts_rank_cd, ts_headline); which documents match is what SQLite's FTS5 finds.
import type pg from 'pg';
import { HIT_END, HIT_START, snippetParts } from '../codec.js';
import type { Page, Paged, SearchHit } from '../store.js';

type Query = <R extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;

/** The tsquery of terms $1…$n (all required), and its parameters. */
function tsquery(terms: string[]): string {
  return terms.map((_, i) => `phraseto_tsquery('dossier', $${i + 1})`).join(' && ');
}

const headline = (words: number) => `StartSel="${HIT_START}", StopSel="${HIT_END}", MaxWords=${words}, MinWords=${Math.round(words / 3)}, MaxFragments=1, FragmentDelimiter=" … "`;

interface HitRow {
  key: string;
  version: number;
  outlet: string | null;
  published: string | null;
  title: string | null;
  claim_id?: string;
  snip: string;
}

function hit(kind: 'document' | 'claim', r: HitRow): SearchHit {
  return {
    kind,
    document: r.key,
    version: r.version,
    outlet: r.outlet,
    published: r.published,
    title: r.title,
    claim: kind === 'claim' ? r.claim_id! : null,
    snippet: snippetParts(r.snip),
  };
}

export async function searchDocuments(query: Query, terms: string[], page: Page): Promise<Paged<SearchHit>> {
  if (!terms.length) return { total: 0, items: [] };
  const n = terms.length;
  const from = `FROM documents d, (SELECT ${tsquery(terms)} AS q) s WHERE d.latest AND NOT d.deleted AND d.tsv @@ s.q`;
  const total = (await query<{ n: number }>(`SELECT count(*) AS n ${from}`, terms)).rows[0].n;
  const rows = await query<HitRow>(
    `SELECT d.key, d.version, d.outlet, d.published, d.title, ts_headline('dossier', d.text, s.q, $${n + 1}) AS snip
     ${from} ORDER BY ts_rank_cd(d.tsv, s.q) DESC, d.rowid LIMIT $${n + 2} OFFSET $${n + 3}`,
    [...terms, headline(24), page.limit ?? 20, page.offset ?? 0],
  );
  return { total, items: rows.rows.map((r) => hit('document', r)) };
}

export async function searchClaims(query: Query, terms: string[], page: Page): Promise<Paged<SearchHit>> {
  if (!terms.length) return { total: 0, items: [] };
  const n = terms.length;
  const from = `FROM claims c JOIN documents d ON d.rowid = c.doc AND d.latest AND NOT d.deleted, (SELECT ${tsquery(terms)} AS q) s WHERE c.tsv @@ s.q`;
  const total = (await query<{ n: number }>(`SELECT count(*) AS n ${from}`, terms)).rows[0].n;
  const rows = await query<HitRow>(
    `SELECT d.key, d.version, d.outlet, d.published, d.title, c.claim_id, ts_headline('dossier', c.ev_text || ' ' || coalesce(c.theme, ''), s.q, $${n + 1}) AS snip
     ${from} ORDER BY ts_rank_cd(c.tsv, s.q) DESC, c.rowid LIMIT $${n + 2} OFFSET $${n + 3}`,
    [...terms, headline(32), page.limit ?? 20, page.offset ?? 0],
  );
  return { total, items: rows.rows.map((r) => hit('claim', r)) };
}
