// Rules over more than one claim. After each sentence (SENTENCE_PASSES): repeats of one event in a
// sentence, counts whose noun was elided, figures put on an earlier count, a report announced ahead
// that runs on, figures declared estimates. After the whole document (DOCUMENT_PASSES): the source a
// whole report retells, a headline's "- report" taking the body's sources. Each is listed in order.
import type { ActorRef, ClaimOut } from '../../format.js';
import { loadList } from '../../lexicons/load.js';
import type { Attribution } from './attribution.js';
import { inSentence } from './holding.js';
import type { SourceResolver } from './sources.js';
import type { DocView } from './view.js';
import { isA } from './words.js';

export interface DocContext {
  v: DocView;
  atts: Attribution[];
  resolver: SourceResolver;
  /** the country the report is about (topic.ts) */
  dominant?: ActorRef | null;
}

export interface SentencePass {
  id: string;
  /** made: the claims of sentence si; earlier: the document's claims before it; previous: the last sentence's with claims */
  run(made: ClaimOut[], earlier: ClaimOut[], previous: ClaimOut[], si: number, ctx: DocContext): void;
}

const key = (c: ClaimOut) => `${c.event}|${c.polarity}|${c.agent?.id ?? c.agent?.name}|${c.recipient?.id ?? c.recipient?.name}`;
const actorKey = (a: ActorRef | null) => a?.id ?? a?.name;

/** "sent ATACMS missiles to Ukraine …, and the weapons arrived": a definite theme refers back. */
const refersBack = (made: ClaimOut[], c: ClaimOut, i: number) => c.quantity?.min == null && Boolean(c.theme) && /^the\s/i.test(c.evidence.text.slice(0, 4) + ' ') && made.some((o, k) => k < i && key(o) === key(c));

/** An un-counted claim with no theme repeats another of the same event and side in its sentence. */
function repeats(made: ClaimOut[], c: ClaimOut, i: number): boolean {
  if (c.quantity?.min != null || (c.theme && c.event !== 'agreement' && c.event !== 'meeting')) return false;
  // (an agreement's two sides in either order are the same sides)
  const swapped = (o: ClaimOut) => c.event === 'agreement' && Boolean(c.agent?.id) && o.recipient?.id === c.agent?.id && (!c.recipient || o.agent?.id === c.recipient.id);
  const sameSide = (o: ClaimOut) => actorKey(o.agent) === actorKey(c.agent) || swapped(o);
  return made.some((o) => o !== c && o.event === c.event && o.polarity === c.polarity && sameSide(o) && (o.quantity?.min != null || (o.theme && !c.theme) || (made.indexOf(o) < i && !(c.theme && !o.theme))));
}

const dropRepeats: SentencePass = {
  id: 'claims:repeats-in-sentence',
  // "Poland signs a $10 billion deal": the verb and its noun report one agreement
  run: (made) => {
    for (let i = made.length - 1; i >= 0; i--) if (refersBack(made, made[i], i) || repeats(made, made[i], i)) made.splice(i, 1);
  },
};

const elidedThemes: SentencePass = {
  id: 'theme:elided-from-context',
  // "At least 100 soldiers … have been killed, and around 1,000 have been wounded": a count written
  // without its noun counts the noun of the count before it (same kind of event)
  run: (made, earlier) => {
    made.forEach((c, k) => {
      if (!c.quantity || c.quantity.min == null || c.quantity.unit) return;
      const money = (u: string) => /^[A-Z]{3}$/.test(u);
      const before = [...earlier.slice(-6), ...made.slice(0, k)].reverse().find((o) => o.quantity?.unit && !money(o.quantity.unit) && (o.event === c.event || (o.event === 'deploy' && c.event === 'casualties')));
      if (!before) return;
      c.theme = before.quantity!.unit;
      c.rules = [...c.rules, 'theme:elided-from-context'];
    });
  },
};

