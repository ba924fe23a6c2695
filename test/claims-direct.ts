// Helpers for the direct claim tests: run the stages before claims (segment, entities, times,
// quantities) on a text written in the test, make the DocView the claim stage reads, and find a
// trigger, its arguments, its drafts and the refined state of a draft — without extract().
import { makeDoc } from '../src/doc.js';
import { runStages } from '../src/pipeline.js';
import { segmentStage } from '../src/stages/segment.js';
import { entitiesStage } from '../src/stages/entities.js';
import { timesStage } from '../src/stages/times.js';
import { quantitiesStage } from '../src/stages/quantities.js';
import { readArgs, type Args } from '../src/stages/claims/args.js';
import { cueSite, findAttributions, type Attribution, type CueSite } from '../src/stages/claims/attribution.js';
import { claimLexicon } from '../src/stages/claims/lexicon.js';
import { Discourse } from '../src/stages/claims/discourse.js';
import type { Draft } from '../src/stages/claims/drafts.js';
import { outletActor } from '../src/stages/claims/outlet.js';
import { initialState, type ClaimState, type RefineContext } from '../src/stages/claims/refine.js';
import { countSite, type CountSite } from '../src/stages/claims/counts.js';
import { sentenceDrafts, triggersOf, type SentenceContext } from '../src/stages/claims/sentence.js';
import { SourceResolver } from '../src/stages/claims/sources.js';
import { dominantCountry } from '../src/stages/claims/topic.js';
import { SlotReader, type Fill } from '../src/stages/claims/slots.js';
import { readThemeList } from '../src/stages/claims/themes.js';
import { findTriggers, type Trigger } from '../src/stages/claims/triggers.js';
import { DocView } from '../src/stages/claims/view.js';
import type { ActorRef } from '../src/format.js';

const BEFORE_CLAIMS = [segmentStage, entitiesStage, timesStage, quantitiesStage];

/** The view of a text after the stages the claim stage requires. */
export function viewOf(text: string, published = '2025-03-14', outlet: string | null = null): DocView {
  return new DocView(runStages(makeDoc(text, { id: 't', published, outlet }), BEFORE_CLAIMS));
}

/** Token i stands in a source phrase of an attribution (as build.ts computes it). */
export function sourceMarks(v: DocView, atts: Attribution[]): (i: number) => boolean {
  const marks = new Uint8Array(v.tokens.length);
  for (const a of atts) for (const r of a.sources) marks.fill(1, r.first, r.last);
  return (i) => marks[i] === 1;
}

/** Every trigger of the text, sentence by sentence. */
export const allTriggers = (v: DocView): Trigger[] => v.sentences.flatMap((_, si) => findTriggers(v, si));

/** The trigger whose text is `word` (the n-th such); throws, listing the triggers found, when there is none. */
export function triggerAt(v: DocView, word: string, n = 0): Trigger {
  const all = allTriggers(v);
  const t = all.filter((x) => v.text(x.first, x.last).toLowerCase() === word.toLowerCase())[n];
  if (!t) throw new Error(`no trigger "${word}"; found: ${all.map((x) => v.text(x.first, x.last)).join(', ') || 'none'}`);
  return t;
}

/** The arguments readArgs gives the trigger `word` of a text. */
export function argsAt(text: string, word: string): { v: DocView; t: Trigger; args: Args } {
  const v = viewOf(text);
  const t = triggerAt(v, word);
  return { v, t, args: readArgs(v, t, { isSource: sourceMarks(v, findAttributions(v)) }) };
}

/** What a table checks of a reading: each role's actor (or theme text) and the slot that gave it. */
export function roleSummary(v: DocView, args: Args): Record<string, string> {
  const out: Record<string, string> = {};
  if (args.agent) out.agent = `${args.agent.actor.name} <- ${args.from.agent}`;
  if (args.recipient) out.recipient = `${args.recipient.actor.name} <- ${args.from.recipient}`;
  if (args.theme.length) out.theme = `${v.text(args.theme[0].first, args.theme[args.theme.length - 1].last)} <- ${args.from.theme}`;
  if (args.location) out.location = args.location.name;
  return out;
}

/** A refine context for a text, as build.ts makes it (a fresh discourse unless one is given). */
export function refineContext(v: DocView, discourse = new Discourse()): RefineContext {
  const atts = findAttributions(v);
  return { v, atts, resolver: new SourceResolver(v, atts), discourse, dominant: dominantCountry(v), home: outletActor(v.doc.meta.outlet) };
}

/** The drafts of every sentence of a text, in order (counts drafted once, as in build.ts). */
export function draftsOf(v: DocView): Draft[] {
  const atts = findAttributions(v);
  const ctx: SentenceContext = { v, atts, args: { isSource: sourceMarks(v, atts) }, used: new Set() };
  return v.sentences.flatMap((_, si) => sentenceDrafts(ctx, si, []));
}

