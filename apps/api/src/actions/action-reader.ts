import type { ActionDetail, Measure, Milestone, Ref } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { abilitiesOn, type ActionAccessFacts, type Actor } from './actions.policy.js';
import { type ActionSummaryRow, toActionSummary } from './action-summary.mapper.js';

/** An action as everyone sees it; `can` is added per user by `withAbilities`. */
export type ActionView = Omit<ActionDetail, 'can'>;

interface ActionRow extends ActionSummaryRow {
  description: string;
  cancelled_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

const ACTION_SQL = `
  SELECT a.id, a.reference, a.title, a.description, a.status, a.rag, a.percent_complete,
         a.start_date::text AS start_date, a.due_date::text AS due_date,
         (a.due_date IS NOT NULL AND a.due_date < current_date AND a.status NOT IN ('complete', 'cancelled')) AS overdue,
         a.last_update_at, a.version, a.cancelled_reason, a.created_at, a.updated_at,
         p.id AS priority_id, p.number AS priority_number, p.title AS priority_title,
         u.id AS owner_id, u.name AS owner_name, b.id AS body_id, b.name AS body_name
  FROM action a
  JOIN priority p ON p.id = a.priority_id
  JOIN app_user u ON u.id = a.owner_id
  JOIN body b ON b.id = a.owning_body_id
  WHERE a.id = $1`;

const number = (value: string | null) => (value === null ? null : Number(value));

/** Everything the action page shows, read on the given manager (so inside a transaction it sees the transaction's writes). */
export async function readAction(db: EntityManager, id: string): Promise<ActionView | null> {
  const [row] = (await db.query(ACTION_SQL, [id])) as ActionRow[];
  if (!row) return null;
  // One after another: inside a transaction they share one connection.
  const partners: Ref[] = await db.query(
    `SELECT p.id, p.name FROM action_partner ap JOIN partner p ON p.id = ap.partner_id WHERE ap.action_id = $1 ORDER BY p.name`,
    [id],
  );
  const segments: Ref[] = await db.query(
    `SELECT s.id, s.name FROM action_segment acs JOIN population_segment s ON s.id = acs.segment_id WHERE acs.action_id = $1 ORDER BY s.name`,
    [id],
  );
  const milestones: Milestone[] = await db.query(
    `SELECT id, title, due_date::text AS "dueDate", done_date::text AS "doneDate" FROM milestone WHERE action_id = $1 ORDER BY due_date, created_at, id`,
    [id],
  );
  const measures: MeasureRow[] = await db.query(
    `SELECT m.id, m.name, m.unit, m.target, m.baseline,
            (SELECT v.value FROM progress_update_measure v JOIN progress_update u ON u.id = v.update_id
             WHERE v.measure_id = m.id ORDER BY u.created_at DESC, u.id DESC LIMIT 1) AS latest_value
     FROM measure m WHERE m.action_id = $1 ORDER BY m.created_at, m.name, m.id`,
    [id],
  );
  return toActionView(row, partners, segments, milestones, measures);
}

function toActionView(row: ActionRow, partners: Ref[], segments: Ref[], milestones: Milestone[], measures: MeasureRow[]): ActionView {
  return {
    ...toActionSummary(row),
    description: row.description,
    partners,
    segments,
    milestones,
    measures: measures.map(toMeasure),
    cancelledReason: row.cancelled_reason,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

interface MeasureRow {
  id: string;
  name: string;
  unit: string;
  target: string | null;
  baseline: string | null;
  latest_value: string | null;
}

const toMeasure = (row: MeasureRow): Measure => ({
  id: row.id,
  name: row.name,
  unit: row.unit,
  target: number(row.target),
  baseline: number(row.baseline),
  latestValue: number(row.latest_value),
});

export const accessFacts = (action: ActionView): ActionAccessFacts => ({
  ownerId: action.owner.id,
  owningBodyId: action.owningBody.id,
  partnerIds: action.partners.map((partner) => partner.id),
  status: action.status,
});

export const withAbilities = (action: ActionView, actor: Actor): ActionDetail => ({ ...action, can: abilitiesOn(actor, accessFacts(action)) });
