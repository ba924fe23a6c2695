// Files and folders: a folder is walked in name order (hidden entries such as .git are left
// out), and a file is read whole only when it is under the size limit.
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { tooLarge } from './result.js';

export type Found = { file: string } | { file: string; problem: string };

/** Every file under `root` (or `root` itself when it is a file). Symlink loops are walked once. */
export async function* walk(root: string, seen = new Set<string>()): AsyncGenerator<Found> {
  let info;
  try {
    info = await stat(root);
  } catch (e) {
    yield { file: root, problem: describe(e) };
    return;
  }
  if (!info.isDirectory()) {
    yield { file: root };
    return;
  }
  const real = await realpath(root);
  if (seen.has(real)) return;
  seen.add(real);
  let names: string[];
  try {
    names = (await readdir(root)).filter((n) => !n.startsWith('.')).sort();
  } catch (e) {
    yield { file: root, problem: describe(e) };
    return;
  }
  for (const n of names) yield* walk(path.join(root, n), seen);
}

export async function readCapped(file: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { problem: string }> {
  try {
    const { size } = await stat(file);
    if (size > maxBytes) return { problem: tooLarge(size, maxBytes) };
    return { bytes: await readFile(file) };
  } catch (e) {
    return { problem: describe(e) };
  }
}

/** Lines of a file or stream as they arrive, numbered from 1, so a big batch is never held whole. */
export async function* lines(source: string | NodeJS.ReadableStream): AsyncGenerator<{ n: number; line: string }> {
  const input = typeof source === 'string' ? createReadStream(source) : source;
  const reader = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of reader) {
    n++;
    yield { n, line: n === 1 ? line.replace(/^\uFEFF/, '') : line };
  }
}

export async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<{ bytes: Uint8Array } | { problem: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > maxBytes) return { problem: tooLarge(size, maxBytes, true) };
    chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks) };
}

function describe(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'ENOENT') return 'no such file or folder';
  if (err.code === 'EACCES') return 'permission denied';
  if (err.code === 'EISDIR') return 'a folder, not a file';
  return err.message ?? String(e);
}
