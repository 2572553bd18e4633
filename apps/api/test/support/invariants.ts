import type { TestApp } from './test-app.js';

/**
 * One query per table, each returning the rows that break a rule the data must always keep
 * (whatever reached the API). `$1` is when the run started: records made since must be audited.
 */
const CHECKS: Record<string, string> = {
  action: `
    SELECT id, reference FROM action a
     WHERE percent_complete NOT BETWEEN 0 AND 100 OR version < 1 OR btrim(title) = '' OR length(title) > 200
        OR reference !~ '^[A-Z]{1,6}-[0-9]{3,}$'
        OR (SELECT count(*) FROM action b WHERE b.strategy_id = a.strategy_id AND b.reference = a.reference) > 1
        OR (start_date IS NOT NULL AND due_date IS NOT NULL AND due_date < start_date)
        OR (status = 'cancelled') <> (cancelled_reason IS NOT NULL)
        OR (created_at >= $1 AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'action' AND e.entity_id = a.id::text AND e.operation = 'create'))`,
  action_partner: `SELECT action_id FROM action_partner ap WHERE NOT EXISTS (SELECT 1 FROM action a WHERE a.id = ap.action_id) OR NOT EXISTS (SELECT 1 FROM partner p WHERE p.id = ap.partner_id)`,
  action_segment: `SELECT action_id FROM action_segment s WHERE NOT EXISTS (SELECT 1 FROM population_segment p WHERE p.id = s.segment_id)`,
  milestone: `SELECT id FROM milestone m WHERE btrim(title) = '' OR NOT EXISTS (SELECT 1 FROM action a WHERE a.id = m.action_id)`,
  measure: `SELECT id FROM measure m WHERE btrim(name) = '' OR target = 'NaN' OR baseline = 'NaN' OR NOT EXISTS (SELECT 1 FROM action a WHERE a.id = m.action_id)`,
  progress_update: `
    SELECT id FROM progress_update u
     WHERE percent_complete NOT BETWEEN 0 AND 100 OR btrim(commentary) = ''
        OR (rag IN ('red', 'amber') AND (btrim(problem) = '' OR btrim(corrective_action) = ''))
        OR NOT EXISTS (SELECT 1 FROM action a WHERE a.id = u.action_id)
        OR (created_at >= $1 AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'progress_update' AND e.entity_id = u.id::text))`,
  progress_update_measure: `
    SELECT v.update_id FROM progress_update_measure v
      JOIN progress_update u ON u.id = v.update_id JOIN measure m ON m.id = v.measure_id
     WHERE m.action_id <> u.action_id OR v.value = 'NaN'`,
  escalation: `
    SELECT id FROM escalation e
     WHERE version < 1 OR btrim(problem) = '' OR btrim(impact) = '' OR btrim(decision_sought) = ''
        OR (status IN ('open', 'under_review') AND decision IS NOT NULL)
        OR NOT EXISTS (SELECT 1 FROM action a WHERE a.id = e.action_id)`,
  board_meeting: `SELECT id FROM board_meeting WHERE btrim(title) = ''`,
  board_meeting_agenda_item: `SELECT meeting_id FROM board_meeting_agenda_item GROUP BY meeting_id, position HAVING count(*) > 1`,
  partner: `SELECT id FROM partner p WHERE version < 1 OR btrim(name) = '' OR name <> btrim(name) OR length(name) > 200 OR (SELECT count(*) FROM partner q WHERE lower(q.name) = lower(p.name)) > 1`,
  partner_contact: `SELECT id FROM partner_contact c WHERE version < 1 OR btrim(name) = '' OR NOT EXISTS (SELECT 1 FROM partner p WHERE p.id = c.partner_id)`,
  partner_protocol: `SELECT id FROM partner_protocol WHERE signed_on > current_date + 1 OR btrim(protocol_name) = '' OR btrim(signed_by) = ''`,
  population_segment: `SELECT id FROM population_segment WHERE household_share NOT BETWEEN 0 AND 100 OR version < 1 OR btrim(name) = '' OR name <> btrim(name)`,
  app_user: `
    SELECT id, email FROM app_user u
     WHERE version < 1 OR btrim(name) = '' OR email !~ '^[^@\\s]+@[^@\\s]+$' OR password_hash !~ '^\\$argon2'
        OR (SELECT count(*) FROM app_user v WHERE lower(v.email) = lower(u.email)) > 1`,
  body_membership: `SELECT user_id FROM body_membership m WHERE NOT EXISTS (SELECT 1 FROM body b WHERE b.id = m.body_id)`,
  notification: `SELECT id FROM notification n WHERE NOT EXISTS (SELECT 1 FROM app_user u WHERE u.id = n.user_id)`,
  review_cycle: `
    SELECT id FROM review_cycle
     WHERE version < 1 OR btrim(name) = '' OR period_end < period_start
        OR (SELECT count(*) FROM review_cycle c WHERE c.status IN ('open', 'board_review')) > 1`,
  review_return: `
    SELECT id FROM review_return r
     WHERE version < 1 OR NOT EXISTS (SELECT 1 FROM review_cycle c WHERE c.id = r.cycle_id) OR NOT EXISTS (SELECT 1 FROM action a WHERE a.id = r.action_id)
        OR (status IN ('submitted', 'accepted') AND (btrim(narrative) = '' OR rag IS NULL))
        OR (SELECT count(*) FROM review_return o WHERE o.cycle_id = r.cycle_id AND o.action_id = r.action_id) > 1`,
  attachment: `
    SELECT f.id FROM attachment f LEFT JOIN attachment_content c ON c.attachment_id = f.id
     WHERE c.attachment_id IS NULL OR octet_length(c.content) <> f.size_bytes OR encode(sha256(c.content), 'hex') <> f.sha256
        OR strpos(f.file_name, '/') > 0 OR strpos(f.file_name, chr(92)) > 0 OR f.file_name ~ '[[:cntrl:]"]'
        OR (f.progress_update_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM progress_update u WHERE u.id = f.progress_update_id AND u.action_id = f.action_id))
        OR (f.review_return_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM review_return r WHERE r.id = f.review_return_id AND r.action_id = f.action_id))
        OR (f.escalation_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM escalation e WHERE e.id = f.escalation_id AND e.action_id = f.action_id))
        OR (f.uploaded_at >= $1 AND NOT EXISTS (SELECT 1 FROM audit_event e WHERE e.entity_type = 'attachment' AND e.entity_id = f.id::text AND e.operation = 'create'))`,
  audit_event: `
    SELECT id FROM audit_event
     WHERE btrim(operation) = '' OR btrim(entity_type) = '' OR btrim(entity_id) = '' OR jsonb_typeof(changes) <> 'object'
        OR (occurred_at >= $1 AND actor_id IS NULL)`,
};

/** A fingerprint of the audit trail up to now, to prove later that no row of it was changed or removed. */
export async function auditFingerprint(t: TestApp, upToId?: string): Promise<{ lastId: string; rows: number; digest: string }> {
  const [row] = await t.sql<{ lastId: string; rows: number; digest: string }>(
    `SELECT coalesce(max(id), 0)::text AS "lastId", count(*)::int AS rows,
            coalesce(md5(string_agg(id || '|' || occurred_at || '|' || coalesce(actor_id::text, '') || '|' || operation || '|' || entity_type || '|' || entity_id || '|' || changes::text, ',' ORDER BY id)), '') AS digest
       FROM audit_event WHERE $1::bigint IS NULL OR id <= $1::bigint`,
    [upToId ?? null],
  );
  return row;
}

/** The broken rows per table; `{}` when every invariant holds. */
export async function findBrokenInvariants(t: TestApp, startedAt: string): Promise<Record<string, unknown[]>> {
  const broken: Record<string, unknown[]> = {};
  for (const [table, sql] of Object.entries(CHECKS)) {
    const rows = await t.sql(sql, sql.includes('$1') ? [startedAt] : []);
    if (rows.length > 0) broken[table] = rows.slice(0, 5);
  }
  return broken;
}
