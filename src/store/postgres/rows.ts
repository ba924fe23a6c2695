// The PostgreSQL spelling of the claim columns the ledger reads (../claim-rows.ts has SQLite's):
// the same names and values, so toClaimRow maps both.
export const PG_CLAIM_COLUMNS = `c.rowid AS rowid, c.ordinal, c.claim_id, c.event, c.bucket, c.agent_id, c.agent_name, c.agent_key,
  c.recipient_id, c.recipient_name, c.recipient_key, c.location_id, c.location_name, c.theme, c.theme_classes,
  c.theme_tokens, c.q_min, c.q_max, c.q_approximate, c.q_vague, c.q_bound, c.q_unit, c.q_start, c.q_end, c.q_text,
  c.t_value, c.t_from, c.t_to, c.t_start, c.t_end, c.t_text, c.ev_start, c.ev_end, c.ev_text, c.tr_start, c.tr_end,
  c.tr_text, c.certainty, c.polarity, c.status, c.unit_no, c.unit_role, c.rules,
  c.location_country, c.unit_class, c.story, c.cause_id, c.cause_name, c.rejected, c.review, c.corrected,
  (SELECT coalesce(json_agg(json_build_object('name', s.name, 'id', s.source_id, 'cue', s.cue, 'start', s.start, 'end', s."end") ORDER BY s.position), '[]')::text
     FROM sources s WHERE s.claim = c.rowid) AS sources_json,
  d.rowid AS d_rowid, d.key AS d_key, d.version AS d_version, d.outlet AS d_outlet, d.published AS d_published,
  d.url AS d_url, d.title AS d_title, d.wire AS d_wire`;

/** n placeholders from $start: "$3, $4, $5". */
export function params(start: number, n: number): string {
  return Array.from({ length: n }, (_, i) => `$${start + i}`).join(', ');
}
