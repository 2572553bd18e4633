import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

export interface StrategyRow {
  id: string;
  name: string;
  purpose: string;
  reference_prefix: string;
  period_start: string | null;
  period_end: string | null;
  owning_body_id: string | null;
  owning_body_name: string | null;
  version: number;
}

export type StrategyFields = {
  title: string;
  referencePrefix: string;
  periodStart: string | null;
  periodEnd: string | null;
  vision: string;
  owningBodyId: string | null;
};

const STRATEGY_COLUMNS = `s.id, s.name, s.purpose, s.reference_prefix, to_char(s.period_start, 'YYYY-MM-DD') AS period_start,
  to_char(s.period_end, 'YYYY-MM-DD') AS period_end, s.owning_body_id, b.name AS owning_body_name, s.version`;

/** The strategy the plan belongs to: the first one created (there is one per data set today). */
const CURRENT_STRATEGY = new PreparedStatement(`SELECT id FROM strategy ORDER BY created_at, id LIMIT 1`);
/** The same strategy, its row locked until the transaction ends: creating actions in it takes turns from here on. */
/** Creating the strategy takes turns across replicas, so two first strategies cannot both pass the "none yet" check. */
const TAKE_STRATEGY_CREATE_TURN = new PreparedStatement(`SELECT pg_advisory_xact_lock(hashtext('steerline:create-strategy'))`);
export const takeStrategyCreateTurn = async (db: EntityManager) => void (await runPrepared(db, TAKE_STRATEGY_CREATE_TURN));
const LOCK_CURRENT_STRATEGY = new PreparedStatement(`SELECT id FROM strategy ORDER BY created_at, id LIMIT 1 FOR UPDATE`);
const STRATEGY = new PreparedStatement(`
  SELECT ${STRATEGY_COLUMNS} FROM strategy s LEFT JOIN body b ON b.id = s.owning_body_id ORDER BY s.created_at, s.id LIMIT 1`);
const LOCK_STRATEGY = new PreparedStatement(`
  SELECT ${STRATEGY_COLUMNS} FROM strategy s LEFT JOIN body b ON b.id = s.owning_body_id WHERE s.id = $1 FOR UPDATE OF s`);
const INSERT_STRATEGY = new PreparedStatement(`
  INSERT INTO strategy (name, reference_prefix, period_start, period_end, purpose, owning_body_id)
  VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`);
const UPDATE_STRATEGY = new PreparedStatement(`
  UPDATE strategy SET name = $2, reference_prefix = $3, period_start = $4, period_end = $5, purpose = $6, owning_body_id = $7,
         version = version + 1
   WHERE id = $1`);

export async function selectCurrentStrategyId(db: EntityManager): Promise<string | null> {
  const [strategy] = await runPrepared<{ id: string }>(db, CURRENT_STRATEGY);
  return strategy?.id ?? null;
}

export async function lockCurrentStrategyRow(db: EntityManager): Promise<string | null> {
  const [strategy] = await runPrepared<{ id: string }>(db, LOCK_CURRENT_STRATEGY);
  return strategy?.id ?? null;
}

/** The current strategy with its owning body's name; undefined before one is set up. */
export async function selectStrategy(db: EntityManager): Promise<StrategyRow | undefined> {
  const [row] = await runPrepared<StrategyRow>(db, STRATEGY);
  return row;
}

export async function lockStrategy(db: EntityManager, id: string): Promise<StrategyRow | undefined> {
  const [row] = await runPrepared<StrategyRow>(db, LOCK_STRATEGY, [id]);
  return row;
}

const strategyValues = (s: StrategyFields) => [s.title, s.referencePrefix, s.periodStart, s.periodEnd, s.vision, s.owningBodyId];

export async function insertStrategy(db: EntityManager, s: StrategyFields): Promise<string> {
  const [row] = await runPrepared<{ id: string }>(db, INSERT_STRATEGY, strategyValues(s));
  return row.id;
}

export async function updateStrategy(db: EntityManager, id: string, s: StrategyFields): Promise<void> {
  await runPrepared(db, UPDATE_STRATEGY, [id, ...strategyValues(s)]);
}
