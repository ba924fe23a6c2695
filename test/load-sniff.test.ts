import { describe, expect, it } from 'vitest';
import { detectKind } from '../src/load/sniff.js';

describe('detectKind', () => {
  it.each([
    ['report.txt', 'Seoul says the North sent 3,000 more troops.', null, 'text'],
    ['report.txt', '<!DOCTYPE html><html><body><p>Seoul says…</p></body></html>', null, 'html'],
    ['saved', '  <p>Seoul says the North sent 3,000 more troops.</p>', null, 'html'],
    ['page.html', 'Seoul says the North sent <b>3,000</b> more troops.', null, 'html'],
    ['body', 'Seoul says the North sent troops.', 'text/html; charset=utf-8', 'html'],
    ['doc.json', '{"text": "Seoul says the North sent 3,000 more troops."}', null, 'json'],
    ['docs.txt', '[{"text": "a"}, {"text": "b"}]', null, 'json'],
    ['batch.txt', '{"text": "a"}\n{"text": "b"}\n', null, 'jsonl'],
    ['batch.jsonl', '{"text": "a"}', null, 'jsonl'],
    ['bad.json', '{"text": "a",', null, 'json'],
    ['news.xml', '<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', null, 'feed'],
    ['feed', '<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>', null, 'feed'],
  ])('%s holding %j is %s', (name, text, type, want) => {
    expect(detectKind(name, text, type)).toBe(want);
  });

  it.each([
    ['[Updated 3 p.m.] North Korea fired two missiles, Seoul said.'],
    ['{Editor’s note: this story has been updated.} Officials said 40 people died.'],
    ['Officials said <30 people were hurt.'],
  ])('reads prose that starts like JSON or holds a "<" as text: %s', (text) => {
    expect(detectKind('report.txt', text)).toBe('text');
  });
});
