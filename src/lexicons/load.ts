// Word lists are data: plain text (one entry a line) or TSV, with `#` comments, reviewed like code.
// They live in src/lexicons/ and are read from there both when running from source (src/lexicons/
// load.ts) and compiled (dist/lexicons/load.js): both sit two levels below the package root.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const LEXICON_DIR = path.join(here, '..', '..', 'src', 'lexicons');

const cache = new Map<string, string[]>();

/** The non-empty, non-comment lines of a lexicon file, trimmed at the end. Cached. */
export function lexiconLines(name: string): string[] {
  let lines = cache.get(name);
  if (!lines) {
    const file = path.join(LEXICON_DIR, name);
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (e) {
      throw new Error(`lexicon ${name}: cannot read ${file} (${(e as Error).message}); is the package installed whole?`);
    }
    lines = raw
      .split(/\r?\n/)
      .map((l) => l.replace(/\s+$/, ''))
      .filter((l) => l.trim() && !l.trimStart().startsWith('#'));
    cache.set(name, lines);
  }
  return lines;
}

/** A plain list: one entry a line, lower-cased unless `keepCase`. */
export function loadList(name: string, keepCase = false): string[] {
  return lexiconLines(name).map((l) => (keepCase ? l.trim() : l.trim().toLowerCase()));
}

/** A TSV file whose first non-comment line names the columns. Empty cells are ''. */
export function loadTsv(name: string): Record<string, string>[] {
  const [header, ...rows] = lexiconLines(name);
  if (!header) return [];
  const cols = header.split('\t').map((c) => c.trim());
  return rows.map((row, i) => {
    const cells = row.split('\t');
    if (cells.length > cols.length) throw new Error(`lexicon ${name}: row ${i + 2} has ${cells.length} cells, the header names ${cols.length}`);
    return Object.fromEntries(cols.map((c, j) => [c, (cells[j] ?? '').trim()]));
  });
}
