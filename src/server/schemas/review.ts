// Reviewers' corrections as zod schemas: the body of POST /api/corrections (one of six kinds, each
// with who and why) and a stored correction as GET /api/corrections and the events' history show it.
import { z } from 'zod';
import { ActorRef, EventType } from './extraction.js';

const text = (what: string, max: number) =>
  z.string({ error: what }).trim().min(1, { error: what }).max(max, { error: `at most ${max} characters` }).describe(what);

const who = {
  author: text('who makes the correction (a name or initials)', 200),
  reason: text('why (it stays in the event\'s history)', 2000),
};

const ClaimRef = z.object({ document: text('a document key', 2000), claim: text('a claim id such as c3', 100) });

const fieldValue = z.string().nullable();
export const CorrectFields = z
  .strictObject({
    event: fieldValue.optional(),
    agent: fieldValue.optional(),
    recipient: fieldValue.optional(),
    location: fieldValue.optional(),
    figure: fieldValue.optional(),
    unit: fieldValue.optional(),
    source: fieldValue.optional(),
    certainty: fieldValue.optional(),
    polarity: fieldValue.optional(),
    status: fieldValue.optional(),
    time: fieldValue.optional(),
  })
  .describe('fields as a reviewer types them: agent "Iran" or "none", figure "200-300" with unit "missiles", time "2024-09", certainty "probable" …');

export const CorrectionBody = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('reject'), ...ClaimRef.shape, ...who }),
  z.strictObject({ kind: z.literal('correct'), ...ClaimRef.shape, fields: CorrectFields, ...who }),
  z.strictObject({ kind: z.literal('merge'), events: z.tuple([text('an event id', 100), text('an event id', 100)]).describe('the event the other joins, then the other'), ...who }),
  z.strictObject({ kind: z.literal('split'), event: text('an event id', 100), reports: z.array(ClaimRef).min(1, { error: 'at least one report' }).describe('the reports to split off'), ...who }),
  z.strictObject({ kind: z.literal('delete-document'), document: text('a document key', 2000), ...who }),
  z.strictObject({ kind: z.literal('revert'), correction: z.number({ error: 'a correction number' }).int().min(1), ...who }),
], { error: 'a correction: kind is one of reject, correct, merge, split, delete-document, revert' });

const Anchor = z.object({
  document: z.string(),
  claim: z.string(),
  event: EventType,
  evidence: z.object({ start: z.number().int(), end: z.number().int(), text: z.string() }),
  quantity: z.string().nullable(),
});

export const Correction = z.object({
  id: z.number().int(),
  kind: z.enum(['reject', 'correct', 'merge', 'split', 'delete-document', 'revert']),
  author: z.string(),
  reason: z.string(),
  created_at: z.string(),
  documents: z.array(z.string()),
  claims: z.array(Anchor).describe('the claims it names, as they were written when it was made'),
  fields: z.record(z.string(), z.unknown()).optional(),
  target: z.number().int().optional(),
  bucket: z.string().optional(),
  events: z.array(z.string()).optional().describe('the events it was made on, as they were'),
});

export const ReviewResult = z.object({ correction: Correction, events: z.array(z.string()).describe('the events that now hold the claims it names') });

export const HistoryEntry = z.object({ id: z.number().int(), kind: z.string(), author: z.string(), at: z.string(), reason: z.string(), what: z.string() });

export const CorrectionsQuery = z.strictObject({
  document: z.string().trim().min(1).max(2000).optional().describe("a document's corrections"),
  event: z.string().trim().min(1).max(100).optional().describe("an event's history"),
});

export { ActorRef };