const figuresOfEarlier: SentencePass = {
  id: 'event:figure-of-earlier-count',
  // "Russia deployed 1,500 troops to Belarus. Analysts estimated the total at 7,000–9,000": a figure
  // put on what an earlier count counted is another estimate of that event
  run: (made, earlier) => {
    const before = (c: ClaimOut) => [...earlier.slice(-6), ...made.slice(0, made.indexOf(c))].reverse().find((o) => o.quantity?.unit === c.quantity!.unit && o.quantity.min != null);
    for (const c of made) {
      // "6 million people have fled, with Chad hosting the largest number, about 950,000": the same
      // people make the same kind of move, whatever the verb of the second count
      if (c.event === 'deploy' && c.quantity && c.rules.some((r) => /^quantity:.*:unit-(?:figure|elided)$/.test(r))) {
        const source = before(c);
        if (source?.event === 'other') {
          c.event = 'other';
          c.agent ??= source.agent;
          c.rules = [...c.rules, 'event:same-people-as-earlier-count'];
        }
      }
      if (!c.rules.includes('quantity:figure-of-earlier') || !c.quantity?.unit) continue;
      const b = before(c);
      if (!b) continue;
      Object.assign(c, { event: b.event, agent: b.agent, recipient: b.recipient, location: c.location ?? b.location, theme: c.quantity.unit });
      c.rules = [...c.rules, 'event:figure-of-earlier-count'];
    }
  },
};

const carried = new WeakSet<ClaimOut>();
const carryAttribution: SentencePass = {
  id: 'sources:carried-from-previous-sentence',
  // "According to the ministry, Chad plans to send 600 more troops. Around 200 engineers have already
  // arrived.": a sentence with no source of its own that goes on listing figures of the same kind
  // continues the report before it — only a report announced ahead of what it says runs on ("According
  // to X, …", "X said that …"); a closing "…, X said." ends it
  run: (made, _earlier, previous, si, { atts }) => {
    if (inSentence(atts, si).length) return;
    const forward = (p: ClaimOut) => carried.has(p) || inSentence(atts, si - 1).some((a) => a.content.first > a.cue.first && a.kind !== 'quote' && p.sources.some((x) => x.cue === a.cueText));
    for (const c of made) {
      if (c.sources.length || c.quantity?.min == null) continue;
      const before = previous.find((p) => p.event === c.event && p.quantity?.min != null && p.sources.length && forward(p));
      // "the Netherlands said it would deliver six jets. Denmark has handed over 19": a side speaking of
      // its own deliveries does not report another's
      const selfReport = before && before.sources[0]?.id && before.sources[0].id === before.agent?.id;
      if (!before || (selfReport && c.agent?.id !== before.agent?.id)) continue;
      c.sources = before.sources;
      c.rules = [...c.rules, 'sources:carried-from-previous-sentence'];
      carried.add(c);
    }
  },
};

let figureNouns: Set<string> | null = null;
let predicates: Set<string> | null = null;
/** "The figures are estimates.", "These numbers are provisional.": a short sentence declaring figures estimates. */
export function declaresEstimates(v: DocView, si: number): boolean {
  figureNouns ??= new Set(loadList('figure-nouns.txt'));
  predicates ??= new Set(loadList('estimate-predicates.txt'));
  const s = v.sentences[si];
  const words = v.tokens.slice(s.first, s.last).filter((t) => t.kind === 'word');
  if (words.length > 8) return false;
  const be = words.findIndex((t) => isA('be-finite', t.lower));
  if (be < 1) return false;
  const subject = words.slice(0, be);
  const head = subject[subject.length - 1].lower;
  const figure = figureNouns.has(head.replace(/s$/, '')) || figureNouns.has(head) || (subject.length === 1 && ['these', 'those', 'they'].includes(head));
  const rest = words.slice(be + 1).filter((t) => t.pos !== 'ADV' && t.pos !== 'DET');
  return figure && subject.every((t, i) => i === subject.length - 1 || ['DET', 'ADJ', 'PRON'].includes(t.pos)) && rest.length === 1 && predicates.has(rest[0].lower);
}

