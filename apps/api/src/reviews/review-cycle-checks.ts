import { ErrorCode, type ReviewCycleStatus } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError, NotFoundError, ValidationFailedError } from '../common/errors/domain-error.js';
import { lockCycleRow } from './review-cycle.queries.js';
import { type CycleDates, cycleDateProblems, SIGNED_OFF_MESSAGE } from './reviews.policy.js';

export const cycleSignedOff = () => new DomainError(ErrorCode.CycleSignedOff, SIGNED_OFF_MESSAGE);

export const nameTaken = () =>
  new DomainError(ErrorCode.Conflict, 'A review cycle with this name already exists.', [
    { field: 'name', messages: ['A review cycle with this name already exists'] },
  ]);

export const anotherCycleInProgress = (name: string) =>
  new DomainError(ErrorCode.Conflict, `${name} is still in progress: sign it off before opening another review cycle.`);

export interface LockedCycle {
  id: string;
  strategyId: string;
  status: ReviewCycleStatus;
  version: number;
}

/**
 * Locks the cycle for the rest of the transaction: FOR UPDATE for changes to the cycle itself, FOR SHARE for changes to
 * its returns (many owners may save at once, but never while the cycle is being moved on or signed off).
 * A signed-off cycle is answered 409 cycle_signed_off.
 */
export async function lockCycle(db: EntityManager, id: string, mode: 'update' | 'share'): Promise<LockedCycle> {
  const row = await lockCycleRow(db, id, mode);
  if (!row) throw new NotFoundError('The review cycle');
  if (row.status === 'signed_off') throw cycleSignedOff();
  return { id: row.id, strategyId: row.strategy_id, status: row.status, version: row.version };
}

export function checkCycleDates(dates: CycleDates): void {
  const problems = cycleDateProblems(dates);
  if (problems.length > 0) throw new ValidationFailedError(problems);
}
