// Who may talk to the server. Bound to loopback, only this machine can, and the Host header must
// name loopback too (a web page that rebinds its own DNS name to 127.0.0.1 would otherwise read
// the store through the visitor's browser). Bound to any other address, every request must carry
// the access token: `Authorization: Bearer TOKEN`, or, for a browser, the cookie that opening
// /?token=TOKEN once sets.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

export const MIN_TOKEN_LENGTH = 16;
const COOKIE = 'dossier_token';

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h);
}

/** Why the server must not start with this host and token, or null when it may. */
export function bindingProblem(host: string, token: string | null | undefined): string | null {
  if (token != null && token.length < MIN_TOKEN_LENGTH) {
    return `the access token is ${token.length} characters; use at least ${MIN_TOKEN_LENGTH} (for example: --token "$(openssl rand -hex 16)")`;
  }
  if (!isLoopback(host) && !token) {
    return `refusing to listen on ${host} without an access token: anyone who can reach that address could read and change the store; ` +
      'pass --token (or set DOSSIER_TOKEN), or bind to 127.0.0.1';
  }
  return null;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(header: string | undefined): string | null {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === COOKIE) return decodeURIComponent(v.join('='));
  }
  return null;
}

function hostName(header: string | undefined): string {
  const h = header ?? '';
  return h.startsWith('[') ? h.slice(0, h.indexOf(']') + 1) : h.split(':')[0];
}

export interface AccessRule {
  token: string | null;
  /** The address the server is bound to; loopback turns on the Host check. */
  host: string;
}

/** An onRequest hook enforcing the rule; returns true when it answered the request itself. */
export function checkAccess(rule: AccessRule, req: FastifyRequest, reply: FastifyReply): boolean {
  if (isLoopback(rule.host) && !isLoopback(hostName(req.headers.host))) {
    throw new HttpError('forbidden', `Host "${req.headers.host ?? ''}" is not this server's; open it as http://127.0.0.1 or http://localhost`);
  }
  if (!rule.token) return false;
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
  if (bearer != null && same(bearer, rule.token)) return false;
  const cookie = cookieToken(req.headers.cookie);
  if (cookie != null && same(cookie, rule.token)) return false;
  const url = new URL(req.url, 'http://x');
  const given = url.searchParams.get('token');
  if (req.method === 'GET' && url.pathname === '/' && given != null && same(given, rule.token)) {
    // the token leaves the address bar (and the history) at once; the cookie carries it from now on
    reply
      .header('set-cookie', `${COOKIE}=${encodeURIComponent(rule.token)}; HttpOnly; SameSite=Strict; Path=/`)
      .redirect('/', 303);
    return true;
  }
  throw new HttpError(
    'unauthorized',
    bearer != null || cookie != null || given != null
      ? 'the access token does not match the one the server was started with'
      : 'this server needs its access token: send "Authorization: Bearer TOKEN", or open /?token=TOKEN once in a browser',
  );
}

/**
 * A write must come from this server's own page: a browser sends the Origin of the page making a
 * POST, and a page of another site (open in the same browser as the analyst's) must not be able to
 * store documents or make corrections here. Requests without an Origin (curl, scripts) pass.
 */
export function checkOrigin(req: FastifyRequest): void {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
  const origin = req.headers.origin;
  if (!origin) return;
  let host = '';
  try {
    host = new URL(origin).host;
  } catch {
    host = '';
  }
  if (host !== (req.headers.host ?? '')) {
    throw new HttpError('forbidden', `a ${req.method} from the page of ${origin} is refused: only this server's own page may write`);
  }
}
