// The OpenAPI 3.1 document, generated from the routes' zod schemas (GET /api/openapi.json), so
// the published contract is the one the handlers parse with.
import { z } from 'zod';
import { ErrorBody } from './schemas/ledger.js';
import type { Registry } from './route.js';

type Json = Record<string, unknown>;

const schemaOf = (s: z.ZodType, io: 'input' | 'output'): Json => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;
  return rest;
};

function parameters(s: z.ZodType | undefined, place: 'path' | 'query'): Json[] {
  if (!s) return [];
  const js = schemaOf(s, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(js.properties ?? {}).map(([name, schema]) => {
    const { description, ...rest } = schema;
    return { name, in: place, required: place === 'path' || (js.required ?? []).includes(name), description, schema: rest };
  });
}

const ERROR_TEXT: Record<number, string> = {
  400: 'a parameter or the body is not what was expected (the message names it)',
  401: 'no valid access token (Authorization: Bearer …)',
  403: 'the Host header is not this server\'s',
  404: 'no such id',
  413: 'the body is over the size limit',
  500: 'internal error',
};

export function openApiDocument(routes: Registry, info: { version: string; bodyLimit: number }): Json {
  const paths: Record<string, Record<string, Json>> = {};
  const error = { content: { 'application/json': { schema: schemaOf(ErrorBody, 'input') } } };
  for (const r of routes) {
    const path = r.url.replace(/:(\w+)/g, '{$1}');
    const responses: Record<string, Json> = {
      [String(r.status ?? 200)]: { description: 'success', content: { 'application/json': { schema: schemaOf(r.response, 'input') } } },
    };
    for (const s of [400, 401, 403, ...(r.errors ?? []), 500]) responses[String(s)] = { description: ERROR_TEXT[s], ...error };
    const op: Json = {
      operationId: `${r.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/\/(\w)/g, (_, c: string) => c.toUpperCase()).replace(/\W/g, '')}`,
      summary: r.summary,
      description: r.description,
      tags: [r.tag],
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      responses,
    };
    if (r.body) {
      op.requestBody = {
        required: true,
        description: `${r.body.description} At most ${info.bodyLimit.toLocaleString('en-US')} bytes.`,
        content: Object.fromEntries(r.body.contentTypes.map((t) => [t, { schema: r.body!.schema && t === 'application/json' ? schemaOf(r.body!.schema, 'input') : { type: 'string' } }])),
      };
    }
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dossier API',
      version: info.version,
      description: 'News reports as a sourced, time-aware ledger of claims (SPEC §3). Errors are {error, message}.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'required when the server was started with a token' } } },
    security: [{}, { bearer: [] }],
    paths,
  };
}
