import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const REPORT = 'Poland will deliver 14 more tanks to Ukraine by the end of the month, its defence minister said on Wednesday.';

// tsx as a loader in the same node: faster than npx, and the same code as `dossier extract`.
function dossier(args: string[], input?: string): { out: string[]; err: string; status: number | null } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), 'extract', ...args], { cwd: root, input, encoding: 'utf8' });
  return { out: run.stdout.split('\n').filter(Boolean), err: run.stderr, status: run.status };
}

let dir: string;
const file = (name: string): string => path.join(dir, name);
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'dossier-cli-'));
  writeFileSync(file('report.txt'), REPORT);
  writeFileSync(file('report.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3]));
  writeFileSync(file('empty.txt'), '');
  writeFileSync(file('broken.html'), `<html><head><title>Tanks for Kyiv</title><meta property="og:site_name" content="Vistula Daily"><body><div><p>${REPORT}<p>More will follow, he said`);
  mkdirSync(file('folder'));
  writeFileSync(file('folder/a.txt'), REPORT);
  writeFileSync(file('folder/b.bin'), Buffer.from([0, 1, 2, 3]));
  writeFileSync(file('folder/c.txt'), REPORT);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dossier extract FILE', () => {
  it('extracts a text file, with its path as id and --published applied', () => {
    const run = dossier([file('report.txt'), '--published', '2024-05-08']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.out[0]).document).toMatchObject({ id: file('report.txt'), published: '2024-05-08', text: REPORT });
  });

  it('reads broken HTML as far as it goes, and the flags replace what the page says', () => {
    const run = dossier([file('broken.html'), '--id', 'pl-1', '--url', 'https://vistula.example/1', '--outlet', 'Vistula Daily (print)', '--title', 'Tanks']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.out[0]).document).toMatchObject({
      id: 'pl-1', url: 'https://vistula.example/1', outlet: 'Vistula Daily (print)', title: 'Tanks',
      text: `Tanks for Kyiv\n\n${REPORT}\n\nMore will follow, he said`,
    });
  });

  it('reads stdin and prints a readable table of claims with --pretty', () => {
    const run = dossier(['-', '--pretty', '--published', '2024-03-01'], REPORT);
    const text = run.out.join('\n');
    expect(text).toMatch(/^Claims \(\d+\)/m);
    expect(text).toMatch(/source chain \(original first\)/);
    expect(text).toMatch(/^Evidence$/m);
  });

  it.each([
    ['a binary file', 'report.pdf', [], /^dossier: .*report\.pdf: not a text file \(binary content: a PDF document\)/],
    ['an empty file', 'empty.txt', [], /^dossier: .*empty\.txt: empty file/],
    ['a malformed date', 'report.txt', ['--published', '26/06/2024'], /^dossier: .*report\.txt: published: expected an ISO date such as "2025-06-26", found "26\/06\/2024"/],
    ['a missing file', 'nope.txt', [], /^dossier: .*nope\.txt: no such file or folder/],
  ])('reports %s with its name and exits 1', (_what, name, flags, message) => {
    const run = dossier([file(name), ...flags]);
    expect(run.err).toMatch(message);
    expect(run.out).toEqual([]);
    expect(run.status).toBe(1);
  });

  it('goes on past a bad file in a folder', () => {
    const run = dossier([file('folder')]);
    expect(run.out.map((l) => JSON.parse(l).document.id)).toEqual([file('folder/a.txt'), file('folder/c.txt')]);
    expect(run.err).toMatch(/b\.bin: not a text file \(binary content: NUL bytes\)/);
    expect(run.status).toBe(1);
  });
});

