// Sizes given on the command line ("5mb", "512kb", "100000"), for --max-size and --max-body; in a
// module of its own so that extract and ingest do not load the server to read one.

/** "5mb", "512kb", "100000": a size in bytes. */
export function parseSize(v: string, option = '--max-body'): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?\s*$/i.exec(v);
  if (!m) throw new Error(`${option}: expected a size such as 5mb, 512kb or 100000, found "${v}"`);
  const unit = (m[2] ?? 'b').toLowerCase();
  return Math.round(Number(m[1]) * (unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1));
}
