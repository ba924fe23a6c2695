// Whose story a source is. "US and European officials", "a US official" and "the Wall Street
// Journal" in one report relaying one Journal story are one original source: unnamed sources
// (ledger-anonymous-sources.txt) are known only through the report that quotes them, so they count
// for that report's story — the news outlet their chain relays, else the one outlet the document
// cites, else the document's own voice (its outlet, or the wire copy it carries).
import type { EntityOut, Extraction, SourceOut } from '../format.js';
import { loadList, loadTsv } from '../lexicons/load.js';
import { foldName, wireAgency } from './sources.js';
import { singular, words } from './words.js';

let anonymousHeads: Set<string> | null = null;
let outletIds: Set<string> | null = null;

function heads(): Set<string> {
  return (anonymousHeads ??= new Set(loadList('ledger-anonymous-sources.txt').map(singular)));
}

/** Entity ids the organisation gazetteer lists as news outlets (kind "outlet"). */
function outlets(): Set<string> {
  return (outletIds ??= new Set(loadTsv('organisations.tsv').filter((r) => r.kind === 'outlet').map((r) => r.id)));
}

/** An unnamed source: no entity behind it and a head noun such as "officials" or "sources". */
export function isAnonymous(s: { name: string; id?: string | null }): boolean {
  if (s.id) return false;
  // "sources familiar with the plans", "people close to the talks": the head comes before the modifier
  const head = s.name.replace(/\s+(?:familiar|close|briefed|with|who|in|at|from|of)\b.*$/i, '');
  const w = words(head);
  return w.length > 0 && heads().has(singular(w[w.length - 1]));
}

/** Is this chain link a news outlet (a gazetteer outlet, one named as such in the text, a wire agency)? */
export function isOutlet(s: { name: string; id?: string | null }, entities: readonly EntityOut[]): boolean {
  if (s.id && outlets().has(s.id)) return true;
  if (s.id && entities.some((e) => e.id === s.id && e.mentions.some((m) => m.rule === 'outlet'))) return true;
  return wireAgency(s.name) != null;
}

/**
 * The story each claim's unnamed original source belongs to, or null: the first named link later
 * in its own chain (the outlet or person relaying them), else the only outlet the document cites;
 * never the document's own outlet (that is its own voice, which the ledger already counts for it).
 */
export function storiesOf(x: Extraction): (string | null)[] {
  const own = x.document.outlet ? foldName(x.document.outlet) : null;
  const notOwn = (s: SourceOut) => !own || foldName(s.name) !== own;
  const cited = new Map<string, string>();
  for (const c of x.claims) for (const s of c.sources ?? []) if (isOutlet(s, x.entities) && notOwn(s)) cited.set(s.id ?? foldName(s.name), s.name);
  const only = cited.size === 1 ? [...cited.values()][0] : null;
  return x.claims.map((c) => {
    const chain = c.sources ?? [];
    if (!chain.length || !isAnonymous(chain[0])) return null;
    // "…, Kirby said, citing intelligence officials": the first named link who relays them
    const relayed = chain.slice(1).find((s) => !isAnonymous(s));
    if (relayed) return notOwn(relayed) ? relayed.name : null;
    return only;
  });
}
