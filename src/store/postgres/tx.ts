// Transactions on the PostgreSQL store. A transaction is bound to the async context that opened it
// (AsyncLocalStorage): every store method called inside batch() or inTransaction() runs on the same
// connection, as a savepoint, without being handed it. What many writers share — dirty marks and
// the actor counters — is collected during the transaction and written at its end in sorted order,
// so two transactions never take those row locks in opposite orders; a deadlock or serialisation
// failure that still happens (two batches locking the same two keys) runs the transaction again.
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import type { ActorAlias } from '../model.js';
import { isRetryable } from './connection.js';

export interface Tx {
  client: pg.PoolClient;
  /** Buckets to mark dirty at commit. */
  marks: Set<string>;
  /** Actor aliases seen, and how many times, to count at commit. */
  actors: Map<string, { a: ActorAlias; n: number }>;
  savepoints: number;
  /** After commit: the buckets it marked and their generation. */
  flushed?: { bucket: string; gen: number }[];
}

const RETRIES = 6;

export class TxRunner {
  private als = new AsyncLocalStorage<Tx>();

  constructor(private pool: pg.Pool) {}

  current(): Tx | undefined {
    return this.als.getStore();
  }

  /** A query on the current transaction's connection, else on any pooled one. */
  query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>> {
    const tx = this.current();
    return tx ? tx.client.query<R>(text, values) : this.pool.query<R>(text, values);
  }

  /**
   * Runs fn in a transaction: a savepoint of the current one if there is one, else a new one that
   * is run again (retryable = true: fn must then be safe to repeat) after a deadlock. `opening`,
   * statements without parameters (literals escaped with pg's escapeLiteral), is sent in the same
   * round trip as BEGIN or SAVEPOINT and its results handed to fn: a document's locks and checks
   * cost no round trip of their own (each statement still reads what was committed before it).
   */
  async run<T>(fn: (tx: Tx, opened: pg.QueryResult[]) => Promise<T>, retryable = true, opening?: string): Promise<T> {
    const cur = this.current();
    if (cur) return this.savepoint(cur, fn, retryable, opening);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(fn, opening);
      } catch (e) {
        if (!retryable || !isRetryable(e) || attempt >= RETRIES) throw e;
        await sleep(attempt);
      }
    }
  }

  private async once<T>(fn: (tx: Tx, opened: pg.QueryResult[]) => Promise<T>, opening?: string): Promise<T> {
    const client = await this.pool.connect();
    const tx: Tx = { client, marks: new Set(), actors: new Map(), savepoints: 0 };
    let broken = false;
    try {
      const opened = results(await client.query(opening ? `BEGIN; ${opening}` : 'BEGIN'));
      const result = await this.als.run(tx, () => fn(tx, opened));
      await flushShared(tx);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true;
      }
      throw e;
    } finally {
      client.release(broken);
    }
  }

  // A savepoint is never released: RELEASE would cost a round trip and frees nothing that commit
  // does not (names are unique within the transaction).
  private async savepoint<T>(tx: Tx, fn: (tx: Tx, opened: pg.QueryResult[]) => Promise<T>, retryable: boolean, opening?: string): Promise<T> {
    const name = `sp${++tx.savepoints}`;
    for (let attempt = 1; ; attempt++) {
      const marks = new Set(tx.marks);
      const actors = new Map([...tx.actors].map(([k, v]) => [k, { ...v }]));
      try {
        const opened = results(await tx.client.query(opening ? `SAVEPOINT ${name}; ${opening}` : `SAVEPOINT ${name}`));
        return await fn(tx, opened);
      } catch (e) {
        await tx.client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        tx.marks = marks;
        tx.actors = actors;
        if (!retryable || !isRetryable(e) || attempt >= 3) throw e;
        await sleep(attempt);
      }
    }
  }
}

/** The results of the statements after BEGIN or SAVEPOINT (pg gives an array for several). */
function results(r: pg.QueryResult | pg.QueryResult[]): pg.QueryResult[] {
  return Array.isArray(r) ? r.slice(1) : [];
}

function sleep(attempt: number): Promise<void> {
  return new Promise((r) => setTimeout(r, 5 * 2 ** attempt + Math.random() * 20));
}

/** Marks and counters of the transaction, each table in sorted order, with one generation for all
 *  its marks, in one statement. */
async function flushShared(tx: Tx): Promise<void> {
  if (!tx.marks.size && !tx.actors.size) return;
  const buckets = [...tx.marks].sort();
  const actors = [...tx.actors.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
  const { rows } = await tx.client.query<{ gen: number }>(
    `WITH g AS (SELECT nextval('dirty_gen') AS gen),
     d AS (INSERT INTO dirty_buckets (bucket, gen) SELECT b, g.gen FROM g, unnest($1::text[]) WITH ORDINALITY AS t (b, o)
           ORDER BY o ON CONFLICT (bucket) DO UPDATE SET gen = excluded.gen),
     a AS (INSERT INTO actors (alias, key, name, n) SELECT alias, key, name, n
           FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) WITH ORDINALITY AS t (alias, key, name, n, o)
           ORDER BY o ON CONFLICT (alias, key) DO UPDATE SET n = actors.n + excluded.n)
     SELECT gen FROM g`,
    [buckets, actors.map((r) => r.a.alias), actors.map((r) => r.a.key), actors.map((r) => r.a.name), actors.map((r) => r.n)],
  );
  tx.flushed = buckets.map((bucket) => ({ bucket, gen: rows[0].gen }));
}
