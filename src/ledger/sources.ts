// Who a report counts for. A claim's original source is the first link of its attribution chain
// ("NIS" in NIS → lawmaker → reporters); a claim in the outlet's own voice counts for the outlet,
// or for the wire agency whose copy the outlet carries ("RTHK (AP)", "SEOUL (AP) —"), so that ten
// outlets printing one AP story are one source. Lists: ledger-wire-agencies.tsv,
// ledger-source-aliases.tsv.
import { loadTsv } from '../lexicons/load.js';
import { isAnonymous } from './stories.js';

interface WireTable {
  exact: Map<string, string>;
  folded: Map<string, string>;
  pattern: RegExp;
}

let wires: WireTable | null = null;
let aliases: Map<string, string> | null = null;
let owners: Map<string, string> | null = null;

/** Country names and aliases → the country's first demonym, folded ("ukraine" → "ukrainian"). */
function ownerTable(): Map<string, string> {
  if (owners) return owners;
  owners = new Map();
  for (const r of loadTsv('countries.tsv')) {
    const demonym = r.demonyms.split('|')[0];
    if (!demonym) continue;
    for (const n of [r.name, ...r.aliases.split('|')]) if (n) owners.set(foldName(n), foldName(demonym));
  }
  return owners;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wireTable(): WireTable {
  if (wires) return wires;
  const rows = loadTsv('ledger-wire-agencies.tsv');
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const r of rows) {
    exact.set(r.alias, r.agency);
    // "AP" must not match the word "ap" inside a name; long names may be written in any case
    if (r.alias.length > 4) folded.set(foldName(r.alias), r.agency);
  }
  const names = rows.map((r) => r.alias).sort((a, b) => b.length - a.length).map(escape);
  return (wires = { exact, folded, pattern: new RegExp(`\\(\\s*(${names.join('|')})\\s*\\)`) });
}

function aliasTable(): Map<string, string> {
  if (aliases) return aliases;
  aliases = new Map();
  for (const r of loadTsv('ledger-wire-agencies.tsv')) aliases.set(foldName(r.alias), r.agency);
  for (const r of loadTsv('ledger-source-aliases.tsv')) aliases.set(foldName(r.alias), r.canonical);
  return aliases;
}

/** Lower-case, curly quotes straightened, dots and a leading "the" dropped, spaces collapsed. */
export function foldName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[’‘`]/g, "'")
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** The wire agency a name stands for, if it is one ("The Associated Press" → AP). */
export function wireAgency(name: string): string | null {
  const t = wireTable();
  const trimmed = name.trim();
  return t.exact.get(trimmed) ?? t.folded.get(foldName(trimmed)) ?? null;
}

/**
 * The agency whose copy a document is: the outlet is the agency, or names it in brackets
 * ("NDTV (AFP)"), or the text opens with a dateline credit ("KYIV, Ukraine (AP) —").
 */
export function detectWire(outlet: string | null, text: string): string | null {
  const t = wireTable();
  if (outlet) {
    const whole = wireAgency(outlet);
    if (whole) return whole;
    const m = t.pattern.exec(outlet);
    if (m) return wireAgency(m[1]);
  }
  // a dateline credit sits in the first lines, before the first dash of the lede
  const head = text.slice(0, 400);
  const m = new RegExp(`${t.pattern.source}\\s*[—–-]`).exec(head);
  return m ? wireAgency(m[1]) : null;
}

export interface SourceName {
  key: string;
  name: string;
}

/**
 * One source under one key: the canonical name when the alias list knows it, else the entity id
 * the extractor resolved, else the folded name ("NIS", "Japan's Defense Intelligence Headquarters" → National Intelligence
 * Service). A parenthesised acronym is an alias of the name before it.
 */
export function normaliseSource(name: string, id: string | null = null): SourceName {
  const table = aliasTable();
  const acronym = /\(([^)]+)\)\s*$/.exec(name)?.[1] ?? null;
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '');
  const folded = foldName(bare);
  // "South Korea's NIS": a possessive country before a known name; stripped only when what is
  // left is known, so "Ukraine's defence ministry" never becomes Russia's
  const owned = /^[\p{L} .'-]+?'s (.+)$/u.exec(folded)?.[1];
  const canonical =
    table.get(folded) ?? (acronym ? table.get(foldName(acronym)) : undefined) ?? (owned ? table.get(owned) : undefined);
  // the alias list first: one extraction may resolve "NIS" to an id and another leave
  // "South Korean intelligence" bare, and both must count once
  if (canonical) return { key: `source:${foldName(canonical)}`, name: canonical };
  if (id) return { key: id, name: bare.trim() || name.trim() };
  // "Ukraine's air force" is "the Ukrainian air force": a country's possessive reads as its demonym
  const possessive = /^(.+?)'s (.+)$/.exec(folded);
  const demonym = possessive ? ownerTable().get(possessive[1]) : undefined;
  const key = demonym ? `${demonym} ${possessive![2]}` : folded;
  return { key: `source:${key}`, name: bare.trim() || name.trim() };
}

export interface OriginalSource extends SourceName {
  /** chain: the first link of the attribution; story: the story an unnamed source belongs to;
   *  wire: the agency the outlet carried; outlet: its own voice. */
  via: 'chain' | 'story' | 'wire' | 'outlet';
}

export interface SourcedClaim {
  sources: { name: string; id: string | null }[];
  /** The story an unnamed first source belongs to (stories.ts), if not the outlet's own. */
  story?: string | null;
}

/** Does a claim speak in the outlet's own voice: no source, or an unnamed one the outlet alone quotes? */
export function ownVoice(c: SourcedClaim): boolean {
  return !c.sources.length || (isAnonymous(c.sources[0]) && !c.story);
}

/** A document's own voice when it names no outlet: its web site, else its title; never a file name. */
function unnamedOutlet(doc: { key: string; url?: string | null; title?: string | null }): SourceName {
  let host: string | null = null;
  try {
    host = doc.url ? new URL(doc.url).hostname.replace(/^www\./, '') : null;
  } catch {
    host = null;
  }
  return { key: `document:${doc.key}`, name: host ?? (doc.title ? `unnamed outlet (“${doc.title}”)` : 'unnamed outlet') };
}

/** The original source a claim counts for (before near-identical copies are merged). */
export function originalSource(
  c: SourcedClaim,
  doc: { outlet: string | null; wire: string | null; key: string; url?: string | null; title?: string | null },
): OriginalSource {
  const first = c.sources[0];
  if (first && !isAnonymous(first)) return { ...normaliseSource(first.name, first.id), via: 'chain' };
  if (first && c.story) return { ...normaliseSource(c.story), via: 'story' };
  if (doc.wire) return { ...normaliseSource(doc.wire), via: 'wire' };
  if (doc.outlet) return { ...normaliseSource(doc.outlet), via: 'outlet' };
  return { ...unnamedOutlet(doc), via: 'outlet' };
}
