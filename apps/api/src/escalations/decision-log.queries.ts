import type { DecisionLogEntry, DecisionLogFilters } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** Every decision matching the filters (each null when not given). Dates are compared in the database's time zone. */
const DECISIONS = new PreparedStatement(`
  SELECT e.id, e.action_id, a.reference, a.title, e.decision_sought, e.urgency, e.decision, e.decision_text, e.conditions,
         e.decided_by_id, d.name AS decided_by_name, e.decided_at, e.raised_by_id, r.name AS raised_by_name, e.status,
         e.decided_in_meeting_id AS meeting_id, m.meeting_date::text AS meeting_date, m.title AS meeting_title
  FROM escalation e
  JOIN action a ON a.id = e.action_id
  JOIN priority p ON p.id = a.priority_id
  JOIN app_user d ON d.id = e.decided_by_id
  JOIN app_user r ON r.id = e.raised_by_id
  LEFT JOIN board_meeting m ON m.id = e.decided_in_meeting_id
  WHERE e.decision IS NOT NULL
    AND ($1::text[] IS NULL OR e.decision = ANY($1))
    AND ($2::text[] IS NULL OR a.priority_id::text = ANY($2) OR p.number::text = ANY($2))
    AND ($3::uuid[] IS NULL OR a.owning_body_id = ANY($3))
    AND ($4::uuid IS NULL OR e.action_id = $4)
    AND ($5::date IS NULL OR e.decided_at::date >= $5)
    AND ($6::date IS NULL OR e.decided_at::date <= $6)
    AND ($7::uuid IS NULL OR e.decided_in_meeting_id = $7)
  ORDER BY e.decided_at DESC, e.id`);

interface DecisionRow {
  id: string;
  action_id: string;
  reference: string;
  title: string;
  decision_sought: string;
  urgency: DecisionLogEntry['urgency'];
  decision: DecisionLogEntry['outcome'];
  decision_text: string;
  conditions: string | null;
  decided_by_id: string;
  decided_by_name: string;
  decided_at: Date;
  raised_by_id: string;
  raised_by_name: string;
  status: DecisionLogEntry['status'];
  meeting_id: string | null;
  meeting_date: string | null;
  meeting_title: string | null;
}

/** Every decision the board has recorded, newest first. Dates are compared in the database's time zone. */
export async function readDecisions(db: EntityManager, filters: DecisionLogFilters): Promise<DecisionLogEntry[]> {
  const rows = await runPrepared<DecisionRow>(db, DECISIONS, [
    filters.outcome ?? null,
    filters.priority?.map((value) => value.toLowerCase()) ?? null,
    filters.body ?? null,
    filters.action ?? null,
    filters.from ?? null,
    filters.to ?? null,
    filters.meeting ?? null,
  ]);
  return rows.map((row) => ({
    escalationId: row.id,
    action: { id: row.action_id, reference: row.reference, title: row.title },
    decisionSought: row.decision_sought,
    urgency: row.urgency,
    outcome: row.decision,
    decisionText: row.decision_text,
    conditions: row.conditions,
    decidedBy: { id: row.decided_by_id, name: row.decided_by_name },
    decidedAt: row.decided_at.toISOString(),
    raisedBy: { id: row.raised_by_id, name: row.raised_by_name },
    status: row.status,
    meeting: row.meeting_id ? { id: row.meeting_id, meetingDate: row.meeting_date ?? '', title: row.meeting_title ?? '' } : null,
  }));
}

