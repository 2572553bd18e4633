import { ACTION_STATUS_LABELS, type ImportColumnKey } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';

/** What Steerline accepts in the columns that name its records, as it has them now, for the Guidance sheet. */
export async function acceptedValues(db: EntityManager): Promise<Partial<Record<ImportColumnKey, string[]>>> {
  const [strategy] = await db.query(`SELECT id FROM strategy ORDER BY created_at, id LIMIT 1`);
  const strategyId: string | null = strategy?.id ?? null;
  const names = async (sql: string, parameters: unknown[] = []) => ((await db.query(sql, parameters)) as { name: string }[]).map((row) => row.name);
  return {
    priority: await names(`SELECT number || '. ' || title AS name FROM priority WHERE strategy_id = $1 ORDER BY number`, [strategyId]),
    owningBody: await names(`SELECT name FROM body WHERE strategy_id = $1 ORDER BY name`, [strategyId]),
    partners: await names(`SELECT name FROM partner ORDER BY name`),
    segments: await names(`SELECT name FROM population_segment WHERE strategy_id = $1 ORDER BY name`, [strategyId]),
    status: (['not_started', 'in_progress', 'complete'] as const).map((status) => ACTION_STATUS_LABELS[status]),
    rag: ['Red', 'Amber', 'Green', 'Blue', 'Grey'],
  };
}
