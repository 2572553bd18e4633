import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** Look-ups of the records a risk points at, so a missing one is a field error rather than a foreign-key failure. */

const USERS = new PreparedStatement(`SELECT id, is_active FROM app_user WHERE id = ANY($1::uuid[])`);
const ACTIONS = new PreparedStatement(`SELECT id FROM action WHERE id = ANY($1::uuid[]) AND strategy_id = $2`);
const PRIORITIES = new PreparedStatement(`SELECT id, retired_at IS NOT NULL AS retired FROM priority WHERE id = ANY($1::uuid[]) AND strategy_id = $2`);
const CYCLE = new PreparedStatement(`SELECT id, status, name FROM review_cycle WHERE id = $1`);

export const usersFound = (db: EntityManager, ids: string[]) => runPrepared<{ id: string; is_active: boolean }>(db, USERS, [ids]);

export const actionsFound = async (db: EntityManager, ids: string[], strategyId: string) =>
  new Set((await runPrepared<{ id: string }>(db, ACTIONS, [ids, strategyId])).map((row) => row.id));

export const prioritiesFound = (db: EntityManager, ids: string[], strategyId: string) =>
  runPrepared<{ id: string; retired: boolean }>(db, PRIORITIES, [ids, strategyId]);

export async function reviewCycleState(db: EntityManager, id: string): Promise<{ id: string; status: string; name: string } | undefined> {
  const [row] = await runPrepared<{ id: string; status: string; name: string }>(db, CYCLE, [id]);
  return row;
}
