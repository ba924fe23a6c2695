// What a report is about: the country it names most (where its events happen, whose institutions
// speak when named without their country).
import type { ActorRef } from '../../format.js';
import { countryOf } from './actors.js';
import type { DocView } from './view.js';

const cache = new WeakMap<DocView, ActorRef | null>();

/** The country a report is about: the one named most often (the first named on a tie). */
export function dominantCountry(v: DocView): ActorRef | null {
  if (cache.has(v)) return cache.get(v)!;
  const got = computeDominant(v);
  cache.set(v, got);
  return got;
}

function computeDominant(v: DocView): ActorRef | null {
  // a country named, an armed group of it, and twice over a place in it that is not its capital
  // (where things happen: "PORT SUDAN —", "near Omdurman"); a capital stands for a government as
  // often as for a place
  const score = new Map<string, { ref: ActorRef; n: number }>();
  const add = (ref: ActorRef | null, n: number) => {
    if (!ref?.id) return;
    const got = score.get(ref.id) ?? { ref, n: 0 };
    got.n += n;
    score.set(ref.id, got);
  };
  for (const e of v.entities.values()) {
    if (e.type === 'country') add({ id: e.id, name: e.name }, e.mentions.length);
    else if (e.type === 'place') add(countryOf(v, e), 2 * e.mentions.filter((m) => m.rule !== 'capital').length);
    // armed groups fight where they are from ("the Rapid Support Forces")
    else if (e.type === 'group') add(countryOf(v, e), e.mentions.length);
  }
  let best: { ref: ActorRef; n: number } | null = null;
  for (const c of score.values()) if (!best || c.n > best.n) best = c;
  return best && best.n >= 2 ? best.ref : null;
}