const declaredEstimates: SentencePass = {
  id: 'certainty:figures-declared-estimates',
  // "The figures are estimates.": the counts of the sentence before and the three after are probable
  run: (made, _earlier, _previous, si, { v }) => {
    const near = [si + 1, si, si - 1, si - 2, si - 3].some((e) => e >= 0 && e < v.sentences.length && declaresEstimates(v, e));
    if (!near) return;
    for (const c of made) if (c.quantity?.min != null && c.certainty === 'certain') {
      c.certainty = 'probable';
      c.rules = [...c.rules, 'certainty:figures-declared-estimates'];
    }
  },
};

/** The passes run after each sentence, in order: repeats go before any figure is carried or revised. */
export const SENTENCE_PASSES: readonly SentencePass[] = [dropRepeats, elidedThemes, figuresOfEarlier, carryAttribution, declaredEstimates];

export interface DocumentPass {
  id: string;
  run(claims: ClaimOut[], ctx: DocContext): void;
}

const sourceOfTheArticle: DocumentPass = {
  id: 'sources:source-of-the-article',
  // "This is stated in the annual survey, which is compiled by the Nordic Institute": the whole report
  // retells that source, so claims after it that name no source of their own are its claims
  run: (claims, { v, atts, resolver }) => {
    const article = atts.find((a) => a.article);
    if (!article) return;
    const chain = resolver.chainAt(article.content.first);
    if (!chain.length) return;
    const from = v.sentences[article.sentence].start;
    for (const c of claims) {
      if (c.sources.length || c.evidence.start < from) continue;
      c.sources = chain;
      c.rules = [...c.rules, 'sources:source-of-the-article'];
    }
  },
};

let reportWords: Set<string> | null = null;
const reportedHeadlines: DocumentPass = {
  id: 'sources:headline-reported-in-body',
  // "Laos to receive first shipment of jets - report": a headline that says it is reported without
  // saying by whom takes the sources the body gives for the same event between the same sides
  run: (claims, { v }) => {
    reportWords ??= new Set(loadList('headline-report-words.txt'));
    for (const c of claims) {
      if (c.sources.length) continue;
      const s = v.sentences[v.tokens[v.tokenRange(c.evidence.start, c.evidence.end)[0]].sentence];
      const last = v.tokens[s.last - 1];
      if (!s.headline || !reportWords.has(last.lower) || !/^[-–—:]$/.test(v.tokens[s.last - 2]?.text ?? '')) continue;
      const same = claims.find((o) => o !== c && o.sources.length && o.evidence.start > s.end && o.event === c.event && o.agent?.id === c.agent?.id && o.recipient?.id === c.recipient?.id);
      if (!same) continue;
      c.sources = same.sources;
      c.rules = [...c.rules, 'sources:headline-reported-in-body'];
    }
  },
};

/** Which side a claim's rules named it by: in its own words, or only carried from the context. */
const explicitly = (c: ClaimOut, role: 'agent' | 'recipient') => Boolean(c[role]) && !c.rules.some((r) => r === `${role}:from-context` || r === `${role}:country-of-the-report` || r === `${role}:counterpart`);
const FAMILY: Record<string, string> = { deploy: 'move', transfer: 'move', recruit: 'move', agreement: 'move', casualties: 'loss', combat: 'fight', other: 'other', meeting: 'meet' };

/** The sides a report names for each kind of event, weighed: the headline thrice, the lead twice. */
function mainActors(claims: ClaimOut[], v: DocView, role: 'agent' | 'recipient'): Map<string, { actor: ActorRef; w: number }[]> {
  const out = new Map<string, { actor: ActorRef; w: number }[]>();
  const lead = v.sentences.findIndex((s) => !s.headline);
  for (const c of claims) {
    if (!explicitly(c, role)) continue;
    const si = v.tokens[v.tokenRange(c.evidence.start, c.evidence.end)[0]].sentence;
    const w = v.sentences[si].headline ? 3 : si <= lead + 1 ? 2 : 1;
    const fam = FAMILY[c.event] ?? c.event;
    const list = out.get(fam) ?? [];
    const got = list.find((x) => actorKey(x.actor) === actorKey(c[role]));
    if (got) got.w += w;
    else list.push({ actor: c[role]!, w });
    out.set(fam, list);
  }
  return out;
}

