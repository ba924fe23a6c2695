// Finding actors by offset, for the claims and attribution layers: which entity is mentioned at
// [start, end)? The index is built once per entity list and kept with it.
import type { EntityOut, MentionOut } from '../../format.js';

export interface MentionHit {
  entity: EntityOut;
  mention: MentionOut;
}

export interface MentionIndex {
  /** Every mention overlapping [start, end), in text order. */
  overlapping(start: number, end: number): MentionHit[];
  /** The mention that best covers [start, end): the same span, else one inside it or holding it,
   *  the longest first; a country beats the city its capital names. */
  at(start: number, end: number): MentionHit | null;
  /** Mentions in text order. */
  all: readonly MentionHit[];
}

const cache = new WeakMap<readonly EntityOut[], MentionIndex>();
// on one span, the country a capital or seat stands for comes before the city or office itself
const TYPE_RANK: Record<string, number> = { country: 0, person: 1, organisation: 2, group: 2, place: 3 };

export function indexMentions(entities: readonly EntityOut[]): MentionIndex {
  const cached = cache.get(entities);
  if (cached) return cached;
  const all = entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention }))).sort((a, b) => a.mention.start - b.mention.start || b.mention.end - a.mention.end);
  // mentions do not nest much, so the longest mention bounds how far back an overlap can start
  const longest = all.reduce((n, h) => Math.max(n, h.mention.end - h.mention.start), 0);
  const overlapping = (start: number, end: number) => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].mention.start < start - longest) lo = mid + 1;
      else hi = mid;
    }
    const out: MentionHit[] = [];
    for (let i = lo; i < all.length && all[i].mention.start < end; i++) if (all[i].mention.end > start) out.push(all[i]);
    return out;
  };
  const at = (start: number, end: number) => {
    const hits = overlapping(start, end);
    if (!hits.length) return null;
    const score = (h: MentionHit) => {
      const m = h.mention;
      const exact = m.start === start && m.end === end ? 2 : m.start >= start && m.end <= end ? 1 : 0;
      return [exact, m.end - m.start, -TYPE_RANK[h.entity.type]];
    };
    return hits.reduce((best, h) => {
      const [a, b] = [score(h), score(best)];
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i] ? h : best;
      return best;
    });
  };
  const index: MentionIndex = { overlapping, at, all };
  cache.set(entities, index);
  return index;
}

/** The entity mentioned at [start, end), or null. */
export function mentionAt(entities: readonly EntityOut[], start: number, end: number): MentionHit | null {
  return indexMentions(entities).at(start, end);
}