describe('dossier extract --jsonl (SPEC §4)', () => {
  const lines = [
    JSON.stringify({ id: 'one', text: REPORT, published: '2024-05-08' }),
    '{"id": "two", "text": "Ukraine said',
    JSON.stringify({ id: 'three', text: REPORT, published: 'last Wednesday' }),
    JSON.stringify({ id: 'four', body: REPORT }),
    '',
    JSON.stringify({ id: 'five', text: REPORT }),
  ];

  it('writes one line per input line, in order; bad lines get an error record, the run goes on and exits 1', () => {
    const run = dossier(['--jsonl', '-'], lines.join('\n') + '\n');
    expect(run.status).toBe(1);
    const out = run.out.map((l) => JSON.parse(l));
    expect(out.map((o) => o.document?.id ?? o.id)).toEqual(['one', null, 'three', 'four', 'five']);
    expect(out[1].error).toMatch(/^stdin#2: not JSON/);
    expect(out[2].error).toMatch(/^stdin#3: published: expected an ISO date/);
    expect(out[3].error).toBe('stdin#4: expected a "text" (or "html") field, found only id, body');
    expect(run.err).toMatch(/dossier: stdin#3: published: .* \(id three\)/);
  });

  it('reads a batch file and applies --published to every line, exiting 0 when every line worked', () => {
    writeFileSync(file('batch.jsonl'), [lines[0], lines[5]].join('\n'));
    const run = dossier(['--jsonl', file('batch.jsonl'), '--published', '2024-05-09']);
    expect(run.out.map((l) => JSON.parse(l).document.published)).toEqual(['2024-05-09', '2024-05-09']);
    expect(run.status).toBe(0);
  });

  it('exits 0 with --exit-zero, for scorers that stop at a failed status', () => {
    expect(dossier(['--jsonl', '-', '--exit-zero'], lines.join('\n') + '\n').status).toBe(0);
  });

  it('refuses a file over the size limit with the exact sizes, and --max-size raises it', () => {
    writeFileSync(file('long.txt'), `${REPORT} `.repeat(40));
    const small = dossier([file('long.txt'), '--max-size', '1kb']);
    expect(small.status).toBe(1);
    expect(small.err).toMatch(/long\.txt: 4,400 bytes \(4\.3 KB\), over the limit of 1,024 bytes \(1 KB\); split it or raise the limit with --max-size/);
    expect(dossier([file('long.txt'), '--max-size', '5kb']).status).toBe(0);
    expect(dossier([file('long.txt'), '--max-size', 'lots']).err).toMatch(/--max-size: expected a size such as 5mb, 512kb or 100000, found "lots"/);
  });
});

describe('dossier extract: a time limit per document', () => {
  // ~1.9 MB of report text takes seconds; a limit of half a second stops it
  const long = Array.from({ length: 20_000 }, () => REPORT).join('\n').slice(0, 1_900_000);

  it('stops a document over the limit, writes an error record naming its stage, and goes on (--jsonl)', () => {
    const input = [{ id: 'short', text: REPORT }, { id: 'long', text: long }, { id: 'after', text: REPORT }].map((d) => JSON.stringify(d)).join('\n');
    const run = dossier(['--jsonl', '-', '--time-limit', '0.5', '--threads', '2'], input + '\n');
    const out = run.out.map((l) => JSON.parse(l));
    expect(out.map((o) => o.document?.id ?? o.id)).toEqual(['short', 'long', 'after']);
    expect(out[1].error).toMatch(/^stdin#2: stopped after 0\.5 s in stage "(segment|entities|times|quantities|claims)": over the time limit for one document$/);
    expect(out[1].stage).toBe(/"(\w+)"/.exec(out[1].error)![1]);
    expect(out[2].claims.length).toBeGreaterThan(0);
    expect(run.err).toMatch(/dossier: stdin#2: stopped after 0\.5 s .* \(id long\)/);
  });

  it('refuses a time limit or a thread count that is not a number', () => {
    expect(dossier(['--time-limit', 'soon', file('report.txt')]).err).toMatch(/--time-limit.*expected a number of seconds/);
    expect(dossier(['--threads', '0', file('report.txt')]).err).toMatch(/--threads.*expected a whole number of threads/);
  });
});

