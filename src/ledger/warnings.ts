// Where a stored document's data is weak, said out loud instead of silently: no publication date
// (its relative times — "last night", "on Friday" — stay unresolved, and the ledger cannot place
// its events in time), no outlet (its own voice counts as an unnamed outlet, never a file name).
import type { Extraction } from '../format.js';

export function documentWarnings(x: Extraction): string[] {
  const out: string[] = [];
  if (!x.document.published) {
    const unresolved = x.times.filter((t) => /X/.test(t.value) && t.type !== 'DURATION').map((t) => `“${t.text}”`);
    out.push(
      `no publication date: ${unresolved.length ? `${unresolved.length} relative time${unresolved.length === 1 ? '' : 's'} (${unresolved.slice(0, 3).join(', ')}${unresolved.length > 3 ? ' …' : ''}) left unresolved` : 'relative times cannot be resolved'}` +
        '; give one with --published (or "published" in JSON)',
    );
  }
  if (!x.document.outlet) out.push('no outlet: what it says in its own voice counts for an unnamed outlet; give one with --outlet (or "outlet" in JSON)');
  return out;
}
