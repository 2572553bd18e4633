import type { EntityManager } from 'typeorm';
import { lastReferenceNumber, lockReferencePrefix } from './action.queries.js';

/** `DI-007`: the strategy's prefix and the number, at least three digits. */
export const formatReference = (prefix: string, number: number) => `${prefix}-${String(number).padStart(3, '0')}`;

/**
 * The next free reference of the strategy (`DI-004`). Locks the strategy row until the transaction ends, so two
 * creates in parallel take turns and never pick the same number. Cancelled actions keep theirs: numbers are not reused.
 */
export async function nextReference(db: EntityManager, strategyId: string): Promise<string> {
  const prefix = await lockReferencePrefix(db, strategyId);
  return formatReference(prefix, (await lastReferenceNumber(db, strategyId, prefix)) + 1);
}
