// The records the store keeps and serves back, shared by the store and the ledger (the store
// imports nothing from the ledger). A LedgerClaim is a dossier/1 claim plus what the ledger
// derives from it once, at ingest (bucket, actor keys, theme classes, the claim set it belongs
// to); the store keeps both, so grouping never re-reads the extraction JSON. A LedgerEvent is what
// grouping made of a bucket, stored whole and served as the API shows it; a Correction is what a
// reviewer stored beside the extractions (the ledger applies them: ledger/review.ts).
import type { ActorRef, Certainty, ClaimOut, EventType, Polarity, SourceOut, Status } from '../format.js';

export interface TextSpanOut {
  start: number;
  end: number;
  text: string;
}

export interface LedgerQuantity {
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  bound: 'at-least' | 'at-most' | null;
  unit: string | null;
  start: number;
  end: number;
  text: string;
}

/** A claim's place in the claim set of its document: coordinated parts ("1,000 sappers and 5,000
 *  workers") share a unit number; `total` marks a part that states the sum of the others. */
export type UnitRole = 'single' | 'part' | 'total';

export interface LedgerClaim {
  claimId: string;
  /** Position of the claim in the extraction's `claims` array. */
  ordinal: number;
  event: EventType;
  /** event|agentKey|recipientKey: claims can only report the same event inside one bucket. */
  bucket: string;
  agent: ActorRef | null;
  agentKey: string;
  recipient: ActorRef | null;
  recipientKey: string;
  location: ActorRef | null;
  /** The country the location lies in (country:ML for Kidal), from the entity layer. */
  locationCountry: string | null;
  theme: string | null;
  /** Classes of what is counted (people, goods:ammunition, money:USD, casualties:dead …). */
  themeClasses: string[];
  /** Content words of theme and unit, singular, for comparing themes no class covers. */
  themeTokens: string[];
  /** What a figure counts, for estimate series: the first class, else the unit's head word. */
  unitClass: string | null;
  quantity: LedgerQuantity | null;
  time: ClaimOut['time'];
  evidence: TextSpanOut;
  trigger: TextSpanOut | null;
  sources: SourceOut[];
  certainty: Certainty;
  polarity: Polarity;
  status: Status;
  rules: string[];
  unitNo: number;
  unitRole: UnitRole;
  /** For an unnamed original source ("US officials"), the story it belongs to: the named relay
   *  or the one outlet the document cites (stories.ts); null when it is the outlet's own. */
  story: string | null;
  /** For casualties: who caused them, where the report says so (the side of a combat claim in the
   *  same sentence: "the RSF shelled El Fasher, killing 30 civilians"). */
  cause: ActorRef | null;
  /** Rejected by a reviewer (or its document deleted): kept, shown, but out of the ledger's figures. */
  rejected: boolean;
  /** Ids of the corrections that apply to this claim, oldest first. */
  review: number[];
  /** Fields a reviewer corrected (agent, figure …). */
  corrected: string[];
}

/** The document facts the ledger needs next to each claim. */
export interface DocInfo {
  rowid: number;
  key: string;
  version: number;
  outlet: string | null;
  published: string | null;
  url: string | null;
  title: string | null;
  /** Wire agency whose copy this is (AP, Reuters, AFP …), from the outlet name or the dateline. */
  wire: string | null;
  /** Bottom-k sketch of the text's word shingles, to find near-identical copies. */
  signature: number[] | null;
}

export interface ClaimRow extends LedgerClaim {
  rowid: number;
  doc: DocInfo;
}

export interface ReportOut {
  document: string;
  version: number;
  outlet: string | null;
  published: string | null;
  url: string | null;
  claim: string;
  quote: string;
  evidence: TextSpanOut;
  /** The attribution chain as written, original source first. */
  sources: string[];
  /** Normalised original source this report counts for. */
  original_source: string;
  /** Wire agency the outlet carried, or the earlier outlet whose text this one copies. */
  via: string | null;
  quantity: { min: number | null; max: number | null; approximate: boolean; vague: boolean; unit: string | null; text: string } | null;
  /** For a coordinated part, the sum of its claim set ("1,000 sappers" → 6,000). */
  set_total: { min: number | null; max: number | null } | null;
  time: { value: string; text: string; from: string | null; to: string | null } | null;
  certainty: Certainty;
  polarity: Polarity;
  status: Status;
  /** Rejected by a reviewer: shown in the event, left out of its figures, sources and disagreement. */
  rejected: boolean;
  /** Fields a reviewer corrected, and the ids of the corrections applied. */
  corrected: string[];
  corrections: number[];
}

