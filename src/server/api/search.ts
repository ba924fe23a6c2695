// Full-text search over documents and claims, the store's counts, and the OpenAPI document.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { search } from '../../ledger/query.js';
import type { ApiContext } from '../context.js';
import { addRoute } from '../route.js';
import { paged, SearchHit, Stats } from '../schemas/ledger.js';
import { SearchQuery } from '../schemas/queries.js';

export function searchRoutes(app: FastifyInstance, ctx: ApiContext): void {
  addRoute(app, ctx.routes, {
    method: 'GET',
    url: '/api/search',
    tag: 'search',
    summary: 'Documents and claims matching every word (porter stemming; "quoted phrases"), with highlighted snippets',
    query: SearchQuery,
    response: z.object({ documents: paged(SearchHit), claims: paged(SearchHit) }),
    handler: async ({ query }) => {
      const page = { limit: query.limit, offset: query.offset };
      const r = await search(ctx.store, query.q, page);
      return { documents: { ...r.documents, ...page }, claims: { ...r.claims, ...page } };
    },
  });

  addRoute(app, ctx.routes, {
    method: 'GET',
    url: '/api/stats',
    tag: 'search',
    summary: 'How many documents, claims and events the store holds',
    response: Stats,
    handler: async () => {
      const s = await ctx.store.stats();
      return { documents: s.documents, claims: s.claims, events: s.events };
    },
  });
}
