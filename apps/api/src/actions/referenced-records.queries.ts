import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** Look-ups of the records an action points at, so a missing one is a field error rather than a foreign-key failure. */

const STRATEGY_OF_PRIORITY = new PreparedStatement(`SELECT strategy_id FROM priority WHERE id = $1`);
const USER_ACTIVE = new PreparedStatement(`SELECT is_active FROM app_user WHERE id = $1`);
const BODY_OF_STRATEGY = new PreparedStatement(`SELECT 1 FROM body WHERE id = $1 AND ($2::uuid IS NULL OR strategy_id = $2)`);
const PARTNERS_FOUND = new PreparedStatement(`SELECT id FROM partner WHERE id = ANY($1::uuid[])`);
const SEGMENTS_FOUND = new PreparedStatement(`
  SELECT id FROM population_segment WHERE id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR strategy_id = $2)`);

/** The strategy a priority belongs to, or null if there is no such priority. */
export async function strategyOfPriority(db: EntityManager, priorityId: string): Promise<string | null> {
  const [row] = await runPrepared<{ strategy_id: string }>(db, STRATEGY_OF_PRIORITY, [priorityId]);
  return row?.strategy_id ?? null;
}

/** Whether the user is active; undefined when there is no such user. */
export async function userIsActive(db: EntityManager, userId: string): Promise<boolean | undefined> {
  const [row] = await runPrepared<{ is_active: boolean }>(db, USER_ACTIVE, [userId]);
  return row?.is_active;
}

/** Whether the body exists (and belongs to the strategy, when one is given). */
export const bodyExists = async (db: EntityManager, bodyId: string, strategyId: string | null) =>
  (await runPrepared(db, BODY_OF_STRATEGY, [bodyId, strategyId])).length > 0;

const ids = (rows: { id: string }[]) => new Set(rows.map((row) => row.id));

/** The ids among these that are partners. */
export const partnersFound = async (db: EntityManager, partnerIds: string[]) => ids(await runPrepared<{ id: string }>(db, PARTNERS_FOUND, [partnerIds]));

/** The ids among these that are population segments (of the strategy, when one is given). */
export const segmentsFound = async (db: EntityManager, segmentIds: string[], strategyId: string | null) =>
  ids(await runPrepared<{ id: string }>(db, SEGMENTS_FOUND, [segmentIds, strategyId]));
