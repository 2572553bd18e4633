import type { BodySummary, PriorityRef } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** The strategy the plan belongs to: the first one created (there is one per data set today). */
const CURRENT_STRATEGY = new PreparedStatement(`SELECT id FROM strategy ORDER BY created_at, id LIMIT 1`);
/** The same strategy, its row locked until the transaction ends: creating actions in it takes turns from here on. */
const LOCK_CURRENT_STRATEGY = new PreparedStatement(`SELECT id FROM strategy ORDER BY created_at, id LIMIT 1 FOR UPDATE`);
const PRIORITIES = new PreparedStatement(`SELECT id, number, title FROM priority ORDER BY number, id`);
const BODIES = new PreparedStatement(`
  SELECT b.id, b.name, b.kind, b.remit, count(u.id)::int AS "memberCount"
    FROM body b
    LEFT JOIN body_membership m ON m.body_id = b.id
    LEFT JOIN app_user u ON u.id = m.user_id AND u.is_active
   GROUP BY b.id
   ORDER BY b.name`);
const BODIES_FOUND = new PreparedStatement(`SELECT count(*)::int AS found FROM body WHERE id = ANY($1::uuid[])`);

export async function selectCurrentStrategyId(db: EntityManager): Promise<string | null> {
  const [strategy] = await runPrepared<{ id: string }>(db, CURRENT_STRATEGY);
  return strategy?.id ?? null;
}

export async function lockCurrentStrategyRow(db: EntityManager): Promise<string | null> {
  const [strategy] = await runPrepared<{ id: string }>(db, LOCK_CURRENT_STRATEGY);
  return strategy?.id ?? null;
}

export const selectPriorities = (db: EntityManager) => runPrepared<PriorityRef>(db, PRIORITIES);

export const selectBodies = (db: EntityManager) => runPrepared<BodySummary>(db, BODIES);

/** How many of these ids are governance bodies. */
export async function countBodies(db: EntityManager, bodyIds: string[]): Promise<number> {
  const [{ found }] = await runPrepared<{ found: number }>(db, BODIES_FOUND, [bodyIds]);
  return found;
}
