// The claim layer's word lists (reporting cues, hedges, negations, event triggers, people nouns),
// loaded once from src/lexicons/ into phrase matchers.
import { loadList, loadTsv } from '../../lexicons/load.js';
import { PhraseMatcher } from '../../lexicons/phrases.js';
import type { Certainty, EventType } from '../../format.js';

export interface ReportingCue {
  cue: string;
  /** estimate: "put the number of troops at 3,000" — a source only in that construction */
  kind: 'verb' | 'prep' | 'estimate';
  certainty: Certainty | null;
  negative: boolean;
  /** governs a clause without "that" ("said Kim decided …") */
  bare: boolean;
}

export interface Hedge {
  cue: string;
  certainty: Certainty;
  scope: 'group' | 'clause' | 'count';
}

export interface Negation {
  cue: string;
  scope: 'group' | 'clause' | 'noun' | 'none';
}

/** A frame of frames.tsv: where a trigger's arguments stand. */
export type Frame = 'give' | 'act' | 'suffer' | 'receive' | 'buy' | 'use' | 'meet' | 'agree' | 'equip' | 'arm' | 'train' | 'release' | 'return' | 'go' | 'leave' | 'die' | 'contain'
  | 'noun-move' | 'noun-aid' | 'noun-loss' | 'noun-fight' | 'noun-meet' | 'noun-people' | 'noun-release';

export interface TriggerEntry {
  lemma: string;
  pos: 'verb' | 'noun';
  /** the event when goods or money move (or the only one) */
  event: EventType;
  /** the event when people move, when it differs: "send troops" deploys, "send shells" transfers */
  peopleEvent: EventType | null;
  frame: Frame;
}

export interface ClaimLexicon {
  cues: PhraseMatcher<ReportingCue>;
  hedges: PhraseMatcher<Hedge>;
  negations: PhraseMatcher<Negation>;
  verbs: PhraseMatcher<TriggerEntry>;
  nouns: PhraseMatcher<TriggerEntry>;
  people: Set<string>;
  /** compounds ending in a people noun that name equipment: "jet fighters" */
  notPeople: Set<string>;
}

let cached: ClaimLexicon | null = null;
let kinds: Map<string, string> | null = null;

/** What a known organisation is (outlet, intelligence, ministry …), from the gazetteer. */
export function orgKind(id: string | null | undefined): string | null {
  if (!id) return null;
  kinds ??= new Map(loadTsv('organisations.tsv').map((r) => [r.id, r.kind]));
  return kinds.get(id) || null;
}

/** Regular inflections of a verb lemma: send → sends, sending; allocate → allocated, allocating. */
export function inflect(lemma: string): string[] {
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  const stem = head.endsWith('e') ? head.slice(0, -1) : head;
  const forms = [head, head.endsWith('s') ? head + 'es' : head + 's', stem + 'ed', stem + 'ing'];
  if (/[^aeiou]y$/.test(head)) forms.push(head.slice(0, -1) + 'ies', head.slice(0, -1) + 'ied');
  return forms.map((f) => f + tail);
}

export function claimLexicon(): ClaimLexicon {
  if (cached) return cached;
  const cues = new PhraseMatcher<ReportingCue>();
  // a word that is a preposition-like cue ("citing X") is never also read as a form of a verb cue ("cite")
  const rows = loadTsv('reporting-cues.tsv');
  const prepForms = new Set(rows.filter((r) => r.kind === 'prep').map((r) => r.cue));
  for (const r of rows) {
    const cue: ReportingCue = {
      cue: r.cue,
      kind: r.kind as ReportingCue['kind'],
      certainty: (r.certainty || null) as Certainty | null,
      negative: r.polarity === 'negative',
      bare: r.bare === 'yes',
    };
    const forms = r.kind === 'prep' ? [r.cue] : [...inflect(r.cue), ...r.forms.split(',').filter(Boolean)];
    for (const f of new Set(forms)) if (r.kind === 'prep' || !prepForms.has(f)) cues.add(f, cue);
  }
  const hedges = new PhraseMatcher<Hedge>();
  for (const r of loadTsv('hedges.tsv')) hedges.add(r.cue, { cue: r.cue, certainty: r.certainty as Certainty, scope: r.scope as Hedge['scope'] });
  const negations = new PhraseMatcher<Negation>();
  for (const r of loadTsv('negations.tsv')) negations.add(r.cue, { cue: r.cue, scope: r.scope as Negation['scope'] });
  const verbs = new PhraseMatcher<TriggerEntry>();
  const nouns = new PhraseMatcher<TriggerEntry>();
  for (const r of loadTsv('event-triggers.tsv')) {
    const [goods, people] = r.event.split('|') as EventType[];
    const entry: TriggerEntry = { lemma: r.lemma, pos: r.pos as 'verb' | 'noun', event: goods, peopleEvent: people ?? null, frame: r.frame as Frame };
    if (entry.pos === 'verb') for (const f of new Set([...inflect(r.lemma), ...r.forms.split(',').filter(Boolean)])) verbs.add(f, entry);
    else for (const f of new Set([r.lemma, ...r.forms.split(',').filter(Boolean)])) nouns.add(f, entry);
  }
  const people = new Set<string>();
  for (const w of loadList('people-nouns.txt')) {
    people.add(w);
    if (w.endsWith('s')) people.add(w.replace(/ies$/, 'y').replace(/s$/, ''));
  }
  const notPeople = new Set(loadList('people-noun-exceptions.txt'));
  cached = { cues, hedges, negations, verbs, nouns, people, notPeople };
  return cached;
}
