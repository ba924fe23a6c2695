#!/usr/bin/env node
// Lists functions (declarations, methods, arrow functions) longer than a limit, by source lines.
//   node scripts/function-lengths.mjs [--max 60] [dir …]      exit 1 when one is longer
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const max = maxAt >= 0 ? Number(args[maxAt + 1]) : 60;
const dirs = args.filter((a, i) => a !== '--max' && i !== maxAt + 1);
const files = [];
const walk = (p) => (statSync(p).isDirectory() ? readdirSync(p).forEach((e) => walk(path.join(p, e))) : p.endsWith('.ts') && files.push(p));
(dirs.length ? dirs : ['src/stages/claims']).forEach(walk);

export function longFunctions(file, limit) {
  const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out = [];
  const visit = (n) => {
    if ((ts.isFunctionDeclaration(n) || ts.isMethodDeclaration(n) || ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isConstructorDeclaration(n)) && n.body) {
      const a = src.getLineAndCharacterOfPosition(n.getStart()).line;
      const b = src.getLineAndCharacterOfPosition(n.end).line;
      if (b - a + 1 > limit) out.push({ file, line: a + 1, lines: b - a + 1, name: n.name?.getText() ?? '(anonymous)' });
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  return out;
}

const long = files.flatMap((f) => longFunctions(f, max));
for (const f of long) console.log(`${f.file}:${f.line}\t${f.lines} lines\t${f.name}`);
console.log(long.length ? `${long.length} functions longer than ${max} lines` : `no function longer than ${max} lines`);
process.exitCode = long.length ? 1 : 0;
