import { ErrorCode } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { type ActionView, lockActionRow, readAction } from './action.queries.js';

/**
 * Locks the action's row for the rest of the transaction, so edits and updates to one action take turns,
 * and reads it as it stands.
 */
export async function lockAction(db: EntityManager, id: string): Promise<{ strategyId: string; action: ActionView }> {
  const row = await lockActionRow(db, id);
  const action = row ? await readAction(db, id) : null;
  if (!row || !action) throw new NotFoundError('The action');
  return { strategyId: row.strategyId, action };
}

/** A cancelled action is kept for the record but closed: no edits, no updates. */
export function assertNotCancelled(action: Pick<ActionView, 'status' | 'reference'>): void {
  if (action.status === 'cancelled') {
    throw new DomainError(ErrorCode.Conflict, `${action.reference} is cancelled, so it can no longer be edited or updated.`);
  }
}
