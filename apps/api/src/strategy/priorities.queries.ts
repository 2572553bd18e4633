import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

export interface PriorityRow {
  id: string;
  strategy_id: string;
  number: number;
  title: string;
  description: string;
  display_order: number;
  retired: boolean;
  version: number;
}

export interface PriorityFields {
  number: number;
  title: string;
  description: string;
  displayOrder: number;
}

const COLUMNS = `id, strategy_id, number, title, description, display_order, retired_at IS NOT NULL AS retired, version`;

/** Live priorities first, each group in display order then by number. */
const PRIORITIES = new PreparedStatement(`SELECT ${COLUMNS} FROM priority ORDER BY retired_at IS NOT NULL, display_order, number, id`);
const LOCK = new PreparedStatement(`SELECT ${COLUMNS} FROM priority WHERE id = $1 FOR UPDATE`);
const INSERT = new PreparedStatement(`
  INSERT INTO priority (strategy_id, number, title, description, display_order) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`);
const UPDATE = new PreparedStatement(`
  UPDATE priority SET number = $2, title = $3, description = $4, display_order = $5, version = version + 1 WHERE id = $1`);
const RETIRE = new PreparedStatement(`UPDATE priority SET retired_at = now(), version = version + 1 WHERE id = $1`);
const NUMBER_TAKEN = new PreparedStatement(`SELECT 1 FROM priority WHERE strategy_id = $1 AND number = $2 AND id IS DISTINCT FROM $3`);

export const selectPriorities = (db: EntityManager) => runPrepared<PriorityRow>(db, PRIORITIES);

export async function lockPriority(db: EntityManager, id: string): Promise<PriorityRow | undefined> {
  const [row] = await runPrepared<PriorityRow>(db, LOCK, [id]);
  return row;
}

export async function insertPriority(db: EntityManager, strategyId: string, p: PriorityFields): Promise<PriorityRow> {
  const [row] = await runPrepared<PriorityRow>(db, INSERT, [strategyId, p.number, p.title, p.description, p.displayOrder]);
  return row;
}

export async function updatePriority(db: EntityManager, id: string, p: PriorityFields): Promise<void> {
  await runPrepared(db, UPDATE, [id, p.number, p.title, p.description, p.displayOrder]);
}

export async function retirePriority(db: EntityManager, id: string): Promise<void> {
  await runPrepared(db, RETIRE, [id]);
}

/** Whether another priority of the strategy (retired ones too: numbers are never reused) has this number. */
export const priorityNumberTaken = async (db: EntityManager, strategyId: string, number: number, exceptId: string | null) =>
  (await runPrepared(db, NUMBER_TAKEN, [strategyId, number, exceptId])).length > 0;
