import { ErrorCode } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, ForbiddenError, StaleVersionError } from '../common/errors/domain-error.js';
import { lockCycle } from './review-cycle-checks.js';
import { cycleAuditFields, moveCycleTo, readCycle, type ReviewCycleView } from './review-cycle.queries.js';
import { canManageCycles, canSignOff, type CycleMove, isCycleEditable, nextCycleStatus, refusedCycleMoveReason } from './reviews.policy.js';

const MANAGERS_ONLY = 'Only the channel shift board and administrators can manage review cycles.';
const LEADERS_ONLY = 'Only members of the corporate leadership team can sign off a review cycle.';

/**
 * One change to a cycle, on the caller's transaction: lock it (refusing a signed-off one), check the version and that
 * the change is allowed now, make it, bump the version and audit it. `edit` keeps the status; a move changes it.
 */
export async function moveCycle(
  manager: EntityManager,
  audit: AuditService,
  actor: CurrentUser,
  id: string,
  version: number,
  move: CycleMove | 'edit',
  change: (before: ReviewCycleView) => Promise<void>,
): Promise<ReviewCycleView> {
  const locked = await lockCycle(manager, id, 'update');
  if (move === 'sign_off' ? !canSignOff(actor) : !canManageCycles(actor)) throw new ForbiddenError(move === 'sign_off' ? LEADERS_ONLY : MANAGERS_ONLY);
  const before = (await readCycle(manager, id))!;
  if (locked.version !== version) throw new StaleVersionError('The review cycle', before);
  const next = move === 'edit' ? locked.status : nextCycleStatus(locked.status, move);
  if (move === 'edit' && !isCycleEditable(locked.status)) {
    throw new DomainError(ErrorCode.Conflict, 'A review cycle can only be edited while it is a draft or open for returns.', { current: before });
  }
  if (next === null) throw new DomainError(ErrorCode.Conflict, refusedCycleMoveReason(locked.status, move as CycleMove)!, { current: before });
  await change(before);
  // For sign-off this is the last write to the cycle's tables: from now on the database refuses any change to them.
  await moveCycleTo(manager, id, next);
  const after = (await readCycle(manager, id))!;
  await audit.record(manager, {
    actorId: actor.id, operation: move === 'sign_off' ? 'sign_off' : 'edit', entityType: 'review_cycle', entityId: id, before: cycleAuditFields(before), after: cycleAuditFields(after),
  });
  return after;
}
