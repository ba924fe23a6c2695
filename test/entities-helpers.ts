// Shared helpers for the entity tests: run the actors layer on a sentence and look entities up.
import { makeDoc } from '../src/doc.js';
import type { EntityOut } from '../src/format.js';
import { findEntities } from '../src/stages/entities.js';

export function actors(text: string): EntityOut[] {
  return findEntities(makeDoc(text));
}

/** The entity with a mention whose text is `written`, if any. */
export function actorAt(text: string, written: string): EntityOut | undefined {
  return actors(text).find((e) => e.mentions.some((m) => m.text === written));
}

/** The rule of the mention written `written`. */
export function ruleAt(text: string, written: string): string | undefined {
  for (const e of actors(text)) for (const m of e.mentions) if (m.text === written) return m.rule;
  return undefined;
}
