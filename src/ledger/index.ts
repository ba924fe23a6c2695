// The ledger's library API (SPEC §2): what the CLI and the HTTP server call.
export { openStore, resolveDbPath, DEFAULT_DB, StoreError } from '../store/open.js';
export type { Store, EventFilter, Page, Paged, SearchHit, SnippetPart, StoreStats } from '../store/store.js';
export { ingestInputs, ingestOne, reindex, documentKey, prepareDocument } from './ingest.js';
export type { IngestOptions, IngestOutcome, IngestSummary, IngestCounts, LoadResult, Extractor, ReindexSummary } from './ingest.js';
export { regroup } from './regroup.js';
export { listEvents, getEvent, estimateSeries, search, resolveActor, queryTerms, useActorLookup, QueryError, EVENT_TYPES } from './query.js';
export type { EventQuery, Measure, SearchResult, ActorLookup } from './query.js';
export type { LedgerEvent, ReportOut, EstimateOut, LedgerClaim, ClaimRow } from './types.js';
export { rejectClaim, correctClaim, mergeEvents, splitEvent, deleteDocument, revertCorrection, listCorrections, ReviewError } from './corrections.js';
export type { Reviewer, ClaimRef, ReviewResult, CorrectionFilter } from './corrections.js';
export { readFields, parsePairs, readFigure, readTime, readActor } from './review-input.js';
export { CORRECTION_KINDS, CORRECTABLE, describeCorrection } from './review.js';
export type { Correction, NewCorrection, CorrectionFields, ClaimAnchor, CorrectionKind } from './review.js';
export { headline, sides } from './describe.js';
export type { HistoryEntry, DisagreementRule } from './types.js';
export { documentWarnings } from './warnings.js';
export { reviewedClaims } from './claims.js';
