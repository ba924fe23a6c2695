// Ages after a name: "Marcus Hill, 23, was shot and killed", "the victim, 17, died", "John Smith
// (23) was stabbed". A small whole number set off by commas or brackets right after a person's
// name or a noun for a person (age-holders.txt) is that person's age, never a count of people;
// "In Kidal, 23 soldiers were killed" and "14 in Goma, 23 in Bukavu" stay counts (what follows the
// number is no closing comma or bracket, and a place is no person).
import type { Doc, Token } from '../../doc.js';
import { loadList } from '../../lexicons/load.js';

let holders: Set<string> | null = null;
const ageHolders = () => (holders ??= new Set(loadList('age-holders.txt')));

const CLOSE: Record<string, string> = { ',': ',', '(': ')' };

/** Is token `i` (a whole number in digits) an age written after a person? */
export function ageAfterName(doc: Doc, tokens: Token[], i: number, from: number, end: number): boolean {
  const t = tokens[i];
  if (!/^\d{1,3}$/.test(t.text) || Number(t.text) < 1 || Number(t.text) > 120) return false;
  const open = tokens[i - 1];
  const close = tokens[i + 1];
  const who = tokens[i - 2];
  if (i - 2 < from || !open || !who || !(open.text in CLOSE)) return false;
  // "…, 23, was shot", "(23) was", "…, 58.": the number stands alone between its marks, or a comma
  // and the end of the sentence
  const ends = i + 1 >= end || /^[.;!?]$/.test(close?.text ?? '');
  if (!(close?.text === CLOSE[open.text] || (open.text === ',' && ends))) return false;
  const entity = (doc.entities ?? []).find((e) => e.mentions.some((m) => m.start <= who.start && who.end <= m.end));
  if (entity) return entity.type === 'person';
  if (ageHolders().has(who.lower.replace(/s$/, '')) || ageHolders().has(who.lower)) return true;
  return who.pos === 'PROPN' && /^\p{Lu}/u.test(who.text);
}
