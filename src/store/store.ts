// The storage interface the ledger is written against: SQLite (sqlite.ts, the default) and
// PostgreSQL (postgres/) implement it, and test/store-contract.test.ts holds both to it. Every
// method that writes is one transaction (a savepoint inside batch()): after it commits its whole
// change is stored, and after a crash none of it is. Several processes may share one store (an
// ingest while `serve` answers; workers on many machines): the methods below say what each one
// guarantees when they do.
import type { EventType, Extraction } from '../format.js';
import type { ActorAlias, ClaimRow, Correction, LedgerClaim, LedgerEvent, NewCorrection } from './model.js';

/** A document version ready to store: its extraction and what the ledger derived from it. */
export interface NewDocument {
  key: string;
  hash: string;
  /** Hash of the text after a looser normalisation (normalise.ts contentHash). */
  contentHash: string;
  /** Deleted by a reviewer: stored, but out of the ledger, search and listings. */
  deleted: boolean;
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
  contentHash: string | null;
  outlet: string | null;
  published: string | null;
  deleted: boolean;
}

/** What reindex needs to re-extract a stored document. */
export interface StoredText extends StoredDocument {
  text: string;
  url: string | null;
  title: string | null;
  language: string;
}

/** What a document is before it is extracted: what "is it stored already?" is decided on. */
export interface DocumentIdentity {
  key: string;
  /** textHash of its text. */
  hash: string;
  /** contentHash of its text and title (normalise.ts). */
  contentHash: string;
}

/** What the store holds of a document, read under the lock on its key and content hash. */
export interface Existing {
  /** The latest version under this key. */
  byKey: StoredDocument | null;
  /** Latest versions, under any key, with this content hash. */
  sameContent: StoredDocument[];
}

/** The caller's decision, made on what is stored: nothing to write, or this version to store. */
export type PutDecision = { unchanged: StoredDocument } | { store: NewDocument };

export interface PutResult {
  /** unchanged: nothing was written; document and version name what the store holds. */
  status: 'added' | 'updated' | 'unchanged';
  document: string;
  rowid: number;
  version: number;
}

/** What regrouping one bucket did: recomputed it, found it already clean (another process did
 *  it), or found it locked by another process that is regrouping it now. */
export type RegroupResult = 'done' | 'clean' | 'busy';

/** Grouping: the bucket's claims (latest document versions, rejected ones flagged) → its events.
 *  Runs inside the store's transaction: it must not await. */
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

export interface MeasureRow {
  event: EventType;
  agent: { id: string | null; name: string };
  recipient: { id: string | null; name: string } | null;
  unit_class: string;
  estimates: number;
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

export interface CorrectionQuery {
  /** Corrections touching this document key (any version). */
  document?: string;
  ids?: number[];
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
  /** Where the data lives (a file path for SQLite, a URL without its password for PostgreSQL). */
  readonly location: string;
  latestByKey(key: string): Promise<StoredDocument | null>;
  /** Latest versions whose loose text hash is this one (the same article under another name). */
  findSameContent(contentHash: string): Promise<StoredDocument[]>;
  /**
   * Stores a document unless it is stored already, deciding inside the transaction under a lock on
   * its key and its content hash, so that two processes storing one document store it once:
   * decide() sees what is stored (the latest version under the key, the latest versions with the
   * same content) and returns either the version to keep, or the new version to store — version 1
   * if new, else the next, superseding the previous one and marking buckets dirty. decide() runs in
   * the transaction and must not await; extraction happens in it only for what will be stored.
   */
  putDocument(id: DocumentIdentity, decide: (found: Existing) => PutDecision): Promise<PutResult>;
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
   * Regroups one dirty bucket under a lock on it, in one transaction: reads its claims (latest
   * versions, rejected ones included and flagged), computes its events, replaces the stored ones,
   * and clears its dirty mark unless a document stored in the meantime changed it again. A bucket
   * no longer dirty is 'clean'; one another process holds is 'busy' (PostgreSQL; SQLite waits).
   */
  regroupBucket(bucket: string, compute: ComputeEvents): Promise<RegroupResult>;
  listEvents(filter: EventFilter, page: Page): Promise<Paged<LedgerEvent>>;
  /** By id, or by a unique prefix of one. */
  getEvent(id: string): Promise<LedgerEvent | null>;
  /** The events holding these claims (by claim id) of a document's latest version. */
  claimEvents(document: string, claims: string[]): Promise<{ claim: string; event: string }[]>;
  /** Claims not rejected of the latest versions, for an estimate series. */
  measureClaims(q: MeasureQuery): Promise<ClaimRow[]>;
  /** Agent, event, recipient and unit class with the most figures: what an estimates chart can show. */
  measures(limit: number): Promise<MeasureRow[]>;
  /** Full-text search; terms are words or phrases, all required. */
  searchDocuments(terms: string[], page: Page): Promise<Paged<SearchHit>>;
  searchClaims(terms: string[], page: Page): Promise<Paged<SearchHit>>;
  /** Stores a reviewer's correction (one transaction) and returns it with its id and time. */
  addCorrection(c: NewCorrection): Promise<Correction>;
  /** Corrections, oldest first: all, those touching a document key, or those with these ids. */
  corrections(q?: CorrectionQuery): Promise<Correction[]>;
  /** Actor keys known under this folded alias, most used first. */
  actorKeys(alias: string): Promise<string[]>;
  stats(): Promise<StoreStats>;
  integrityCheck(): Promise<string[]>;
  close(): Promise<void>;
}
