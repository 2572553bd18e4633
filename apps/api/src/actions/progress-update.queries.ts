import type { ActionStatus, ProgressUpdate, Rag } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** A timestamptz as JavaScript's toISOString() writes it (UTC, milliseconds truncated as pg's Date parsing does). */
export const ISO_TIMESTAMP = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** One row per measure value (or one for an update without any); `id` is null when the action has no updates. */
interface UpdateValueRow {
  id: string | null;
  action_id: string;
  created_at: string;
  commentary: string;
  rag: ProgressUpdate['rag'];
  percent_complete: number;
  problem: string | null;
  corrective_action: string | null;
  revised_date: string | null;
  author_id: string;
  author_name: string;
  measure_id: string | null;
  measure_name: string | null;
  value: string | null;
}

/**
 * The action (no row: there is none) with its updates and their measure values, in one statement where there were
 * three (does the action exist, its updates, their values). Values come through the action's own measures (one index
 * scan) rather than a probe per update: an update only ever reports the measures of its own action
 * (ProgressUpdatesService.post checks it); OFFSET 0 keeps the planner from turning that into a probe per update
 * again. The author's name is a subquery, an index probe per update, where the generic plan hashed the whole user
 * table. Rows, not json_agg: PostgreSQL spent twice the CPU building the JSON.
 */
const UPDATES = new PreparedStatement(`
  SELECT u.id, a.id AS action_id, u.created_at, u.commentary, u.rag, u.percent_complete, u.problem, u.corrective_action, u.revised_date,
         u.author_id, u.author_name, u.measure_id, u.measure_name, u.value
  FROM action a
  LEFT JOIN LATERAL (
    SELECT pu.id, ${ISO_TIMESTAMP('pu.created_at')} AS created_at, pu.commentary, pu.rag, pu.percent_complete,
           pu.problem, pu.corrective_action, pu.revised_date::text AS revised_date,
           pu.author_id, (SELECT u.name FROM app_user u WHERE u.id = pu.author_id) AS author_name,
           vals.measure_id, vals.measure_name, vals.value, pu.created_at AS at, vals.measure_created_at
    FROM progress_update pu
    LEFT JOIN (
      SELECT v.update_id, v.measure_id, m.name AS measure_name, v.value::text AS value, m.created_at AS measure_created_at
      FROM measure m JOIN progress_update_measure v ON v.measure_id = m.id
      WHERE m.action_id = a.id
    ) vals ON vals.update_id = pu.id
    WHERE pu.action_id = a.id
    OFFSET 0
  ) u ON true
  WHERE a.id = $1
  ORDER BY u.at DESC, u.id DESC, u.measure_created_at, u.measure_name, u.measure_id`);

/** The action's progress updates, newest first, each with its author's name and the measure values it reported; null if there is no such action. */
export async function readUpdates(db: EntityManager, actionId: string): Promise<ProgressUpdate[] | null> {
  const rows = await runPrepared<UpdateValueRow>(db, UPDATES, [actionId]);
  if (rows.length === 0) return null;
  const updates: ProgressUpdate[] = [];
  let current: ProgressUpdate | undefined;
  for (const row of rows) {
    if (row.id === null) break;
    if (current?.id !== row.id) {
      current = {
        id: row.id,
        actionId: row.action_id,
        author: { id: row.author_id, name: row.author_name },
        createdAt: row.created_at,
        commentary: row.commentary,
        rag: row.rag,
        percentComplete: row.percent_complete,
        problem: row.problem,
        correctiveAction: row.corrective_action,
        revisedDate: row.revised_date,
        measureValues: [],
      };
      updates.push(current);
    }
    if (row.measure_id !== null) current.measureValues.push({ measureId: row.measure_id, measureName: row.measure_name!, value: Number(row.value) });
  }
  return updates;
}

/** What posting an update needs to know about the action: its version, access facts, progress and measures. */
export interface ActionToUpdate {
  id: string;
  reference: string;
  owner_id: string;
  owning_body_id: string;
  status: ActionStatus;
  rag: Rag;
  percent_complete: number;
  version: number;
  partner_ids: string[];
  measures: { id: string; name: string }[];
}

/** The action as posting an update needs it, all from one snapshot. */
const READ = new PreparedStatement(`
  SELECT a.id, a.reference, a.owner_id, a.owning_body_id, a.status, a.rag, a.percent_complete, a.version,
         ARRAY(SELECT ap.partner_id::text FROM action_partner ap WHERE ap.action_id = a.id) AS partner_ids,
         (SELECT coalesce(json_agg(json_build_object('id', m.id, 'name', m.name) ORDER BY m.created_at, m.name, m.id), '[]')
          FROM measure m WHERE m.action_id = a.id) AS measures
  FROM action a WHERE a.id = $1`);

/**
 * The update, its measure values, the action's new RAG/percentage/status and both audit rows (the action's only when
 * its progress changed: $13 null otherwise) in one statement, so one transaction, and only if the action is still at
 * the version the checks were made on ($14): otherwise nothing is written and no row comes back. The audit rows take
 * their ids in this order, as they did one INSERT after the other. The progress_update trigger that moves
 * last_update_at runs after the statement and finds it already set.
 */
const POST = new PreparedStatement(`
  WITH moved AS (
    UPDATE action SET rag = $4::text, percent_complete = $5::int, status = $11::text, last_update_at = now(), version = version + 1, updated_at = now()
    WHERE id = $1::uuid AND version = $14::int
    RETURNING id
  ), pu AS (
    INSERT INTO progress_update (action_id, author_id, commentary, rag, percent_complete, problem, corrective_action, revised_date)
    SELECT moved.id, $2::uuid, $3::text, $4::text, $5::int, $6::text, $7::text, $8::date FROM moved
    RETURNING id, author_id, created_at
  ), measured AS (
    INSERT INTO progress_update_measure (update_id, measure_id, value)
    SELECT pu.id, v.measure_id, v.value FROM pu, unnest($9::uuid[], $10::numeric[]) AS v(measure_id, value)
  ), audited AS (
    INSERT INTO audit_event (actor_id, operation, entity_type, entity_id, changes)
    SELECT $2::uuid, 'create', 'progress_update', pu.id::text, $12::jsonb FROM pu
    UNION ALL
    SELECT $2::uuid, 'edit', 'action', moved.id::text, $13::jsonb FROM moved WHERE $13::jsonb IS NOT NULL
  )
  SELECT pu.id, pu.author_id, (SELECT u.name FROM app_user u WHERE u.id = pu.author_id) AS author_name,
         ${ISO_TIMESTAMP('pu.created_at')} AS created_at
  FROM pu`);

/** Locks the action's row until the transaction ends; a statement after it reads the action as it then stands. */
const LOCK = new PreparedStatement(`SELECT 1 FROM action WHERE id = $1 FOR UPDATE`);

export async function lockActionForUpdate(db: EntityManager, actionId: string): Promise<void> {
  await runPrepared(db, LOCK, [actionId]);
}

export async function selectActionToUpdate(db: EntityManager, actionId: string): Promise<ActionToUpdate | undefined> {
  const [action] = await runPrepared<ActionToUpdate>(db, READ, [actionId]);
  return action;
}

/** Runs POST with its fourteen parameters, in its order; the update as written, or undefined when the action moved on. */
export async function insertUpdate(db: EntityManager, parameters: unknown[]) {
  const [row] = await runPrepared<{ id: string; author_id: string; author_name: string; created_at: string }>(db, POST, parameters);
  return row;
}