/** One reviewer's correction as an event's history shows it. */
export interface HistoryEntry {
  id: number;
  kind: string;
  author: string;
  at: string;
  reason: string;
  /** What it did, in words ("rejected c2 of report-x: “…”", "merged 2 events"). */
  what: string;
}

/** Why an event's reports disagree: which rule fired. */
export type DisagreementRule = 'denial' | 'figures';

export interface LedgerEvent {
  id: string;
  /** event|agent key|recipient key: the claims it was grouped from (a merge may add others). */
  bucket: string;
  event: EventType;
  agent: ActorRef | null;
  recipient: ActorRef | null;
  location: ActorRef | null;
  unit: string | null;
  unit_class: string | null;
  min: number | null;
  max: number | null;
  approximate: boolean;
  status: Status;
  time: { from: string | null; to: string | null; text: string } | null;
  first_reported: string | null;
  last_reported: string | null;
  first_document: string;
  n_reports: number;
  reports: ReportOut[];
  original_sources: string[];
  disagreement: boolean;
  disagreement_reason: string | null;
  /** denial: a different original source denies this event; figures: figures of the same thing,
   *  from different original sources, whose ranges do not overlap. */
  disagreement_rule: DisagreementRule | null;
  /** For casualties: whose losses (the agent), and who caused them where a report says. */
  losses_of: ActorRef | null;
  caused_by: ActorRef | null;
  /** What the event is about in words ("losses of Wagner Group: 24–99 fighters", "combat in Goma"). */
  headline: string;
  /** Reviewers' corrections touching its reports, oldest first. */
  history: HistoryEntry[];
}

/** A name or alias under which users look an actor up ("DPRK", "Pyongyang" → country:KP). */
export interface ActorAlias {
  /** Folded as the ledger folds what a user types. */
  alias: string;
  key: string;
  name: string;
}

// ——— reviewers' corrections (ledger/review.ts applies them) ———

export type CorrectionKind = 'reject' | 'correct' | 'merge' | 'split' | 'delete-document' | 'revert';

/** A claim as a correction names it. */
export interface ClaimAnchor {
  document: string;
  claim: string;
  event: EventType;
  evidence: { start: number; end: number; text: string };
  quantity: string | null;
}

export interface FigureValue {
  min: number | null;
  max: number | null;
  approximate: boolean;
  bound: 'at-least' | 'at-most' | null;
  unit: string | null;
}

export interface TimeValue {
  value: string;
  from: string | null;
  to: string | null;
  text: string;
}

/** What a "correct" changes; a field set to null clears it ("no recipient", "no figure"). */
export interface CorrectionFields {
  event?: EventType;
  agent?: ActorRef | null;
  recipient?: ActorRef | null;
  location?: ActorRef | null;
  figure?: FigureValue | null;
  /** The original source's name; null: the outlet's own voice. */
  source?: string | null;
  certainty?: Certainty;
  polarity?: Polarity;
  status?: Status;
  time?: TimeValue | null;
}

export interface NewCorrection {
  kind: CorrectionKind;
  author: string;
  reason: string;
  /** Documents it touches (their keys): a claim's document, every document of a merge … */
  documents: string[];
  /** reject, correct: one claim; merge: the claims of both events; split: the claims split off. */
  claims: ClaimAnchor[];
  fields?: CorrectionFields;
  /** revert: the id of the correction it undoes. */
  target?: number;
  /** merge: the bucket the merged claims join (the first event's). */
  bucket?: string;
  /** The events it was made on, as they were (ids), for the history. */
  events?: string[];
}

export interface Correction extends NewCorrection {
  id: number;
  created_at: string;
}

export type { ActorRef, EventType, SourceOut };
