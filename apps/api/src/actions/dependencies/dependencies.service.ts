import { Injectable } from '@nestjs/common';
import { type ActionDetail, type DependencyCycleDetails, ErrorCode } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { CurrentUser } from '../../common/auth/current-user.js';
import { DomainError, ForbiddenError, NotFoundError, ValidationFailedError } from '../../common/errors/domain-error.js';
import { assertNotCancelled, lockAction } from '../action-checks.js';
import { accessFacts, canEditAction } from '../actions.policy.js';
import { ActionsService } from '../actions.service.js';
import { blockerConcern } from './dependency.policy.js';
import { deleteLink, existingChain, insertLink, lockLinks, selectBlocker, selectBlockers } from './dependency.queries.js';

const MAY_NOT = 'You can only change what an action is blocked by if you may edit the action.';

/**
 * "Blocked by" links, added and removed by whoever may edit the waiting action, within a strategy or across strategies.
 * An action never waits on itself, nor on an action that already waits on it however far round.
 */
@Injectable()
export class DependenciesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly actions: ActionsService,
  ) {}

  async addBlocker(actor: CurrentUser, blockedId: string, blockerIdAsSent: string): Promise<ActionDetail> {
    const blockerId = blockerIdAsSent.toLowerCase();
    await this.db.transaction(async (manager) => {
      // One change of links at a time across the plan, so two new links can never close a cycle between them.
      await lockLinks(manager);
      const { action } = await this.lockMayChange(manager, actor, blockedId);
      if (blockerId === blockedId) throw cycle(`${action.reference} cannot be blocked by itself.`, [action.reference, action.reference]);
      const blocker = await selectBlocker(manager, blockerId);
      if (!blocker) throw new ValidationFailedError([{ field: 'blockerId', messages: ['Choose an action from the list'] }]);
      const chain = await existingChain(manager, blockedId, blockerId);
      if (chain.length > 0) {
        const path = [action.reference, ...chain];
        throw cycle(`${action.reference} cannot be blocked by ${blocker.reference}, because ${blocker.reference} already waits on ${action.reference}: ${path.join(' → ')}.`, path);
      }
      const before = await this.blockedBySnapshot(manager, blockedId);
      if (!(await insertLink(manager, blockedId, blockerId, actor.id, blockerConcern(blocker, action.dueDate)))) {
        throw new DomainError(ErrorCode.Conflict, `${action.reference} is already blocked by ${blocker.reference}.`);
      }
      await this.recordChange(manager, actor.id, blockedId, before);
    });
    return this.actions.get(actor, blockedId);
  }

  async removeBlocker(actor: CurrentUser, blockedId: string, blockerId: string): Promise<ActionDetail> {
    await this.db.transaction(async (manager) => {
      await lockLinks(manager);
      await this.lockMayChange(manager, actor, blockedId);
      const before = await this.blockedBySnapshot(manager, blockedId);
      if (!(await deleteLink(manager, blockedId, blockerId))) throw new NotFoundError('That "blocked by" link');
      await this.recordChange(manager, actor.id, blockedId, before);
    });
    return this.actions.get(actor, blockedId);
  }

  /** 403 before 409, as for an edit: someone who may not change the action learns nothing about its links. */
  private async lockMayChange(manager: EntityManager, actor: CurrentUser, id: string) {
    const locked = await lockAction(manager, id);
    if (!canEditAction(actor, accessFacts(locked.action))) throw new ForbiddenError(MAY_NOT);
    assertNotCancelled(locked.action);
    return locked;
  }

  private async blockedBySnapshot(manager: EntityManager, id: string) {
    return { blockedBy: (await selectBlockers(manager, id)).map((row) => ({ id: row.id, name: `${row.reference} ${row.title}` })) };
  }

  /** The action's history shows the links before and after, as a change to "Blocked by". */
  private async recordChange(manager: EntityManager, actorId: string, id: string, before: { blockedBy: unknown[] }): Promise<void> {
    const after = await this.blockedBySnapshot(manager, id);
    await this.audit.record(manager, { actorId, operation: 'edit', entityType: 'action', entityId: id, before, after });
  }
}

function cycle(message: string, path: string[]): DomainError {
  const details: DependencyCycleDetails = { path };
  return new DomainError(ErrorCode.DependencyCycle, message, details);
}
