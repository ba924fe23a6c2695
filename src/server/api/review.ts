// Reviewers' corrections over HTTP: POST /api/corrections makes one (reject, correct, merge,
// split, delete-document, revert, each with author and reason), GET /api/corrections lists them
// (all, a document's, or an event's history). Beyond loopback every request needs the access token
// (auth.ts); a correction must come as JSON from the page's own origin, so another site open in
// the same browser cannot make one.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  correctClaim, deleteDocument, listCorrections, mergeEvents, readFields, rejectClaim, revertCorrection, splitEvent, type ReviewResult,
} from '../../ledger/index.js';
import type { ApiContext } from '../context.js';
import { HttpError } from '../errors.js';
import { addRoute } from '../route.js';
import { Correction, CorrectionBody, CorrectionsQuery, ReviewResult as ReviewResultSchema } from '../schemas/review.js';
import { parseInput } from '../validate.js';

function jsonBody(req: FastifyRequest, body: Buffer | undefined): unknown {
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\b/i.test(type)) {
    throw new HttpError('bad_request', `body: expected Content-Type application/json, found ${type ? `"${type}"` : 'none'}`);
  }
  try {
    return JSON.parse(body?.toString('utf8') ?? '');
  } catch (e) {
    throw new HttpError('bad_request', `body: expected a JSON object, found text that does not parse (${(e as Error).message})`);
  }
}

export function reviewRoutes(app: FastifyInstance, ctx: ApiContext): void {
  addRoute(app, ctx.routes, {
    method: 'POST',
    url: '/api/corrections',
    tag: 'review',
    summary: "Make a correction: reject a claim, correct its fields, merge or split events, delete a document, revert a correction",
    description:
      'The body is JSON with "kind", "author" and "reason" and what the kind needs: document and claim (reject, correct with ' +
      '"fields"), "events" (merge: the event the other joins, then the other), "event" and "reports" (split), "document" ' +
      '(delete-document), "correction" (revert). Corrections are kept beside the extractions, survive reindex and re-ingest, and ' +
      "show in the events' history.",
    body: { contentTypes: ['application/json'], description: 'The correction.', schema: CorrectionBody },
    response: ReviewResultSchema,
    status: 201,
    errors: [404],
    handler: async ({ body, req }) => {
      const c = parseInput(CorrectionBody, jsonBody(req, body), 'body');
      const who = { author: c.author, reason: c.reason };
      const made: ReviewResult = await ctx.writer.review(async (store) => {
        switch (c.kind) {
          case 'reject': return rejectClaim(store, c, who);
          case 'correct': return correctClaim(store, c, readFields(c.fields), who);
          case 'merge': return mergeEvents(store, c.events[0], c.events[1], who);
          case 'split': return splitEvent(store, c.event, c.reports, who);
          case 'delete-document': return deleteDocument(store, c.document, who);
          case 'revert': return revertCorrection(store, c.correction, who);
        }
      });
      return made as never;
    },
  });

  addRoute(app, ctx.routes, {
    method: 'GET',
    url: '/api/corrections',
    tag: 'review',
    summary: "Corrections, oldest first: all, a document's, or an event's history",
    query: CorrectionsQuery,
    response: z.object({ items: z.array(Correction) }),
    errors: [404],
    handler: async ({ query }) => {
      await ctx.writer.ensureGrouped();
      return { items: (await listCorrections(ctx.store, query)) as never };
    },
  });
}
