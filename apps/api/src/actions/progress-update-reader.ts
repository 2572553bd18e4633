import type { ProgressUpdate } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';

interface UpdateRow {
  id: string;
  action_id: string;
  created_at: Date;
  commentary: string;
  rag: ProgressUpdate['rag'];
  percent_complete: number;
  problem: string | null;
  corrective_action: string | null;
  revised_date: string | null;
  author_id: string;
  author_name: string;
}

interface ValueRow {
  update_id: string;
  measure_id: string;
  measure_name: string;
  value: string;
}

/** The action's progress updates, newest first, each with its author's name and the measure values it reported. */
export async function readUpdates(db: EntityManager, actionId: string, onlyUpdateId: string | null = null): Promise<ProgressUpdate[]> {
  const rows: UpdateRow[] = await db.query(
    `SELECT pu.id, pu.action_id, pu.created_at, pu.commentary, pu.rag, pu.percent_complete, pu.problem, pu.corrective_action,
            pu.revised_date::text AS revised_date, u.id AS author_id, u.name AS author_name
     FROM progress_update pu JOIN app_user u ON u.id = pu.author_id
     WHERE pu.action_id = $1 AND ($2::uuid IS NULL OR pu.id = $2)
     ORDER BY pu.created_at DESC, pu.id DESC`,
    [actionId, onlyUpdateId],
  );
  const values: ValueRow[] = await db.query(
    `SELECT v.update_id, v.measure_id, m.name AS measure_name, v.value
     FROM progress_update_measure v JOIN measure m ON m.id = v.measure_id
     WHERE v.update_id = ANY($1::uuid[]) ORDER BY m.created_at, m.name`,
    [rows.map((row) => row.id)],
  );
  return rows.map((row) => ({
    id: row.id,
    actionId: row.action_id,
    author: { id: row.author_id, name: row.author_name },
    createdAt: row.created_at.toISOString(),
    commentary: row.commentary,
    rag: row.rag,
    percentComplete: row.percent_complete,
    problem: row.problem,
    correctiveAction: row.corrective_action,
    revisedDate: row.revised_date,
    measureValues: values
      .filter((value) => value.update_id === row.id)
      .map((value) => ({ measureId: value.measure_id, measureName: value.measure_name, value: Number(value.value) })),
  }));
}
