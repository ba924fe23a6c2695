// Bytes to text: UTF-8 with or without a BOM, UTF-16 with a BOM, or a declared charset (from an
// HTTP Content-Type). Anything else that is not valid text is refused as binary, so that a PDF or
// an image dropped into a folder of reports yields one clear error instead of garbage claims.

export type Decoded = { text: string } | { problem: string };

// Magic numbers of files people drop next to their reports by mistake.
const MAGIC: [string, number[]][] = [
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive or Office document', [0x50, 0x4b, 0x03, 0x04]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['an SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

/** A few replacement characters are tolerated: real pages carry the odd broken byte. */
const MAX_BAD_SEQUENCES = 8;

export function decodeBytes(bytes: Uint8Array, charset?: string | null): Decoded {
  const decoded = decode(bytes, charset);
  // A file of blanks (or only a BOM) is as empty as a file of no bytes.
  if ('text' in decoded && !decoded.text.trim()) return { problem: 'empty file' };
  return decoded;
}

function decode(bytes: Uint8Array, charset?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return utf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  for (const [what, magic] of MAGIC) {
    if (magic.every((b, i) => bytes[i] === b)) return { problem: `not a text file (binary content: ${what}); convert it to text or HTML first` };
  }
  if (bytes.includes(0)) return { problem: 'not a text file (binary content: NUL bytes); give a UTF-8 text, HTML or JSON file' };
  // The server's word comes first; a page's own declaration is often wrong (a UTF-8 page still
  // saying iso-8859-1), so it is followed only when the bytes are not clean UTF-8.
  const fromServer = charset && declared(bytes, charset);
  if (fromServer) return fromServer;
  const asUtf8 = utf8(bytes);
  if ('text' in asUtf8 && !asUtf8.text.includes('\uFFFD')) return asUtf8;
  const inside = declaredInside(bytes);
  return (inside && declared(bytes, inside)) || asUtf8;
}

function utf8(bytes: Uint8Array): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes);
  let bad = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) bad++;
  if (bad > MAX_BAD_SEQUENCES) {
    return { problem: `not a text file (binary content: ${bad} byte sequences that are not UTF-8); if it is text in another encoding, convert it to UTF-8` };
  }
  return { text };
}

// A saved page or feed may name its own encoding (<meta charset="windows-1252">, <?xml
// encoding="ISO-8859-1"?>) in its first bytes, which are ASCII whatever the encoding.
function declaredInside(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] ?? /^<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1] ?? null;
}

/** A charset named by the server (windows-1252, iso-8859-1 …); null when Node does not know it. */
function declared(bytes: Uint8Array, label: string): Decoded | null {
  if (/^(utf-?8|us-ascii|ascii)$/i.test(label.trim())) return null; // UTF-8 is read with its own checks
  try {
    return { text: new TextDecoder(label).decode(bytes) };
  } catch {
    return null;
  }
}
