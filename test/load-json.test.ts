import { describe, expect, it } from 'vitest';
import { jsonLine, parseJson, parseJsonLines } from '../src/load/json.js';

const TEXT = 'The European Union approved €5 billion in military aid for Ukraine on Monday, diplomats said.';

describe('parseJson', () => {
  it('reads one object, keeping the document fields and leaving others out', () => {
    const json = JSON.stringify({ id: 'eu-1', text: TEXT, published: '2024-03-18', outlet: 'Brussels Desk', licence: 'CC BY', claims: [] });
    expect(parseJson('eu.json', json)).toEqual([{ name: 'eu.json', input: { id: 'eu-1', text: TEXT, published: '2024-03-18', outlet: 'Brussels Desk' } }]);
  });

  it('names the elements of an array by their place', () => {
    const got = parseJson('batch.json', JSON.stringify([{ text: TEXT }, { id: 9 }, { text: 'Kyiv said 30 drones were downed.' }]));
    expect(got.map((r) => r.name)).toEqual(['batch.json#1', 'batch.json#2', 'batch.json#3']);
    expect(got[1]).toEqual({ name: 'batch.json#2', error: 'batch.json#2: expected a "text" (or "html") field, found only id' });
  });

  it('reads an "html" field as a page, the object’s own fields first', () => {
    const html = '<html><head><meta property="og:site_name" content="Page Outlet"><meta property="article:published_time" content="2024-03-17"></head><body><p>Diplomats said the fund would reach €5 billion this year.</p></body></html>';
    const [r] = parseJson('x.json', JSON.stringify({ html, outlet: 'Given Outlet' }));
    expect('input' in r && r.input).toMatchObject({ text: 'Diplomats said the fund would reach €5 billion this year.', outlet: 'Given Outlet', published: '2024-03-17' });
  });

  it.each([
    ['{"text": "unterminated', /^bad\.json: not valid JSON: /],
    ['[]', /^bad\.json: an empty JSON array/],
    ['"just a string"', /^bad\.json: expected a JSON object with a "text" field, found "just a string"/],
    ['{"text": 42}', /^bad\.json: "text" should be a string, found number/],
    ['{}', /^bad\.json: expected a "text" \(or "html"\) field, found an empty object/],
  ])('refuses %s with an error naming the file', (json, message) => {
    const [r] = parseJson('bad.json', json);
    expect('error' in r && r.error).toMatch(message);
  });
});

describe('JSON lines', () => {
  it('reports a bad line and reads the lines after it', () => {
    const text = [JSON.stringify({ id: 'a', text: TEXT }), '{"id": "b", "text": ', '', JSON.stringify({ id: 'c', text: TEXT })].join('\n');
    const got = parseJsonLines('batch.jsonl', text);
    expect(got.map((r) => [r.name, 'error' in r])).toEqual([['batch.jsonl#1', false], ['batch.jsonl#2', true], ['batch.jsonl#4', false]]);
  });

  it.each([
    [JSON.stringify({ id: 'ok', text: TEXT }), { input: { id: 'ok', text: TEXT } }],
    ['not json', { error: expect.stringMatching(/^f#3: not JSON/), id: null }],
    [JSON.stringify({ id: 'no-text', body: TEXT }), { error: 'f#3: expected a "text" (or "html") field, found only id, body', id: 'no-text' }],
  ])('jsonLine %s', (line, want) => {
    expect(jsonLine('f#3', line)).toEqual(want);
  });
});
