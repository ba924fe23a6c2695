// The storage interface the ledger is written against: SQLite (sqlite.ts, the default) and
// PostgreSQL (postgres/) implement it, and test/store-contract.test.ts holds both to it. Every
// method that writes is one transaction (a savepoint inside batch()): after it commits its whole
// change is stored, and after a crash none of it is. Several processes may share one store (an
// ingest while `serve` answers; workers on many machines): the methods below say what each one
// guarantees when they do.
import type { Extraction } from '../format.js';
import type { ActorAlias, ClaimRow, LedgerClaim, LedgerEvent } from './model.js';

/** A document version ready to store: its extraction and what the ledger derived from it. */
export interface NewDocument {
  key: string;
  hash: string;
  extraction: Extraction;
  wire: string | null;
  signature: number[];
  claims: LedgerClaim[];
  actors: ActorAlias[];
  /** Which extractor produced it (format and version), for reindex decisions. */
  extractor: string;
}

export interface StoredDocument {
  rowid: number;
  key: string;
  version: number;
  hash: string;
  outlet: string | null;
  published: string | null;
}

/** What reindex needs to re-extract a stored document. */
export interface StoredText extends StoredDocument {
  text: string;
  url: string | null;
  title: string | null;
  language: string;
}

/** What a document is before it is extracted: what "unchanged" is decided on. */
export interface DocumentIdentity {
  key: string;
  /** textHash of its text. */
  hash: string;
  outlet: string | null;
  /** YYYY-MM-DD, normalised. */
  published: string | null;
}

export interface PutResult {
  /** unchanged: the store already held this text under this key, or (for a new key) from the same
   *  outlet and date; nothing was written and document/version name what it holds. */
  status: 'added' | 'updated' | 'unchanged';
  document: string;
  rowid: number;
  version: number;
}

/** What regrouping one bucket did: recomputed it, found it already clean (another process did
 *  it), or found it locked by another process that is regrouping it now. */
export type RegroupResult = 'done' | 'clean' | 'busy';

/** Grouping: the bucket's claims (latest document versions) → its events. Must not await. */
export type ComputeEvents = (claims: ClaimRow[]) => EventWrite[];

export interface DirtyBucket {
  bucket: string;
  gen: number;
}

export interface EventFilter {
  event?: string;
  agentKeys?: string[];
  recipientKeys?: string[];
  /** Events reported on or after this ISO date (their last report). */
  since?: string;
  /** Events reported on or before this ISO date (their first report). */
  until?: string;
  disagreement?: boolean;
}

export interface Page {
  limit?: number;
  offset?: number;
}

export interface Paged<T> {
  total: number;
  items: T[];
}

export interface MeasureQuery {
  event: string;
  agentKeys: string[];
  /** null: any recipient, including none. */
  recipientKeys: string[] | null;
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  kind: 'document' | 'claim';
  document: string;
  version: number;
  outlet: string | null;
  published: string | null;
  title: string | null;
  claim: string | null;
  snippet: SnippetPart[];
}

export interface StoreStats {
  documents: number;
  versions: number;
  claims: number;
  events: number;
  dirtyBuckets: number;
  bytes: number;
}

export interface EventWrite {
  event: LedgerEvent;
  claims: number[];
  nSources: number;
}

export interface Store {
  /** Where the data lives (a file path for SQLite). */
  readonly location: string;
  latestByKey(key: string): Promise<StoredDocument | null>;
  /** A latest version with this text hash from the same outlet and date (a copy of a stored file). */
  findSameText(hash: string, outlet: string | null, published: string | null): Promise<StoredDocument | null>;

  /**
   * Stores a new version of id.key (version 1 if new), supersedes the previous one, marks buckets
   * dirty — unless the store holds this text under this key already, or (for a new key) this text
   * from the same outlet and date under another key: then nothing is written ('unchanged').
   * Decided inside the transaction, under a lock on the key and the text hash, so two processes
   * storing one document store it once. make() is called only for a new or changed document, in
   * the transaction: extraction is skipped for what is stored already, and its failure rolls back.
   */
  putDocument(id: DocumentIdentity, make: () => NewDocument): Promise<PutResult>;
  /** Replaces the extraction of a stored version in place (reindex), marking old and new buckets dirty. */
  replaceExtraction(rowid: number, doc: NewDocument): Promise<void>;
  /**
   * Runs fn with the writes it makes inside one transaction, each write method a savepoint in it,
   * so a bulk load commits once per batch; a crash loses the uncommitted batch, never part of a
   * document. The caller keeps batches small (ingest: 64 documents or 100 ms).
   */
  batch<T>(fn: () => Promise<T>): Promise<T>;
  /** Latest versions with rowid > after, in rowid order. */
  documents(after: number, limit: number): Promise<StoredText[]>;
  getExtraction(key: string, version?: number): Promise<Extraction | null>;
  /** Claims of latest versions with rowid > after, in rowid order. */
  claims(after: number, limit: number): Promise<ClaimRow[]>;
  dirtyBuckets(): Promise<DirtyBucket[]>;
  markAllDirty(): Promise<number>;
  /**
   * Regroups one dirty bucket under a lock on it, in one transaction: reads its claims, computes
   * its events, replaces the stored ones, and clears its dirty mark unless a document stored in the
   * meantime changed it again. A bucket no longer dirty is 'clean'; one another process holds is
   * 'busy' (PostgreSQL; SQLite waits for its turn instead).
   */
  regroupBucket(bucket: string, compute: ComputeEvents): Promise<RegroupResult>;
  listEvents(filter: EventFilter, page: Page): Promise<Paged<LedgerEvent>>;
  /** By id, or by a unique prefix of one. */
  getEvent(id: string): Promise<LedgerEvent | null>;
  measureClaims(q: MeasureQuery): Promise<ClaimRow[]>;
  /** Full-text search; terms are words or phrases, all required. */
  searchDocuments(terms: string[], page: Page): Promise<Paged<SearchHit>>;
  searchClaims(terms: string[], page: Page): Promise<Paged<SearchHit>>;
  /** Actor keys known under this folded alias, most used first. */
  actorKeys(alias: string): Promise<string[]>;
  stats(): Promise<StoreStats>;
  integrityCheck(): Promise<string[]>;
  close(): Promise<void>;
}
