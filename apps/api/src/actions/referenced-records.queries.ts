import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** Look-ups of the records an action points at, so a missing one is a field error rather than a foreign-key failure. */

const STRATEGY_OF_PRIORITY = new PreparedStatement(`SELECT strategy_id FROM priority WHERE id = $1`);
const PRIORITY_RETIRED = new PreparedStatement(`SELECT 1 FROM priority WHERE id = $1 AND retired_at IS NOT NULL`);
const USER_ACTIVE = new PreparedStatement(`SELECT is_active FROM app_user WHERE id = $1`);
const BODY_OF_STRATEGY = new PreparedStatement(`
  SELECT retired_at IS NOT NULL AS retired FROM body WHERE id = $1 AND ($2::uuid IS NULL OR strategy_id = $2)`);
const PARTNERS_FOUND = new PreparedStatement(`SELECT id FROM partner WHERE id = ANY($1::uuid[])`);
const SEGMENTS_FOUND = new PreparedStatement(`
  SELECT id, name, retired_at IS NOT NULL AS retired FROM population_segment WHERE id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR strategy_id = $2)`);

/** The strategy a priority belongs to, or null if there is no such priority. */
export async function strategyOfPriority(db: EntityManager, priorityId: string): Promise<string | null> {
  const [row] = await runPrepared<{ strategy_id: string }>(db, STRATEGY_OF_PRIORITY, [priorityId]);
  return row?.strategy_id ?? null;
}

/** Whether the priority is retired (and so not for new choices). */
export const priorityIsRetired = async (db: EntityManager, priorityId: string) => (await runPrepared(db, PRIORITY_RETIRED, [priorityId])).length > 0;

/** Whether the user is active; undefined when there is no such user. */
export async function userIsActive(db: EntityManager, userId: string): Promise<boolean | undefined> {
  const [row] = await runPrepared<{ is_active: boolean }>(db, USER_ACTIVE, [userId]);
  return row?.is_active;
}

/** Whether the body is retired; undefined when there is no such body (of the strategy, when one is given). */
export async function bodyIsRetired(db: EntityManager, bodyId: string, strategyId: string | null): Promise<boolean | undefined> {
  const [row] = await runPrepared<{ retired: boolean }>(db, BODY_OF_STRATEGY, [bodyId, strategyId]);
  return row?.retired;
}

const ids = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));

/** The ids among these that are partners. */
export const partnersFound = async (db: EntityManager, partnerIds: string[]) => ids(await runPrepared<{ id: string }>(db, PARTNERS_FOUND, [partnerIds]));

/** The population segments among these ids (of the strategy, when one is given), each saying whether it is retired. */
export const segmentsFound = (db: EntityManager, segmentIds: string[], strategyId: string | null) =>
  runPrepared<{ id: string; name: string; retired: boolean }>(db, SEGMENTS_FOUND, [segmentIds, strategyId]);