/** The state of the draft anchored on the text `marker` (its count or first item), before any refiner. */
export function stateAt(v: DocView, marker: string): ClaimState {
  const drafts = draftsOf(v);
  const d = drafts.find((x) => x.quantity?.text.includes(marker)) ?? drafts.find((x) => x.items.some((it) => v.text(it.first, it.last).includes(marker)));
  if (!d) throw new Error(`no draft about "${marker}"; drafts: ${drafts.map((x) => x.quantity?.text ?? x.items.map((it) => v.text(it.first, it.last)).join('+')).join(' | ')}`);
  return initialState(v, d);
}

export const nameOf = (a: ActorRef | null) => a?.name ?? null;

/** A slot reader on the trigger `word` of a text; with `theme`, the theme read first from that slot (as readArgs does). */
export function slotReaderAt(text: string, word: string, theme?: string): SlotReader {
  const v = viewOf(text);
  const t = triggerAt(v, word);
  const r = new SlotReader(v, t, sourceMarks(v, findAttributions(v)));
  if (theme) {
    const fill = r.read(theme);
    const range = fill?.ranges[0];
    const items = fill?.items ?? (range ? readThemeList(v, range.first, range.last) : []);
    if (!items.length) throw new Error(`slot ${theme} gives no theme in: ${text}`);
    r.themeItems = items;
    r.themeRange = range ?? { first: items[0].first, last: items[items.length - 1].last };
    r.themeEnd = Math.max(r.k, items[items.length - 1].last);
  }
  return r;
}

/** A fill as a table cell: its phrases, the actor it names directly (→), its items ([…]); null for none. */
export function fillText(v: DocView, fill: Fill | null): string | null {
  if (!fill) return null;
  const parts = fill.ranges.map((r) => v.text(r.first, r.last));
  if (fill.hit) parts.push(`→ ${fill.hit.actor.name}`);
  if (fill.items) parts.push(`[${fill.items.map((it) => v.text(it.first, it.last)).join(' + ')}]`);
  return parts.join(' ');
}

/** The site of the count whose text holds `marker`, as the count readers of counts.ts see it. */
export function countSiteAt(text: string, marker: string): { v: DocView; site: CountSite } {
  const v = viewOf(text);
  const q = (v.doc.quantities ?? []).find((x) => x.text.includes(marker));
  if (!q) throw new Error(`no quantity "${marker}" in: ${text}`);
  const si = v.tokens[v.tokenRange(q.start, q.end)[0]].sentence;
  const atts = findAttributions(v);
  const argsOf = triggersOf({ v, atts, args: { isSource: sourceMarks(v, atts) }, used: new Set() }, si);
  const site = countSite(v, q, [...argsOf.keys()], argsOf, si);
  if (!site) throw new Error(`"${marker}" counts nothing that moves`);
  return { v, site };
}

/** A draft as a table cell: event, agent → recipient, the construction that read it. */
export function draftText(v: DocView, d: Draft | null | undefined): string | null | undefined {
  if (!d) return d;
  const rule = d.rules.find((r) => /^quantity:[a-z-]+$/.test(r) && !r.startsWith('quantity:number')) ?? d.rules[0];
  return `${d.event} ${d.args.agent?.actor.name ?? '-'} → ${d.args.recipient?.actor.name ?? '-'} (${rule})`;
}

/** The site of the reporting cue `word` (the n-th) of a text, as the cue readers of attribution.ts see it. */
export function cueSiteAt(text: string, word: string, n = 0): { v: DocView; site: CueSite } {
  const v = viewOf(text);
  const { cues } = claimLexicon();
  const all = v.sentences.flatMap((s, si) => cues.all(v.tokens, s.first, s.last).map((m) => ({ m, si })));
  const hit = all.filter(({ m }) => v.text(m.first, m.last).toLowerCase() === word.toLowerCase())[n];
  if (!hit) throw new Error(`no cue "${word}"; found: ${all.map(({ m }) => v.text(m.first, m.last)).join(', ') || 'none'}`);
  const earlier = findAttributions(v).filter((a) => a.sentence === hit.si && a.cue.first < hit.m.first && (a.kind === 'verb' || a.kind === 'prep'));
  return { v, site: cueSite(v, hit.si, hit.m.first, hit.m.last, hit.m.value, earlier) };
}

/** An attribution as a table cell: its kind, its sources (original first) and the content it governs. */
export function attributionText(v: DocView, a: Attribution | null | undefined): string | null | undefined {
  if (!a) return a;
  return `${a.kind} [${a.sources.map((r) => v.text(r.first, r.last)).join(' < ')}] "${v.text(a.content.first, a.content.last)}"`;
}
