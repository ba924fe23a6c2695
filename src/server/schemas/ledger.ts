// Reported events, estimate points, search hits and stored documents as zod schemas (the shapes
// of src/ledger/types.ts and src/store/store.ts), for responses and the OpenAPI document.
import { z } from 'zod';
import { ActorRef, Certainty, ClaimOut, EventType, Extraction, Polarity, Span, Status } from './extraction.js';
import { HistoryEntry } from './review.js';

const Figure = z.object({ min: z.number().nullable(), max: z.number().nullable() });
const StatedTime = z.object({ value: z.string(), text: z.string(), from: z.string().nullable(), to: z.string().nullable() });

export const Report = z.object({
  document: z.string(),
  version: z.number().int(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  claim: z.string(),
  quote: z.string(),
  evidence: Span,
  sources: z.array(z.string()).describe('the attribution chain as written, original source first'),
  original_source: z.string(),
  via: z.string().nullable().describe('wire agency carried, or the earlier outlet whose text this one copies'),
  quantity: Figure.extend({ approximate: z.boolean(), vague: z.boolean(), unit: z.string().nullable(), text: z.string() }).nullable(),
  set_total: Figure.nullable(),
  time: StatedTime.nullable(),
  certainty: Certainty,
  polarity: Polarity,
  status: Status,
  rejected: z.boolean().describe('rejected by a reviewer: shown, never counted'),
  corrected: z.array(z.string()).describe('fields a reviewer corrected'),
  corrections: z.array(z.number().int()).describe('ids of the corrections applied to this claim'),
});

const EventFields = {
  id: z.string(),
  bucket: z.string().describe('event|agent key|recipient key the event was grouped in'),
  event: EventType,
  agent: ActorRef.nullable(),
  recipient: ActorRef.nullable(),
  location: ActorRef.nullable(),
  unit: z.string().nullable(),
  unit_class: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  approximate: z.boolean(),
  status: Status,
  time: z.object({ from: z.string().nullable(), to: z.string().nullable(), text: z.string() }).nullable(),
  first_reported: z.string().nullable(),
  last_reported: z.string().nullable(),
  first_document: z.string(),
  n_reports: z.number().int(),
  original_sources: z.array(z.string()),
  disagreement: z.boolean(),
  disagreement_reason: z.string().nullable(),
  disagreement_rule: z.enum(['denial', 'figures']).nullable().describe('denial: another original source denies the event; figures: figures of the same thing from different sources cannot both hold'),
  losses_of: ActorRef.nullable().describe('casualties: whose losses'),
  caused_by: ActorRef.nullable().describe('casualties: who caused them, where a report says'),
  headline: z.string().describe('what the event is about, in words'),
  history: z.array(HistoryEntry).describe('reviewers\' corrections touching it, oldest first'),
};

/** In lists an event comes without its reports (GET /api/events/{id} has them). */
export const EventSummary = z.object(EventFields);
export const LedgerEvent = z.object({ ...EventFields, reports: z.array(Report) });

export const EstimatePoint = z.object({
  published: z.string().nullable(),
  document: z.string(),
  outlet: z.string().nullable(),
  original_source: z.string(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  approximate: z.boolean(),
  vague: z.boolean(),
  unit: z.string().nullable(),
  unit_class: z.string().describe('what is counted (goods:missiles, people, casualties:dead …): one series never mixes two'),
  time: StatedTime.nullable(),
  status: Status,
  certainty: Certainty,
  claims: z.array(z.string()),
  quote: z.string(),
});

export const Measure = z.object({
  event: EventType,
  agent: ActorRef,
  recipient: ActorRef.nullable(),
  unit_class: z.string().describe('what is counted'),
  estimates: z.number().int().describe('claims with a figure'),
});

export const SearchHit = z.object({
  kind: z.enum(['document', 'claim']),
  document: z.string(),
  version: z.number().int(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  title: z.string().nullable(),
  claim: z.string().nullable(),
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })).describe('parts of the snippet; hit parts matched the query'),
});

export const DocumentSummary = z.object({
  id: z.string().describe('the document key (input id, else URL, else sha256: text hash)'),
  version: z.number().int(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  claims: z.number().int(),
});

export const StoredDocument = Extraction.extend({
  version: z.number().int(),
  entity_reports: z.record(z.string(), z.number().int()).describe('per entity id, how many stored documents mention it'),
  review: z.object({
    deleted: z.boolean(),
    claims: z.record(z.string(), z.object({ rejected: z.boolean(), corrected: z.array(z.string()), corrections: z.array(z.number().int()) })).describe('per claim id, what reviewers did to it'),
    unmatched: z.array(z.number().int()).describe('corrections whose claim this version no longer has'),
    warnings: z.array(z.string()).describe('where the data is weak: no date, no outlet …'),
  }),
});

export const ClaimHit = z.object({
  document: z.string(),
  version: z.number().int(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  title: z.string().nullable(),
  claim: ClaimOut,
});

export const PostResult = z.object({
  stored: z.boolean(),
  status: z.enum(['added', 'updated', 'unchanged']).nullable(),
  document: z.string().nullable().describe('the key it is stored under, when stored'),
  version: z.number().int().nullable(),
  extraction: Extraction,
});

export const Stats = z.object({
  documents: z.number().int(),
  claims: z.number().int(),
  events: z.number().int(),
});

export function paged<T extends z.ZodType>(item: T) {
  return z.object({ total: z.number().int(), limit: z.number().int(), offset: z.number().int(), items: z.array(item) });
}

export const ErrorBody = z.object({
  error: z.string().describe('a code: bad_request, bad_document, unauthorized, forbidden, not_found, payload_too_large, internal'),
  message: z.string().describe('what was expected, what was found, and what to do'),
});
