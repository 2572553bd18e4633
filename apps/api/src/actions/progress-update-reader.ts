import type { ProgressUpdate } from '@steerline/contracts';
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
