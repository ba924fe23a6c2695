// The page's files (src/web: plain ES modules and CSS, no build step), read once at start-up and
// served from memory; only files found there can be asked for, so no path escapes the folder.
// From src/server/static.ts and from dist/server/static.js alike, the package root is two levels up.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'web');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export interface WebFile {
  type: string;
  body: Buffer;
}

/** Every servable file under dir, by its path relative to it ("views/ledger.js"). */
export function readWebFiles(dir: string = WEB_DIR): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch (e) {
    throw new Error(`the page's files: cannot read ${dir} (${(e as Error).message}); is the package installed whole?`);
  }
  for (const rel of entries.sort()) {
    const type = TYPES[path.extname(rel)];
    if (!type) continue;
    files.set(rel.split(path.sep).join('/'), { type, body: readFileSync(path.join(dir, rel)) });
  }
  return files;
}

/**
 * No inline script or style, no plugin, no frame: a document's text that slipped into markup
 * could still not run. connect-src 'self' keeps the page talking to this server only.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};
