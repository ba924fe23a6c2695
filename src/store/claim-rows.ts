// Claims as SQL rows and back: the columns read for the ledger (with the claim's attribution
// chain and its document's facts joined in) and the mapping to ClaimRow.
import type { ClaimRow } from './model.js';
import { decodeSketch } from './sketch.js';

export const CLAIM_COLUMNS = `c.rowid AS rowid, c.ordinal, c.claim_id, c.event, c.bucket, c.agent_id, c.agent_name, c.agent_key,
  c.recipient_id, c.recipient_name, c.recipient_key, c.location_id, c.location_name, c.theme, c.theme_classes,
  c.theme_tokens, c.q_min, c.q_max, c.q_approximate, c.q_vague, c.q_bound, c.q_unit, c.q_start, c.q_end, c.q_text,
  c.t_value, c.t_from, c.t_to, c.t_start, c.t_end, c.t_text, c.ev_start, c.ev_end, c.ev_text, c.tr_start, c.tr_end,
  c.tr_text, c.certainty, c.polarity, c.status, c.unit_no, c.unit_role, c.rules,
  c.location_country, c.unit_class, c.story, c.cause_id, c.cause_name, c.rejected, c.review, c.corrected,
  (SELECT json_group_array(json_object('name', s.name, 'id', s.source_id, 'cue', s.cue, 'start', s.start, 'end', s.end) ORDER BY s.position)
     FROM sources s WHERE s.claim = c.rowid) AS sources_json,
  d.rowid AS d_rowid, d.key AS d_key, d.version AS d_version, d.outlet AS d_outlet, d.published AS d_published,
  d.url AS d_url, d.title AS d_title, d.wire AS d_wire`;

export interface ClaimSqlRow {
  rowid: number;
  ordinal: number;
  claim_id: string;
  event: ClaimRow['event'];
  bucket: string;
  agent_id: string | null;
  agent_name: string | null;
  agent_key: string;
  recipient_id: string | null;
  recipient_name: string | null;
  recipient_key: string;
  location_id: string | null;
  location_name: string | null;
  theme: string | null;
  theme_classes: string;
  theme_tokens: string;
  q_min: number | null;
  q_max: number | null;
  q_approximate: number | null;
  q_vague: number | null;
  q_bound: 'at-least' | 'at-most' | null;
  q_unit: string | null;
  q_start: number | null;
  q_end: number | null;
  q_text: string | null;
  t_value: string | null;
  t_from: string | null;
  t_to: string | null;
  t_start: number | null;
  t_end: number | null;
  t_text: string | null;
  ev_start: number;
  ev_end: number;
  ev_text: string;
  tr_start: number | null;
  tr_end: number | null;
  tr_text: string | null;
  certainty: ClaimRow['certainty'];
  polarity: ClaimRow['polarity'];
  status: ClaimRow['status'];
  unit_no: number;
  unit_role: ClaimRow['unitRole'];
  rules: string;
  location_country: string | null;
  unit_class: string | null;
  story: string | null;
  cause_id: string | null;
  cause_name: string | null;
  rejected: number;
  review: string;
  corrected: string;
  sources_json: string;
  d_rowid: number;
  d_key: string;
  d_version: number;
  d_outlet: string | null;
  d_published: string | null;
  d_url: string | null;
  d_title: string | null;
  d_wire: string | null;
  d_signature?: Uint8Array | null;
}

function actor(id: string | null, name: string | null) {
  return name == null ? null : { id, name };
}

export function toClaimRow(r: ClaimSqlRow): ClaimRow {
  return {
    rowid: r.rowid,
    claimId: r.claim_id,
    ordinal: r.ordinal,
    event: r.event,
    bucket: r.bucket,
    agent: actor(r.agent_id, r.agent_name),
    agentKey: r.agent_key,
    recipient: actor(r.recipient_id, r.recipient_name),
    recipientKey: r.recipient_key,
    location: actor(r.location_id, r.location_name),
    locationCountry: r.location_country,
    theme: r.theme,
    themeClasses: JSON.parse(r.theme_classes) as string[],
    themeTokens: JSON.parse(r.theme_tokens) as string[],
    unitClass: r.unit_class,
    quantity:
      r.q_start == null
        ? null
        : {
            min: r.q_min,
            max: r.q_max,
            approximate: !!r.q_approximate,
            vague: !!r.q_vague,
            bound: r.q_bound,
            unit: r.q_unit,
            start: r.q_start,
            end: r.q_end!,
            text: r.q_text!,
          },
    time: r.t_value == null ? null : { value: r.t_value, from: r.t_from, to: r.t_to, start: r.t_start!, end: r.t_end!, text: r.t_text! },
    evidence: { start: r.ev_start, end: r.ev_end, text: r.ev_text },
    trigger: r.tr_start == null ? null : { start: r.tr_start, end: r.tr_end!, text: r.tr_text! },
    sources: JSON.parse(r.sources_json) as ClaimRow['sources'],
    certainty: r.certainty,
    polarity: r.polarity,
    status: r.status,
    rules: JSON.parse(r.rules) as string[],
    unitNo: r.unit_no,
    unitRole: r.unit_role,
    story: r.story,
    cause: actor(r.cause_id, r.cause_name),
    rejected: !!r.rejected,
    review: JSON.parse(r.review) as number[],
    corrected: JSON.parse(r.corrected) as string[],
    doc: {
      rowid: r.d_rowid,
      key: r.d_key,
      version: r.d_version,
      outlet: r.d_outlet,
      published: r.d_published,
      url: r.d_url,
      title: r.d_title,
      wire: r.d_wire,
      signature: decodeSketch(r.d_signature ?? null),
    },
  };
}

