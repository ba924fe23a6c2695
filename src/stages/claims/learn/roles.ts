// Candidates for a claim's agent and recipient, each with the features a ranking model weighs:
// every actor named in the claim's sentence (where it stands: before or after the count, after
// which preposition, as a demonym of the counted noun, as the clause's subject, inside a source
// phrase), the actors of the claims just before, the headline's, the report's main country, and
// "no one". The rules' own choice is a feature like any other.
import type { ActorRef, ClaimOut } from '../../../format.js';
import { actorOfMention } from '../actors.js';
import type { DocView, MentionAt } from '../view.js';
import { bucket, type DocContext, type Site } from './site.js';

export interface RoleCandidate {
  actor: ActorRef | null;
  features: string[];
}

export type Role = 'agent' | 'recipient';

const keyOf = (a: ActorRef | null) => (a ? a.id ?? `name:${a.name.toLowerCase()}` : 'NULL');

/** The preposition that opens the phrase of a mention, if any ("to", "from", "in" …). */
function prepBefore(v: DocView, m: MentionAt): string {
  for (let k = m.first - 1; k >= 0 && k >= m.first - 4; k--) {
    const t = v.tokens[k];
    if (t.sentence !== v.tokens[m.first].sentence) break;
    if (t.pos === 'ADP' || t.lower === 'to') return t.lower;
    if (!['DET', 'ADJ', 'PART'].includes(t.pos) && t.lower !== "'s") return 'none';
  }
  return 'none';
}

function mentionFeatures(ctx: DocContext, site: Site, m: MentionAt, inSource: (k: number) => boolean): string[] {
  const { v } = ctx;
  const ev = site.claim.event;
  const f: string[] = [];
  const before = m.last <= site.anchor;
  const d = before ? site.anchor - m.last : m.first - site.anchor;
  const side = before ? 'L' : 'R';
  const prep = prepBefore(v, m);
  const inClause = m.first >= site.clause.first && m.last <= site.clause.last;
  const inQ = site.q && m.first >= site.q.first && m.last <= site.q.last;
  const trigD = site.trig ? (m.last <= site.trig.first ? `L${bucket(site.trig.first - m.last)}` : m.first >= site.trig.last ? `R${bucket(m.first - site.trig.last)}` : 'in') : 'none';
  const poss = v.tokens[m.last]?.lower === "'s" || v.tokens[m.last]?.lower === "'";
  const clauseSubject = inClause && prep === 'none' && !v.mentionsIn(site.clause.first, m.first).length;
  const parts = [
    `side=${side}`, `dist=${side}${bucket(d)}`, `prep=${prep}`, `mrule=${m.rule}`, `etype=${m.entity.type}`,
    `trigd=${trigD}`, inClause ? 'in-clause' : 'out-clause', inQ ? 'in-count' : '', poss ? 'possessor' : '',
    clauseSubject ? 'clause-subject' : '', inSource(m.first) ? 'in-source' : '', `prep&side=${prep}&${side}`,
  ].filter(Boolean);
  for (const p of parts) f.push(p, `${ev}&${p}`);
  return f;
}

/** The candidates for a role of the claim at `site`. `earlier` are the document's claims before it. */
export function roleCandidates(ctx: DocContext, site: Site, role: Role, earlier: ClaimOut[], inSource: (k: number) => boolean): RoleCandidate[] {
  const { v } = ctx;
  const c = site.claim;
  const ev = c.event;
  const other: Role = role === 'agent' ? 'recipient' : 'agent';
  const byKey = new Map<string, RoleCandidate>();
  const add = (actor: ActorRef | null, ...features: string[]) => {
    const k = keyOf(actor);
    let cand = byKey.get(k);
    if (!cand) byKey.set(k, (cand = { actor, features: [] }));
    for (const x of features) if (!cand.features.includes(x)) cand.features.push(x);
  };
  add(null, 'NULL', `NULL&${ev}`, ...ctx.docFeatures.map((d) => `NULL&${d}`));
  const s = v.sentences[site.si];
  const seen = new Set<string>();
  // nearest mentions first, so each actor's features come from where it stands closest
  const mentions = v.mentionsIn(s.first, s.last).sort((a, b) => Math.abs(a.first - site.anchor) - Math.abs(b.first - site.anchor));
  for (const m of mentions) {
    const hit = actorOfMention(v, m);
    if (!hit || hit.placeOnly) continue;
    const k = keyOf(hit.actor);
    const nearest = !seen.has(k);
    seen.add(k);
    if (nearest) add(hit.actor, 'named', ...mentionFeatures(ctx, site, m, inSource));
    else add(hit.actor, 'named-again');
    if (hit.place) add(hit.actor, 'via-place', `${ev}&via-place`);
  }
  const mine = c[role];
  const theirs = c[other];
  if (mine) add(mine, 'rule', `rule&${ev}`, ...c.rules.filter((r) => r.startsWith(`${role}:`)).map((r) => `rule=${r}`));
  else add(null, 'rule-null', `rule-null&${ev}`);
  if (theirs) add(theirs, 'rule-other', `rule-other&${ev}`);
  earlier.slice(-4).reverse().forEach((e, i) => {
    for (const r of ['agent', 'recipient'] as Role[]) {
      if (!e[r]) continue;
      const same = e.event === ev ? 'same-ev' : 'other-ev';
      add(e[r], `prev-${r}`, `prev-${r}&${same}`, `prev-${r}&${ev}`, `prev${i}`);
    }
  });
  if (ctx.dominant) add(ctx.dominant, 'dominant', `dominant&${ev}`);
  const head = v.sentences.findIndex((x) => x.headline);
  if (head >= 0 && head !== site.si) {
    for (const m of v.mentionsIn(v.sentences[head].first, v.sentences[head].last)) {
      const hit = actorOfMention(v, m);
      if (hit && !hit.placeOnly) add(hit.actor, 'headline', `headline&${ev}`);
    }
  }
  return [...byKey.values()];
}
