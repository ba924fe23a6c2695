// The records the store keeps and serves back, shared by the store and the ledger (the store
// imports nothing from the ledger). A LedgerClaim is a dossier/1 claim plus what the ledger
// derives from it once, at ingest (bucket, actor keys, theme classes, the claim set it belongs
// to); the store keeps both, so grouping never re-reads the extraction JSON. A LedgerEvent is what
// grouping made of a bucket, stored whole and served as the API shows it.
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
  theme: string | null;
  /** Classes of what is counted (people, goods:ammunition, money:USD, casualties:dead …). */
  themeClasses: string[];
  /** Content words of theme and unit, singular, for comparing themes no class covers. */
  themeTokens: string[];
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
}

export interface LedgerEvent {
  id: string;
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
}

/** A name or alias under which users look an actor up ("DPRK", "Pyongyang" → country:KP). */
export interface ActorAlias {
  /** Folded as the ledger folds what a user types. */
  alias: string;
  key: string;
  name: string;
}

export type { ActorRef, EventType, SourceOut };
