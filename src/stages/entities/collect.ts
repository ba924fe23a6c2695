// From hits to entities: one EntityOut per canonical id, mentions in text order, a person's first
// role and affiliation, and a lone given name ("Colonel Oleksandr") folded into the full name the
// report gives later ("Oleksandr Kindratenko").
import type { EntityOut, MentionOut } from '../../format.js';
import type { Hit } from './layer.js';
import { surnameKey } from './people.js';
import type { Target } from './targets.js';

/** A mention of a country by its capital also names the city (`place`: its place id); by a seat
 *  of government, the office that sits there (`seat`: "Downing Street", "Kremlin"). */
export interface EntityMention extends MentionOut {
  place?: string;
  seat?: string;
}

export function collect(text: string, hits: Hit[], byId: Map<string, Target>): EntityOut[] {
  const out = new Map<string, EntityOut>();
  const add = (t: Target, m: EntityMention) => {
    let e = out.get(t.id);
    if (!e) out.set(t.id, (e = { id: t.id, name: t.name, type: t.type, country: t.country, role: null, affiliation: null, mentions: [] }));
    e.mentions.push(m);
    return e;
  };
  for (const h of hits) {
    const m: EntityMention = { start: h.start, end: h.end, text: text.slice(h.start, h.end), rule: h.rule };
    if (h.also) m[h.also.type === 'place' ? 'place' : 'seat'] = h.also.id;
    const e = add(h.target, m);
    if (h.role && !e.role) e.role = h.role;
    if (h.affiliation && !e.affiliation) e.affiliation = h.affiliation;
    // the city behind a capital is an actor of its own, for "installed in Pyongyang"; so is the
    // office behind a seat, for "Downing Street said"
    if (h.also) add(h.also, { start: h.start, end: h.end, text: m.text, rule: h.rule });
  }
  const entities = [...out.values()];
  foldPartialNames(entities);
  for (const e of entities) {
    if (e.type === 'person' && !e.country && e.affiliation) e.country = byId.get(e.affiliation)?.country ?? out.get(e.affiliation)?.country ?? null;
    e.mentions.sort((a, b) => a.start - b.start);
  }
  return entities.filter((e) => e.mentions.length).sort((a, b) => a.mentions[0].start - b.mentions[0].start);
}

function foldPartialNames(entities: EntityOut[]): void {
  const people = entities.filter((e) => e.type === 'person');
  for (const p of people) {
    if (p.name.includes(' ')) continue;
    const key = surnameKey(p.name);
    const full = people.filter((q) => q !== p && q.name.includes(' ') && q.name.split(/\s+/).some((part) => surnameKey(part) === key));
    if (full.length !== 1) continue;
    const q = full[0];
    q.mentions.push(...p.mentions);
    q.role ??= p.role;
    q.affiliation ??= p.affiliation;
    p.mentions = [];
  }
}
