import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../src/load/decode.js';

const SENTENCE = 'Officials said about 1,500 soldiers crossed the border on Tuesday – “a major escalation”.';
const utf16 = (s: string, bigEndian: boolean): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.set(bigEndian ? [c >> 8, c & 255] : [c & 255, c >> 8], 2 + i * 2);
  }
  return out;
};

describe('decodeBytes: text encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(SENTENCE), null, SENTENCE],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]), null, SENTENCE],
    ['UTF-16 LE with a BOM', utf16(SENTENCE, false), null, SENTENCE],
    ['UTF-16 BE with a BOM', utf16(SENTENCE, true), null, SENTENCE],
    ['a declared windows-1252 charset', Buffer.from('Le ministère a reçu 40 véhicules.', 'latin1'), 'windows-1252', 'Le ministère a reçu 40 véhicules.'],
  ])('reads %s', (_what, bytes, charset, want) => {
    expect(decodeBytes(bytes, charset)).toEqual({ text: want });
  });

  it.each([
    ['an HTML meta tag', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body><p>Le ministère a reçu 40 véhicules.</p></body></html>'],
    ['an XML declaration', '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><item><description>Le ministère a reçu 40 véhicules.</description></item></channel></rss>'],
  ])('reads the charset named by %s', (_what, page) => {
    expect(decodeBytes(Buffer.from(page, 'latin1'))).toEqual({ text: page });
  });

  it('keeps a UTF-8 page that wrongly declares iso-8859-1 as UTF-8', () => {
    const page = '<html><head><meta charset="iso-8859-1"></head><body><p>Le ministère a reçu 40 véhicules.</p></body></html>';
    expect(decodeBytes(Buffer.from(page))).toEqual({ text: page });
  });

  it('tolerates a few broken bytes in an otherwise UTF-8 report', () => {
    const bytes = Buffer.concat([Buffer.from('Kyiv said 40 drones were downed'), Buffer.from([0xff]), Buffer.from(' overnight.')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Kyiv said 40 drones were downed\uFFFD overnight.' });
  });
});

describe('decodeBytes: what is refused', () => {
  it.each([
    ['an empty file', new Uint8Array(), /^empty file$/],
    ['a file of blanks', Buffer.from(' \n\t\n'), /^empty file$/],
    ['a BOM alone', Buffer.from([0xef, 0xbb, 0xbf]), /^empty file$/],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /not a text file \(binary content: a PDF document\)/],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), /binary content: a PNG image/],
    ['NUL bytes', Buffer.from('North Korea\u0000\u0000sent troops'), /binary content: NUL bytes/],
    ['random non-UTF-8 bytes', Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 64))), /binary content: \d+ byte sequences that are not UTF-8/],
  ])('refuses %s', (_what, bytes, message) => {
    const got = decodeBytes(bytes);
    expect('problem' in got && got.problem).toMatch(message);
  });
});
