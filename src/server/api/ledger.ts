// The ledger: reported events (list and provenance), claims by field, estimate series and the
// measures worth charting.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { estimateSeries, getEvent, listEvents, resolveActor } from '../../ledger/query.js';
import type { LedgerEvent } from '../../ledger/types.js';
import type { ApiContext } from '../context.js';
import { HttpError } from '../errors.js';
import { addRoute } from '../route.js';
import { ClaimHit, EstimatePoint, EventSummary, LedgerEvent as LedgerEventSchema, Measure, paged } from '../schemas/ledger.js';
import { ClaimsQuery, EstimatesQuery, EventsQuery, IdParams, MeasuresQuery } from '../schemas/queries.js';

/** A list carries each event without its reports: a big event has hundreds, and the page shows counts. */
function summary(e: LedgerEvent): Omit<LedgerEvent, 'reports'> {
  const { reports: _reports, ...rest } = e;
  return rest;
}

export function ledgerRoutes(app: FastifyInstance, ctx: ApiContext): void {
  addRoute(app, ctx.routes, {
    method: 'GET',
    url: '/api/events',
    tag: 'ledger',
    summary: 'Reported events, newest first (without their reports; GET /api/events/{id} has them)',
    query: EventsQuery,
    response: paged(EventSummary),
    handler: async ({ query }) => {
      await ctx.writer.ensureGrouped();
      const r = await listEvents(ctx.store, query);
      return { total: r.total, limit: query.limit, offset: query.offset, items: r.items.map(summary) };
    },
  });

  addRoute(app, ctx.routes, {
    method: 'GET',
    url: '/api/events/:id',
    tag: 'ledger',
    summary: 'One reported event with every report in date order: outlet, source chain, figure, certainty',
    description: 'The id may be a unique prefix of at least 4 characters.',
    params: IdParams,
    response: LedgerEventSchema,
    errors: [404],
    handler: async ({ params }) => {
      await ctx.writer.ensureGrouped();
      const e = await getEvent(ctx.store, params.id);
      if (!e) throw new HttpError('not_found', `no reported event "${params.id}" (ids look like ev-f586749f4c6f, or a unique prefix of one); GET /api/events lists them`);
      return e;
    },
  });

  addRoute(app, ctx.routes, {
    method: 'GET',
    url: '/api/claims',
    tag: 'ledger',
    summary: 'Claims of the stored documents by actor, event, certainty, polarity, status and publication date',
    query: ClaimsQuery,
    response: paged(ClaimHit),
    handler: async ({ query }) => {
      const { agent, recipient, limit, offset, ...rest } = query;
      const filter = {
        ...rest,
        agentKeys: agent ? await resolveActor(ctx.store, agent) : undefined,
        recipientKeys: recipient ? await resolveActor(ctx.store, recipient) : undefined,
      };
      return { ...(await ctx.catalog.claims(filter, { limit, offset })), limit, offset };
    },
  });

  addRoute(app, ctx.routes, {
    method: 'GET',
    url: '/api/estimates',
    tag: 'ledger',
    summary: 'The estimates of one measure over publication date, one point per claim set, with its original source',
    query: EstimatesQuery,
    response: z.object({ points: z.array(EstimatePoint) }),
    handler: async ({ query }) => ({ points: await estimateSeries(ctx.store, query) }),
  });

  addRoute(app, ctx.routes, {
    method: 'GET',
    url: '/api/measures',
    tag: 'ledger',
    summary: 'Agent, event, recipient and thing counted with the most figures reported: what an estimates chart can show',
    query: MeasuresQuery,
    response: z.object({ items: z.array(Measure) }),
    handler: async ({ query }) => ({ items: await ctx.store.measures(query.limit) }),
  });
}
