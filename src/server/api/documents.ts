// Documents: the list (search, filters, pages), one document with its text, entities and claims,
// and POST of a new one (text, HTML or JSON; ?store=false only extracts).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { DocumentInput } from '../../extract.js';
import { loadText, type Overrides } from '../../load/index.js';
import type { ApiContext } from '../context.js';
import { HttpError } from '../errors.js';
import { addRoute } from '../route.js';
import { DocumentSummary, paged, PostResult, StoredDocument } from '../schemas/ledger.js';
import { DocumentsQuery, IdParams, PostDocumentQuery } from '../schemas/queries.js';
import { documentWarnings, reviewedClaims } from '../../ledger/index.js';

/** The loaders name an input; a posted body has no file name, so its id comes from its content. */
const BODY = 'request body';

const VersionQuery = z.strictObject({
  version: z.coerce.number({ error: 'a version number (1, 2 …)' }).int({ error: 'a version number (1, 2 …)' }).min(1, { error: 'a version number (1, 2 …)' }).optional().describe('an earlier version (default: the latest)'),
});

const FILLED = ['published', 'outlet', 'title'] as const;

function readBody(body: Buffer | undefined, contentType: string | undefined, given: Overrides, limit: number, defaults = false): DocumentInput {
  // with defaults, the query's date, outlet and title only fill in what the body does not say
  const overrides = defaults ? Object.fromEntries(Object.entries(given).filter(([k]) => !(FILLED as readonly string[]).includes(k))) : given;
  if (!body?.length || !body.toString('utf8').trim()) {
    throw new HttpError('bad_document', 'the body is empty: send the text of a report, an HTML page, or a JSON object {"text": …, "published": "2025-06-26", …}');
  }
  const r = loadText(BODY, body, { contentType, maxBytes: limit, overrides });
  if ('error' in r) throw new HttpError('bad_document', r.error);
  const input = { ...r.input };
  // the loaders fill an absent id with the input's name; here the store should key it by URL or text
  if (input.id === BODY) delete input.id;
  if (defaults) for (const k of FILLED) if (!input[k] && given[k]) input[k] = given[k];
  return input;
}

export function documentRoutes(app: FastifyInstance, ctx: ApiContext): void {
  addRoute(app, ctx.routes, {
    method: 'GET',
    url: '/api/documents',
    tag: 'documents',
    summary: 'Stored documents, newest first, with full-text search and filters',
    query: DocumentsQuery,
    response: paged(DocumentSummary),
    handler: async ({ query }) => ({ ...(await ctx.catalog.documents(query, query)), limit: query.limit, offset: query.offset }),
  });

  addRoute(app, ctx.routes, {
    method: 'GET',
    url: '/api/documents/:id',
    tag: 'documents',
    summary: 'One document: its text, entities, times, quantities and claims with every span',
    params: IdParams,
    query: VersionQuery,
    response: StoredDocument,
    errors: [404],
    handler: async ({ params, query }) => {
      const x = await ctx.store.getExtraction(params.id, query.version);
      const version = query.version ?? (await ctx.catalog.latestVersion(params.id));
      if (!x || version == null) {
        throw new HttpError('not_found', `no document "${params.id}"${query.version ? ` in version ${query.version}` : ''}; GET /api/documents lists them`);
      }
      const reviewed = reviewedClaims(x, await ctx.store.corrections({ document: params.id }));
      const claims = Object.fromEntries(reviewed.claims.map((c) => [c.claimId, { rejected: c.rejected, corrected: c.corrected, corrections: c.review }]));
      return {
        ...x,
        version,
        entity_reports: await ctx.catalog.entityReports(x.entities.map((e) => e.id)),
        review: { deleted: reviewed.deleted, claims, unmatched: reviewed.unmatched, warnings: documentWarnings(x) },
      };
    },
  });

  addRoute(app, ctx.routes, {
    method: 'POST',
    url: '/api/documents',
    tag: 'documents',
    summary: 'Extract a document and (unless ?store=false) keep it in the store',
    description:
      'The body is a plain text, an HTML page (the article text is taken from it) or a JSON object with "text" and optional ' +
      '"id", "published", "url", "outlet", "title". Query parameters replace what the body says. Stored: 201 when added or updated, ' +
      '200 when the same text was already stored.',
    query: PostDocumentQuery,
    body: { contentTypes: ['text/plain', 'text/html', 'application/json'], description: 'The document.' },
    response: PostResult,
    status: 201,
    errors: [413],
    handler: async ({ query, body, req }, reply) => {
      const { store: keep, defaults, ...overrides } = query;
      const input = readBody(body, req.headers['content-type'], overrides, ctx.bodyLimit, defaults);
      if (keep === false) {
        reply.code(200);
        return { stored: false, status: null, document: null, version: null, extraction: ctx.extract(input) };
      }
      const s = await ctx.writer.ingest(BODY, input);
      if (s.status === 'unchanged') reply.code(200);
      return { stored: true, ...s };
    },
  });
}
