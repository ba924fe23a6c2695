// Which loader reads a text: the content decides when it is unmistakable (a ".txt" that holds a
// saved web page is HTML), then the file extension or the HTTP Content-Type, then plain text.
import { isFeed } from './feed.js';

export type Kind = 'text' | 'html' | 'json' | 'jsonl' | 'feed';
export const KINDS: readonly Kind[] = ['text', 'html', 'json', 'jsonl', 'feed'];

const BY_EXTENSION: Record<string, Kind> = {
  '.txt': 'text', '.text': 'text', '.md': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl',
  '.rss': 'feed', '.atom': 'feed', '.xml': 'feed',
};

const BY_MEDIA_TYPE: Record<string, Kind> = {
  'text/plain': 'text', 'text/html': 'html', 'application/xhtml+xml': 'html',
  'application/json': 'json', 'application/x-ndjson': 'jsonl', 'application/jsonl': 'jsonl',
  'application/rss+xml': 'feed', 'application/atom+xml': 'feed',
};

// A page starts with a doctype, <html>, or a block element (a saved fragment); prose does not.
const HTML_START = /^(?:<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|article|main|div|p|h[1-6]|section|meta|title|table|ul|ol)[\s>/]/i;

export function extensionOf(name: string): string {
  const m = /(\.[a-z0-9]+)$/i.exec(name.replace(/[?#].*$/, ''));
  return m ? m[1].toLowerCase() : '';
}

export function detectKind(name: string, text: string, contentType?: string | null): Kind {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (isFeed(head)) return 'feed';
  if (HTML_START.test(head) || /<(html|body)[\s>]/i.test(head)) return 'html';
  const declared = BY_EXTENSION[extensionOf(name)] ?? BY_MEDIA_TYPE[mediaType(contentType)];
  if (head.startsWith('{') || head.startsWith('[')) return jsonKind(text, declared);
  // A .xml that is no feed, or a .json that holds prose, is read as what it holds.
  if (declared === 'html') return 'html';
  return 'text';
}

function mediaType(contentType?: string | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

// "[Updated 3 p.m.] North Korea …" starts like JSON too: only text that parses is JSON.
function jsonKind(text: string, declared: Kind | undefined): Kind {
  if (declared === 'jsonl') return 'jsonl';
  if (parses(text)) return 'json';
  const firstLine = text.trimStart().split('\n', 1)[0];
  if (firstLine.trimStart().startsWith('{') && parses(firstLine)) return 'jsonl';
  // A .json file that does not parse is reported as bad JSON, not read as prose.
  return declared === 'json' ? 'json' : 'text';
}

function parses(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}
