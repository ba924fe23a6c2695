// Parsing a request's parameters with a zod schema, turning every problem into one 400 message
// that names the field, what was expected and what was found ("query.limit: expected a whole
// number from 1 to 200, found \"abc\"").
import type { z } from 'zod';
import { HttpError } from './errors.js';

type Where = 'query' | 'path' | 'body';

function found(raw: unknown, path: PropertyKey[]): string {
  let v: unknown = raw;
  for (const k of path) v = v != null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  if (v === undefined) return 'nothing';
  return JSON.stringify(v);
}

function describe(issue: z.core.$ZodIssue, where: Where, raw: unknown, known: string[]): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `${where}: unknown parameter${issue.keys.length > 1 ? 's' : ''} ${keys}; expected ${known.length ? known.join(', ') : 'none'}`;
  }
  const field = [where, ...issue.path.map(String)].join('.');
  const expected = issue.message.replace(/^Invalid input: /, '').replace(/^expected /, '');
  return `${field}: expected ${expected}, found ${found(raw, issue.path)}`;
}

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown, where: Where): z.output<S> {
  const r = schema.safeParse(raw ?? {});
  if (r.success) return r.data;
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  const known = shape ? Object.keys(shape) : [];
  throw new HttpError('bad_request', r.error.issues.map((i) => describe(i, where, raw, known)).join('; '));
}
