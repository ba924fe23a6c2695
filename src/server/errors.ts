// The API's errors: a table of codes (fastify's habit) and one JSON body for all of them,
// {error: code, message}, where the message says what was expected, what was found and what to do.
import { QueryError } from '../ledger/query.js';
import { StoreError } from '../store/open.js';
import { InputError } from '../extract.js';
import { ReviewError } from '../ledger/review-input.js';

export const ERROR_CODES = {
  bad_request: 400,
  bad_document: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class HttpError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = ERROR_CODES[code];
  }
}

/** What fastify itself raises (body too large, malformed JSON …), as a code and a message. */
interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message: string;
}

export function toHttpError(e: unknown, bodyLimit: number): HttpError {
  if (e instanceof HttpError) return e;
  if (e instanceof QueryError) return new HttpError('bad_request', e.message);
  if (e instanceof ReviewError) return new HttpError(e.notFound ? 'not_found' : 'bad_request', e.message);
  if (e instanceof InputError) return new HttpError('bad_document', e.message);
  if (e instanceof StoreError) return new HttpError('internal', `the store failed: ${e.message}`);
  const f = e as FastifyLikeError;
  if (f?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return new HttpError('payload_too_large', `the body is over the limit of ${formatLimit(bodyLimit)}; send a shorter document or start the server with a larger --max-body`);
  }
  if (typeof f?.statusCode === 'number' && f.statusCode >= 400 && f.statusCode < 500) {
    return new HttpError(f.statusCode === 404 ? 'not_found' : 'bad_request', f.message);
  }
  return new HttpError('internal', `internal error: ${f?.message ?? String(e)}; this is a bug, please report it with the request that caused it`);
}

export function formatLimit(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / 1024 / 1024).toFixed(1)} MB (${bytes.toLocaleString('en-US')} bytes)`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB (${bytes.toLocaleString('en-US')} bytes)`;
  return `${bytes} bytes`;
}
