// One table of routes drives both fastify and the OpenAPI document: each route declares its
// path parameters, query and response as zod schemas, and its handler gets them parsed.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseInput } from './validate.js';

export interface BodySpec {
  contentTypes: string[];
  description: string;
  /** The JSON body's shape, for the OpenAPI document (a plain string otherwise). */
  schema?: z.ZodType;
}

export interface RouteSpec<P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType> {
  method: 'GET' | 'POST';
  /** fastify syntax: /api/events/:id */
  url: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: BodySpec;
  response: R;
  /** Status of a success (default 200); a handler may set another with reply.code(). */
  status?: number;
  /** Error statuses this route can answer besides 400/401/403/500. */
  errors?: number[];
  handler: (input: { params: z.output<P>; query: z.output<Q>; body: Buffer | undefined; req: FastifyRequest }, reply: FastifyReply) => Promise<z.input<R>>;
}

// the registry is per app: tests build several apps in one process
export type Registry = RouteSpec<z.ZodType, z.ZodType, z.ZodType>[];

export function addRoute<P extends z.ZodType, Q extends z.ZodType, R extends z.ZodType>(
  app: FastifyInstance,
  registry: Registry,
  spec: RouteSpec<P, Q, R>,
): void {
  registry.push(spec as unknown as Registry[number]);
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (req, reply) => {
      const params = spec.params ? parseInput(spec.params, req.params, 'path') : ({} as z.output<P>);
      const query = spec.query ? parseInput(spec.query, req.query, 'query') : ({} as z.output<Q>);
      const body = Buffer.isBuffer(req.body) ? req.body : undefined;
      if (spec.status) reply.code(spec.status);
      return spec.handler({ params, query, body, req }, reply);
    },
  });
}
