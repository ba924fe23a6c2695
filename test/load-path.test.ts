import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { loadPath, loadText, loadTexts, type LoadOptions, type LoadResult } from '../src/load/index.js';

const REPORT = 'Japan will send 2 destroyers to the Gulf of Aden next month, the defence ministry said on Friday.';
const HTML = `<!doctype html><html><head><title>Destroyers to sail</title><meta property="article:published_time" content="2024-04-05"></head><body><article><p>${REPORT}</p></article></body></html>`;

async function collect(target: string, opts?: LoadOptions): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for await (const r of loadPath(target, opts)) out.push(r);
  return out;
}
const summary = (rs: LoadResult[], dir = ''): [string, string][] =>
  rs.map((r) => [path.relative(dir, r.name) || r.name, 'error' in r ? `error: ${r.error.slice(r.name.length + 2)}` : r.input.text.slice(0, 20)]);

describe('loadPath: files and folders', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dossier-load-'));
    writeFileSync(path.join(dir, 'a-report.txt'), '\uFEFF' + REPORT);
    writeFileSync(path.join(dir, 'b-page.txt'), HTML); // an HTML page saved as .txt
    writeFileSync(path.join(dir, 'c-empty.txt'), '');
    writeFileSync(path.join(dir, 'd-scan.pdf'), '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
    writeFileSync(path.join(dir, 'e-batch.jsonl'), [JSON.stringify({ id: 'j1', text: REPORT }), '{"id": "j2", "text":', JSON.stringify({ text: REPORT })].join('\n') + '\n');
    writeFileSync(path.join(dir, '.hidden.txt'), REPORT);
    mkdirSync(path.join(dir, 'f-more'));
    writeFileSync(path.join(dir, 'f-more', 'g.json'), JSON.stringify([{ id: 'arr1', text: REPORT }]));
    symlinkSync(dir, path.join(dir, 'f-more', 'loop'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('walks a folder in name order; each bad file is one error and the rest goes on', async () => {
    expect(summary(await collect(dir), dir)).toEqual([
      ['a-report.txt', 'Japan will send 2 de'],
      ['b-page.txt', 'Destroyers to sail\n\n'],
      ['c-empty.txt', 'error: empty file'],
      ['d-scan.pdf', 'error: not a text file (binary content: a PDF document); convert it to text or HTML first'],
      ['e-batch.jsonl#1', 'Japan will send 2 de'],
      ['e-batch.jsonl#2', 'error: not JSON: Unexpected end of JSON input'],
      ['e-batch.jsonl#3', 'Japan will send 2 de'],
      ['f-more/g.json#1', 'Japan will send 2 de'],
    ]);
  });

  it('gives each document an id: its own, else its name', async () => {
    const rs = await collect(path.join(dir, 'e-batch.jsonl'));
    expect(rs.map((r) => ('input' in r ? r.input.id : null))).toEqual(['j1', null, `${path.join(dir, 'e-batch.jsonl')}#3`]);
  });

  it('applies overrides over what the file says', async () => {
    const [r] = await collect(path.join(dir, 'b-page.txt'), { overrides: { published: '2024-04-06', outlet: 'Tokyo Desk', title: undefined } });
    expect('input' in r && r.input).toMatchObject({ published: '2024-04-06', outlet: 'Tokyo Desk', title: 'Destroyers to sail' });
  });

  it.each([
    ['a missing file', 'nope.txt', {}, /nope\.txt: no such file or folder/],
    ['a file over the size limit', 'a-report.txt', { maxBytes: 50 }, /a-report\.txt: \d+ bytes, over the limit of 50 bytes/],
  ])('reports %s', async (_what, file, opts, message) => {
    const [r] = await collect(path.join(dir, file), opts);
    expect('error' in r && r.error).toMatch(message);
  });
});

describe('loadPath: stdin', () => {
  it.each([
    ['a text', REPORT, [['stdin', 'Japan will send 2 de']]],
    ['JSON lines', `${JSON.stringify({ text: REPORT })}\nnot json\n`, [['stdin#1', 'Japan will send 2 de'], ['stdin#2', 'error: not JSON: Unexpected token \'o\', "not json" is not valid JSON']]],
    ['nothing', '', [['stdin', 'error: empty file']]],
  ])('reads %s from "-"', async (_what, input, want) => {
    expect(summary(await collect('-', { stdin: Readable.from([Buffer.from(input)]) }))).toEqual(want);
  });
});

describe('loadPath: URLs (a local server, no network)', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/story') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HTML);
      if (req.url === '/latin1') return res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from('Le ministère a reçu 40 véhicules.', 'latin1'));
      if (req.url === '/redirect') return res.writeHead(302, { location: '/story' }).end();
      if (req.url === '/big') return res.writeHead(200, { 'content-type': 'text/plain' }).end('x'.repeat(5000));
      if (req.url === '/pdf') return res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
      if (req.url === '/slow') return void setTimeout(() => res.writeHead(200).end(REPORT), 2000);
      res.writeHead(404, 'Not Found').end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }));

  it('reads an HTML page, naming it by its URL and keeping the URL it came from', async () => {
    const [r] = await collect(`${base}/redirect`);
    expect(r).toEqual({ name: `${base}/redirect`, input: { text: `Destroyers to sail\n\n${REPORT}`, title: 'Destroyers to sail', outlet: null, url: `${base}/story`, published: '2024-04-05', id: `${base}/redirect` } });
  });

  it('decodes the charset the server declares', async () => {
    const [r] = await collect(`${base}/latin1`);
    expect('input' in r && r.input.text).toBe('Le ministère a reçu 40 véhicules.');
  });

  it.each([
    ['a missing page', '/gone', {}, /\/gone: HTTP 404 Not Found/],
    ['a body over the limit', '/big', { maxBytes: 1000 }, /\/big: the response is (more than )?[\d,]+ bytes \([\d.]+ KB\), over the limit of 1,000 bytes/],
    ['a PDF', '/pdf', {}, /\/pdf: not a text document \(application\/pdf\)/],
    ['a server that does not answer in time', '/slow', { timeoutMs: 200 }, /\/slow: no complete answer within 0\.2 s \(timeout\)/],
  ])('reports %s', async (_what, url, opts, message) => {
    const [r] = await collect(`${base}${url}`, opts);
    expect('error' in r && r.error).toMatch(message);
  });

  it('reports a port where nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const [r] = await collect(url);
    expect('error' in r && r.error).toBe(`${url}: cannot fetch (ECONNREFUSED)`);
  });
});

describe('loadText: one posted body', () => {
  it.each([
    ['a text', REPORT, null, REPORT],
    ['an HTML page', HTML, 'text/html', `Destroyers to sail\n\n${REPORT}`],
    ['a JSON object', JSON.stringify({ text: REPORT, published: '2024-04-05' }), 'application/json', REPORT],
    ['a buffer', Buffer.from(REPORT), null, REPORT],
  ])('reads %s', (_what, body, type, text) => {
    const r = loadText('post', body, { contentType: type });
    expect('input' in r && r.input.text).toBe(text);
  });

  it.each([
    ['several documents', JSON.stringify([{ text: 'a' }, { text: 'b' }]), /^post: holds 2 documents where one was expected/],
    ['an empty body', '  ', /^post: empty file$/],
    ['NUL characters', 'a\u0000b', /^post: not a text \(binary content/],
  ])('refuses %s', (_what, body, message) => {
    const r = loadText('post', body);
    expect('error' in r && r.error).toMatch(message);
  });

  it('loadTexts reads every document in a body', () => {
    expect(loadTexts('post', `${JSON.stringify({ text: 'a' })}\n${JSON.stringify({ text: 'b' })}`).map((r) => r.name)).toEqual(['post#1', 'post#2']);
  });
});
