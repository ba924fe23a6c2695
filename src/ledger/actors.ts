// Actor keys: an entity id when the extractor resolved one ("country:KP"), else the folded name,
// so that claims about an unresolved actor ("Wagner Group") still meet in one bucket.
import type { ActorRef, EntityOut, Extraction } from '../format.js';
import type { ActorAlias } from '../store/model.js';
import { foldName } from './sources.js';

export const NO_ACTOR = '-';

export function actorKey(a: ActorRef | null | undefined): string {
  if (!a) return NO_ACTOR;
  if (a.id) return a.id;
  const f = foldName(a.name);
  return f ? `name:${f}` : NO_ACTOR;
}

/** Folded form used to look an actor up by what a user types ("the DPRK", "U.S."). */
export function actorAlias(text: string): string {
  return foldName(text);
}


function mentionAliases(e: EntityOut): string[] {
  // pronouns and lower-case descriptions ("he", "the agency") would make every name ambiguous
  return e.mentions.filter((m) => m.rule !== 'pronoun' && /^\p{Lu}|^\p{N}/u.test(m.text.replace(/^the\s+/i, ''))).map((m) => m.text);
}

/** Every name and alias under which an extraction's actors may be looked up. */
export function actorAliases(x: Extraction): ActorAlias[] {
  const out = new Map<string, ActorAlias>();
  const add = (alias: string, key: string, name: string) => {
    const a = actorAlias(alias);
    if (a && key !== NO_ACTOR) out.set(`${a}\u0000${key}`, { alias: a, key, name });
  };
  for (const e of x.entities) {
    add(e.name, e.id, e.name);
    add(e.id, e.id, e.name);
    for (const m of mentionAliases(e)) add(m, e.id, e.name);
  }
  for (const c of x.claims) {
    for (const a of [c.agent, c.recipient, c.location]) if (a) add(a.name, actorKey(a), a.name);
  }
  return [...out.values()];
}
