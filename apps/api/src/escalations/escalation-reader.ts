import type { Escalation, EscalationQueueFilters, EscalationStatus, EscalationUrgency } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { isOverdue } from './escalations.policy.js';

interface EscalationRow {
  id: string;
  action_id: string;
  action_reference: string;
  action_title: string;
  raised_by_id: string;
  raised_by_name: string;
  raised_at: Date;
  problem: string;
  impact: string;
  decision_sought: string;
  urgency: EscalationUrgency;
  needed_by: string;
  status: EscalationStatus;
  age_days: number;
  today: string;
  reviewer_id: string | null;
  reviewer_name: string | null;
  review_started_at: Date | null;
  decision: 'agreed' | 'declined' | null;
  decision_text: string | null;
  conditions: string | null;
  decided_by_id: string | null;
  decided_by_name: string | null;
  decided_at: Date | null;
  meeting_id: string | null;
  meeting_date: string | null;
  meeting_title: string | null;
  follow_up_owner_id: string | null;
  follow_up_owner_name: string | null;
  follow_up_due: string | null;
  follow_up_milestone_id: string | null;
  outcome: string | null;
  resolved_by_id: string | null;
  resolved_by_name: string | null;
  resolved_at: Date | null;
  version: number;
}

/**
 * The optional people are looked up by scalar subqueries rather than four more LEFT JOINs of app_user: the planner
 * searched join orders for nine tables on every call. Board queue (150 rows, bench data): planning 3.3 -> 0.8 ms,
 * 8.2 -> 5.6 ms median per statement; the plan still reads each person by app_user_pkey.
 * The action is read per escalation by action_pkey (the OFFSET 0 keeps the planner from flattening the LATERAL
 * subquery): for the queue's 150 escalations the plan was a Seq Scan of all 5,000 actions (427 buffers) and a Hash
 * Join, execution 6.4 -> 1.9 ms, 6.5 -> 4.3 ms median per statement including reading the rows.
 */
const SELECT = `
  SELECT e.id, e.action_id, a.reference AS action_reference, a.title AS action_title,
         e.raised_by_id, rb.name AS raised_by_name, e.raised_at, e.problem, e.impact, e.decision_sought, e.urgency,
         e.needed_by::text AS needed_by, e.status, (current_date - e.raised_at::date) AS age_days, current_date::text AS today,
         e.reviewer_id, (SELECT name FROM app_user WHERE id = e.reviewer_id) AS reviewer_name, e.review_started_at,
         e.decision, e.decision_text, e.conditions, e.decided_by_id,
         (SELECT name FROM app_user WHERE id = e.decided_by_id) AS decided_by_name, e.decided_at,
         e.decided_in_meeting_id AS meeting_id, m.meeting_date::text AS meeting_date, m.title AS meeting_title,
         e.follow_up_owner_id, (SELECT name FROM app_user WHERE id = e.follow_up_owner_id) AS follow_up_owner_name,
         e.follow_up_due::text AS follow_up_due, e.follow_up_milestone_id, e.outcome, e.resolved_by_id,
         (SELECT name FROM app_user WHERE id = e.resolved_by_id) AS resolved_by_name, e.resolved_at, e.version
  FROM escalation e
  JOIN LATERAL (SELECT id, reference, title, priority_id, owning_body_id FROM action WHERE id = e.action_id OFFSET 0) a ON true
  JOIN app_user rb ON rb.id = e.raised_by_id
  LEFT JOIN board_meeting m ON m.id = e.decided_in_meeting_id`;

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? '' } : null);

function toEscalationResponse(row: EscalationRow): Escalation {
  return {
    id: row.id,
    action: { id: row.action_id, reference: row.action_reference, title: row.action_title },
    raisedBy: { id: row.raised_by_id, name: row.raised_by_name },
    raisedAt: row.raised_at.toISOString(),
    problem: row.problem,
    impact: row.impact,
    decisionSought: row.decision_sought,
    urgency: row.urgency,
    neededBy: row.needed_by,
    status: row.status,
    ageDays: Number(row.age_days),
    overdue: isOverdue(row.status, row.needed_by, row.today),
    reviewer: person(row.reviewer_id, row.reviewer_name),
    reviewStartedAt: row.review_started_at?.toISOString() ?? null,
    decision:
      row.decision && row.decision_text && row.decided_at && row.decided_by_id
        ? {
            outcome: row.decision,
            text: row.decision_text,
            conditions: row.conditions,
            decidedBy: { id: row.decided_by_id, name: row.decided_by_name ?? '' },
            decidedAt: row.decided_at.toISOString(),
            meeting: row.meeting_id ? { id: row.meeting_id, meetingDate: row.meeting_date ?? '', title: row.meeting_title ?? '' } : null,
            followUp:
              row.follow_up_owner_id && row.follow_up_due
                ? { owner: { id: row.follow_up_owner_id, name: row.follow_up_owner_name ?? '' }, dueDate: row.follow_up_due, milestoneId: row.follow_up_milestone_id }
                : null,
          }
        : null,
    outcome: row.outcome,
    resolvedBy: person(row.resolved_by_id, row.resolved_by_name),
    resolvedAt: row.resolved_at?.toISOString() ?? null,
    version: row.version,
  };
}

export async function readEscalation(db: EntityManager, id: string): Promise<Escalation | null> {
  const [row] = await db.query(`${SELECT} WHERE e.id = $1`, [id]);
  return row ? toEscalationResponse(row) : null;
}

/** The escalations on a board meeting's agenda, in the order they were added. */
export async function readAgenda(db: EntityManager, meetingId: string): Promise<Escalation[]> {
  const rows: EscalationRow[] = await db.query(
    `${SELECT} JOIN board_meeting_agenda_item ai ON ai.escalation_id = e.id WHERE ai.meeting_id = $1 ORDER BY ai.position`,
    [meetingId],
  );
  return rows.map(toEscalationResponse);
}

/** Every escalation on one action, newest first. */
export async function readActionEscalations(db: EntityManager, actionId: string): Promise<Escalation[]> {
  const rows: EscalationRow[] = await db.query(`${SELECT} WHERE e.action_id = $1 ORDER BY e.raised_at DESC, e.id`, [actionId]);
  return rows.map(toEscalationResponse);
}

/**
 * The board's queue: open and under-review escalations, those past their needed-by date first,
 * then by urgency (urgent, high, routine), then oldest first.
 */
export async function readQueue(db: EntityManager, filters: EscalationQueueFilters): Promise<Escalation[]> {
  const rows: EscalationRow[] = await db.query(
    `${SELECT}
     JOIN priority p ON p.id = a.priority_id
     WHERE e.status IN ('open', 'under_review')
       AND ($1::text[] IS NULL OR a.priority_id::text = ANY($1) OR p.number::text = ANY($1))
       AND ($2::uuid[] IS NULL OR a.owning_body_id = ANY($2))
       AND ($3::text[] IS NULL OR e.urgency = ANY($3))
     ORDER BY (e.needed_by < current_date) DESC,
              CASE e.urgency WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END,
              e.raised_at, e.id`,
    [filters.priority?.map((value) => value.toLowerCase()) ?? null, filters.body ?? null, filters.urgency ?? null],
  );
  return rows.map(toEscalationResponse);
}
