// Who may talk to the server: loopback by default (with a Host check), any other address only
// with an access token that every request carries; the command-line options that set it up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bindingProblem, isLoopback } from '../src/server/auth.js';
import { startServer } from '../src/server/main.js';
import { parsePort, parseSize } from '../src/cli/serve.js';
import { testServer, type TestServer } from './server-fixtures.js';

const TOKEN = 'a1b2c3d4e5f6a7b8c9d0';

describe('binding', () => {
  it.each([
    ['127.0.0.1', null, null],
    ['localhost', null, null],
    ['::1', null, null],
    ['127.0.0.2', null, null],
    ['0.0.0.0', null, /refusing to listen on 0\.0\.0\.0 without an access token/],
    ['192.168.1.20', null, /pass --token \(or set DOSSIER_TOKEN\)/],
    ['0.0.0.0', 'short', /the access token is 5 characters; use at least 16/],
    ['0.0.0.0', TOKEN, null],
  ])('%s with token %s', (host, token, problem) => {
    const p = bindingProblem(host, token);
    if (problem) expect(p).toMatch(problem);
    else expect(p).toBeNull();
  });

  it.each([
    ['127.0.0.1', true],
    ['[::1]', true],
    ['LOCALHOST', true],
    ['10.0.0.1', false],
    ['localhost.example.com', false],
    ['1270.0.0.1', false],
  ])('isLoopback(%s) is %s', (host, yes) => expect(isLoopback(host)).toBe(yes));

  it('refuses to start beyond loopback without a token, before opening anything', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bind-'));
    try {
      await expect(startServer({ db: path.join(dir, 'x.db'), host: '0.0.0.0', port: 0 })).rejects.toThrow(/refusing to listen on 0\.0\.0\.0/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('listens on loopback and answers a real request', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dossier-bind-'));
    const s = await startServer({ db: path.join(dir, 'x.db'), port: 0 });
    try {
      expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const res = await fetch(`${s.url}api/stats`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ documents: 0, claims: 0, events: 0 });
    } finally {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the token beyond loopback', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await testServer({ host: '0.0.0.0', token: TOKEN });
  });
  afterAll(() => t.close());

  const ask = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers: { host: '192.168.1.20:8080', ...headers } });

  it.each([
    ['no credential', {}, 401, /needs its access token: send "Authorization: Bearer TOKEN"/],
    ['a wrong bearer token', { authorization: 'Bearer wrong-token-wrong-token' }, 401, /does not match/],
    ['a wrong cookie', { cookie: 'dossier_token=nope' }, 401, /does not match/],
    ['the bearer token', { authorization: `Bearer ${TOKEN}` }, 200, null],
    ['the cookie', { cookie: `theme=dark; dossier_token=${TOKEN}` }, 200, null],
  ])('an API request with %s', async (_what, headers, status, message) => {
    const res = await ask('/api/stats', headers);
    expect(res.statusCode).toBe(status);
    if (message) expect(res.json()).toMatchObject({ error: 'unauthorized', message: expect.stringMatching(message) });
  });

  it('guards the page and its files too', async () => {
    expect((await ask('/')).statusCode).toBe(401);
    expect((await ask('/web/app.js')).statusCode).toBe(401);
    expect((await ask('/api/openapi.json')).statusCode).toBe(401);
    expect((await ask('/', { authorization: `Bearer ${TOKEN}` })).statusCode).toBe(200);
  });

  it('trades /?token= for a cookie and drops the token from the address', async () => {
    const res = await ask(`/?token=${TOKEN}`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/');
    expect(String(res.headers['set-cookie'])).toMatch(/^dossier_token=a1b2c3d4e5f6a7b8c9d0; HttpOnly; SameSite=Strict; Path=\/$/);
    expect((await ask('/?token=wrong')).statusCode).toBe(401);
    expect((await ask(`/api/stats?token=${TOKEN}`)).statusCode).toBe(401);
  });
});

describe('the Host check on loopback', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await testServer();
  });
  afterAll(() => t.close());

  it.each([
    ['127.0.0.1:8080', 200],
    ['localhost:8080', 200],
    ['[::1]:8080', 200],
    ['localhost', 200],
    ['attacker.example:8080', 403],
    ['127.0.0.1.attacker.example', 403],
  ])('Host %s → %i', async (host, status) => {
    const res = await t.app.inject({ method: 'GET', url: '/api/stats', headers: { host } });
    expect(res.statusCode).toBe(status);
    if (status === 403) expect(res.json().message).toMatch(/is not this server's; open it as http:\/\/127\.0\.0\.1/);
  });
});

describe('serve options', () => {
  it.each([
    ['5mb', 5 * 1024 * 1024],
    ['512kb', 512 * 1024],
    ['1.5M', 1.5 * 1024 * 1024],
    ['100000', 100_000],
  ])('--max-body %s', (v, n) => expect(parseSize(v)).toBe(n));

  it.each(['five', '-1', '5gb'])('--max-body %s is refused', (v) => expect(() => parseSize(v)).toThrow(/--max-body: expected a size such as 5mb/));

  it.each([
    [undefined, {}, 8080],
    [undefined, { PORT: '9090' }, 9090],
    ['0', { PORT: '9090' }, 0],
  ] as const)('--port %s with env %j', (v, env, port) => expect(parsePort(v, env)).toBe(port));

  it.each(['http', '70000', '-3'])('--port %s is refused', (v) => expect(() => parsePort(v, {})).toThrow(/--port: expected a whole number from 0 to 65535/));
});
