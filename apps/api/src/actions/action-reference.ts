import type { EntityManager } from 'typeorm';

/** `DI-007`: the strategy's prefix and the number, at least three digits. */
export const formatReference = (prefix: string, number: number) => `${prefix}-${String(number).padStart(3, '0')}`;

/**
 * The next free reference of the strategy (`DI-004`). Locks the strategy row until the transaction ends, so two
 * creates in parallel take turns and never pick the same number. Cancelled actions keep theirs: numbers are not reused.
 */
export async function nextReference(db: EntityManager, strategyId: string): Promise<string> {
  const [strategy] = await db.query(`SELECT reference_prefix FROM strategy WHERE id = $1 FOR UPDATE`, [strategyId]);
  const [{ last }] = await db.query(
    `SELECT coalesce(max(substring(reference FROM '[0-9]+$')::int), 0) AS last
     FROM action WHERE strategy_id = $1 AND reference ~ ('^' || $2::text || '-[0-9]+$')`,
    [strategyId, strategy.reference_prefix],
  );
  return formatReference(strategy.reference_prefix, Number(last) + 1);
}