const mainActorOfTheReport: DocumentPass = {
  id: 'agent:main-actor-of-the-report',
  // a claim whose sentence names no side takes the one the report names most for that kind of event
  // ("Rwanda to send 2,000 more troops … A first group of 600 is expected in October"), not merely
  // the last one named
  run: (claims, { v }) => {
    const agents = mainActors(claims, v, 'agent');
    for (const c of claims) {
      if (c.agent) continue;
      const best = (agents.get(FAMILY[c.event] ?? c.event) ?? []).filter((x) => actorKey(x.actor) !== actorKey(c.recipient)).sort((a, b) => b.w - a.w)[0];
      if (!best || best.w < 2 || actorKey(best.actor) === actorKey(c.agent)) continue;
      c.agent = best.actor;
      c.rules = [...c.rules, 'agent:main-actor-of-the-report'];
    }
  },
};

const receiverIsNoGiver: DocumentPass = {
  id: 'agent:receiver-is-no-giver',
  // in a report of aid to Ukraine, a move whose giver only the context suggested and which names
  // Ukraine as its giver has the roles turned: the report's main giver gave, Ukraine received
  run: (claims, { v }) => {
    const agents = mainActors(claims, v, 'agent');
    const recipients = mainActors(claims, v, 'recipient');
    for (const c of claims) {
      // (only a giver no rule of the sentence named, with no receiver the sentence named either)
      const named = c.rules.some((r) => (r.startsWith('agent:') && !['agent:from-context', 'agent:country-of-the-report'].includes(r)) || r.startsWith('recipient:slot:') || r === 'recipient:later-in-clause' || r === 'recipient:described-subject');
      if (!['transfer', 'deploy'].includes(c.event) || !c.agent || named) continue;
      const fam = FAMILY[c.event];
      const topRecipient = (recipients.get(fam) ?? []).sort((a, b) => b.w - a.w)[0];
      const topAgent = (agents.get(fam) ?? []).filter((x) => actorKey(x.actor) !== actorKey(c.agent)).sort((a, b) => b.w - a.w)[0];
      if (!topRecipient || !topAgent || topRecipient.w < 2 || topAgent.w < 2 || actorKey(topRecipient.actor) !== actorKey(c.agent)) continue;
      c.recipient = c.agent;
      c.agent = topAgent.actor;
      c.rules = [...c.rules, 'agent:receiver-is-no-giver'];
    }
  },
};

const mainRecipientOfTheReport: DocumentPass = {
  id: 'recipient:main-recipient-of-the-report',
  // a move whose sentence names no receiver goes to the one the report names most for such moves
  // ("… $36 billion in civilian assistance" in a report on aid to Afghanistan); runs after the agents
  run: (claims, { v, dominant }) => {
    const recipients = mainActors(claims, v, 'recipient');
    for (const c of claims) {
      if ((c.recipient && explicitly(c, 'recipient')) || !['transfer', 'deploy', 'agreement'].includes(c.event) || c.rules.some((r) => r.startsWith('recipient:own-territory') || r.startsWith('recipient:no-one'))) continue;
      const best = (recipients.get(FAMILY[c.event]) ?? []).filter((x) => actorKey(x.actor) !== actorKey(c.agent)).sort((a, b) => b.w - a.w)[0];
      // none named for such moves: a giver's transfer goes to the country the report is about
      // ("… $40 million in new funding" in a report on Haiti)
      if ((!best || best.w < 2) && !c.recipient && c.agent && c.event === 'transfer' && dominant && actorKey(dominant) !== actorKey(c.agent)) {
        c.recipient = dominant;
        c.rules = [...c.rules, 'recipient:country-of-the-report'];
        continue;
      }
      if (!best || best.w < 2 || actorKey(best.actor) === actorKey(c.recipient)) continue;
      c.recipient = best.actor;
      c.rules = [...c.rules, 'recipient:main-recipient-of-the-report'];
    }
  },
};

/** The passes run once the document's claims are built, in order (the agents before the recipients:
 *  a recipient is never the claim's own agent). */
export const DOCUMENT_PASSES: readonly DocumentPass[] = [sourceOfTheArticle, reportedHeadlines, mainActorOfTheReport, receiverIsNoGiver, mainRecipientOfTheReport];
