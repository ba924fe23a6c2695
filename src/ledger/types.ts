// The ledger's records: the stored ones live in the store's model (src/store/model.ts), which the
// ledger shares; what only the ledger computes (estimate series) is here.
import type { Certainty, Status } from '../format.js';

export type {
  ActorAlias, ActorRef, ClaimRow, DisagreementRule, DocInfo, EventType, HistoryEntry, LedgerClaim, LedgerEvent, LedgerQuantity, ReportOut,
  SourceOut, TextSpanOut, UnitRole,
} from '../store/model.js';

/** One point of an estimate series: one claim set of one report. */
export interface EstimateOut {
  published: string | null;
  document: string;
  outlet: string | null;
  original_source: string;
  min: number | null;
  max: number | null;
  approximate: boolean;
  vague: boolean;
  unit: string | null;
  /** What is counted (people, goods:missiles, casualties:dead …): a series never mixes two. */
  unit_class: string;
  time: { value: string; text: string; from: string | null; to: string | null } | null;
  status: Status;
  certainty: Certainty;
  claims: string[];
  quote: string;
}

