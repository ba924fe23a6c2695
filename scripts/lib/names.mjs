// Matching a gold annotation's name ("Russia", ["Houthis", "Yemen"], "U.S. officials") to a
// candidate the extractor offers ({id, name}): the same entity when our recogniser resolves the
// gold name to it, else the same words. Used to label training examples (scripts/train.mjs).
const STOP = new Set(['the', 'of', 'and', 'a', 'an', 'its', 'their']);
export const norm = (s) => String(s ?? '').toLowerCase().replace(/[’`]/g, "'").replace(/'s\b/g, '').replace(/\b([a-z])\.([a-z])\.?/g, '$1$2').replace(/\bdefence\b/g, 'defense').replace(/[^\p{L}\p{N} ]/gu, ' ').replace(/\s+/g, ' ').trim().replace(/^the /, '');
const words = (s) => norm(s).split(' ').filter((w) => w && !STOP.has(w));

export function makeMatcher(extract) {
  const ids = new Map();
  const idsOf = (name) => {
    if (!ids.has(name)) {
      let found = [];
      try {
        const x = extract({ text: name });
        found = x.entities.filter((e) => e.mentions.some((m) => m.end - m.start >= name.length * 0.6)).map((e) => e.id);
        // a person or organisation stands for its country too, as the extractor's actors do
        for (const e of x.entities) if (e.country) found.push(`country:${e.country}`);
      } catch { /* not a name the extractor reads */ }
      ids.set(name, found);
    }
    return ids.get(name);
  };
  /** gold: a name, a list of names, or null; cand: {id, name} or null. */
  return function matches(gold, cand) {
    if (gold == null || (Array.isArray(gold) && !gold.length)) return cand == null;
    if (cand == null) return false;
    for (const g of Array.isArray(gold) ? gold : [gold]) {
      if (norm(g) === norm(cand.name)) return true;
      if (cand.id && idsOf(g).slice(0, 1).includes(cand.id)) return true;
      const a = words(g), b = words(cand.name);
      if (!a.length || !b.length) continue;
      const [short, long] = a.length <= b.length ? [a, b] : [b, a];
      if (short.every((w) => long.includes(w)) && short.some((w) => !['officials', 'official', 'sources', 'forces'].includes(w))) return true;
    }
    return false;
  };
}
