// `dossier search QUERY`: full-text search over stored documents and claims, with the matching
// words highlighted (bold on a terminal, «guillemets» in a pipe).
import type { Command } from 'commander';
import { search } from '../ledger/query.js';
import type { SearchHit, SnippetPart } from '../store/store.js';
import { dbOption, withStore } from './store-option.js';

function render(parts: SnippetPart[], tty: boolean): string {
  return parts
    .map((p) => (p.hit ? (tty ? `\x1b[1m${p.text}\x1b[22m` : `«${p.text}»`) : p.text))
    .join('')
    .replace(/\s+/g, ' ');
}

function hitLine(h: SearchHit, tty: boolean): string {
  const where = `${h.published ?? 'undated'}  ${h.outlet ?? ''}  ${h.document}${h.claim ? ` ${h.claim}` : ''}`.replace(/\s+/g, ' ');
  return `${where}\n    ${render(h.snippet, tty)}\n`;
}

export function registerSearch(program: Command): void {
  dbOption(
    program
      .command('search')
      .description('full-text search over documents and claims ("quoted phrases" stay together; all words must match)')
      .argument('<query...>', 'words to look for')
      .option('--limit <n>', 'hits of each kind', '10')
      .option('--offset <n>', 'skip this many hits of each kind', '0')
      .option('--json', 'print JSON'),
  ).action(async (words: string[], opts: { db?: string; limit: string; offset: string; json?: boolean }) => {
    await withStore(opts, async (store) => {
      const r = await search(store, words.join(' '), { limit: Number(opts.limit) || 10, offset: Number(opts.offset) || 0 });
      if (opts.json) return void process.stdout.write(JSON.stringify(r, null, 2) + '\n');
      const tty = !!process.stdout.isTTY;
      let out = `documents (${r.documents.total}):\n` + r.documents.items.map((h) => '  ' + hitLine(h, tty)).join('');
      out += `\nclaims (${r.claims.total}):\n` + r.claims.items.map((h) => '  ' + hitLine(h, tty)).join('');
      process.stdout.write(out);
    }, true);
  });
}
