// A document's copy sketch (src/ledger/copies.ts) as stored: its 32-bit hashes, little-endian.

export function encodeSketch(s: readonly number[]): Buffer {
  const buf = Buffer.alloc(s.length * 4);
  s.forEach((h, i) => buf.writeUInt32LE(h, i * 4));
  return buf;
}

export function decodeSketch(buf: Uint8Array | null): number[] | null {
  if (!buf) return null;
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= b.length; i += 4) out.push(b.readUInt32LE(i));
  return out;
}
