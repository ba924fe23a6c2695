// Dossier extraction format v1 (SPEC §1). Fields may be added; none may be renamed or dropped.

import type { DocMeta } from './doc.js';

export const FORMAT = 'dossier/1';

export type EntityType = 'country' | 'organisation' | 'person' | 'place' | 'group';

export interface MentionOut {
  start: number;
  end: number;
  text: string;
  /** Rule that found the mention: gazetteer, demonym, capital, acronym, title, propn-run, alias, pronoun … */
  rule?: string;
  /** For a capital or seat used for its country: the place entity it also names ("place:pyongyang"). */
  place?: string;
  /** For a seat of government ("Downing Street"): the organisation it stands for. */
  seat?: string;
}

export interface EntityOut {
  /** Canonical id: country:KP, org:nis, person:lee-seong-kweun, place:kursk, group:wagner. */
  id: string;
  name: string;
  type: EntityType;
  /** ISO 3166-1 alpha-2 code of the country the entity belongs to, when known. */
  country?: string | null;
  /** Role or title as written ("a top Russian security official", "NIS Director"). */
  role?: string | null;
  /** For a person: the id of the organisation or country they speak for, when their title names it
   *  ("State Department spokesman Vedant Patel" → org:us-state-department). */
  affiliation?: string | null;
  mentions: MentionOut[];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeOut {
  start: number;
  end: number;
  text: string;
  type: TimeType;
  /** TIMEX3 value: 2025-06-26, 2025-07, 2024-FA, 2025-W25, P1M, PRESENT_REF, PAST_REF, FUTURE_REF … */
  value: string;
  /** Calendar interval covered by a DATE value (inclusive ISO dates), when it has one. */
  from?: string | null;
  to?: string | null;
  /** Which parts of the value were stated in the text and which were inferred from `published`. */
  known?: string[];
  implied?: string[];
  /** TIMEX3 modifier for a part of a period: "early 2025" → START, "mid-January" → MID, "late October" → END. */
  mod?: 'START' | 'MID' | 'END';
  /** The rule that produced it. */
  rule: string;
}

export interface QuantityOut {
  start: number;
  end: number;
  text: string;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  /** at-least ("more than 3,000", "at least 100") or at-most ("up to", "as many as", "nearly"). */
  bound?: 'at-least' | 'at-most' | null;
  /** Head noun phrase of what is counted, as written; money as ISO 4217 code. */
  unit: string | null;
  /** Span of the unit phrase in the text, when it is written there. */
  unitSpan?: { start: number; end: number } | null;
  /** count (people, things, money) — the only kind claims use; others are kept for completeness. */
  kind: 'count' | 'money' | 'percent' | 'year' | 'age' | 'duration' | 'ordinal' | 'measure' | 'other';
  rule: string;
}

export interface ActorRef {
  id: string | null;
  name: string;
}

export interface SourceOut {
  name: string;
  id: string | null;
  cue: string | null;
  start: number;
  end: number;
}

export type EventType = 'deploy' | 'transfer' | 'casualties' | 'combat' | 'recruit' | 'agreement' | 'meeting' | 'other';
export type Certainty = 'certain' | 'probable' | 'possible';
export type Polarity = 'positive' | 'negative';
export type Status = 'planned' | 'ongoing' | 'done' | 'unknown';

export interface ClaimOut {
  id: string;
  evidence: { start: number; end: number; text: string };
  event: EventType;
  trigger: { start: number; end: number; text: string } | null;
  agent: ActorRef | null;
  recipient: ActorRef | null;
  location: ActorRef | null;
  theme: string | null;
  quantity: (Omit<QuantityOut, 'kind' | 'rule' | 'unitSpan'> & { start: number; end: number; text: string }) | null;
  time: { value: string; from?: string | null; to?: string | null; start: number; end: number; text: string } | null;
  sources: SourceOut[];
  certainty: Certainty;
  polarity: Polarity;
  status: Status;
  /** Rule and cue ids that produced the claim, so a reader can see why. */
  rules: string[];
  /** The hedge or negation cue that set certainty/polarity, when there is one. */
  cues?: { start: number; end: number; text: string; kind: string }[];
}

/** The document as extracted: its metadata (see DocMeta in doc.ts) and its text. */
export interface DocumentOut extends DocMeta {
  text: string;
}

export interface Extraction {
  format: typeof FORMAT;
  document: DocumentOut;
  entities: EntityOut[];
  times: TimeOut[];
  quantities: QuantityOut[];
  claims: ClaimOut[];
}

export interface ExtractionError {
  error: string;
  id: string | null;
  stage?: string;
}
