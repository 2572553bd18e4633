import { Injectable } from '@nestjs/common';
import {
  ErrorCode, type Page, type ReviewReturn, type ReviewReturnFilters, type ReviewReturnRow, type SaveReviewReturnRequest,
} from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, ForbiddenError, NotFoundError, StaleVersionError, ValidationFailedError } from '../common/errors/domain-error.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { lockCycle } from './review-cycle-checks.js';
import { cycleExists } from './review-cycle.queries.js';
import {
  bumpReturnVersion, lockReturn, markAccepted, markSentBack, markSubmitted, readOwnReturns, readReturn, readTracker, returnAuditFields,
  type ReviewReturnView, selectReturnCycleId,
} from './review-return.queries.js';
import { saveReturnContent } from './review-return-content.js';
import { sentBackNotice } from './review-notices.js';
import {
  acceptsReturnChanges, canManageCycles, isReturnOwner, refusedReturnChange, returnAbilities, type ReturnRole, statusAfterSave,
  submissionProblems,
} from './reviews.policy.js';

type Mail = Awaited<ReturnType<NotificationsService['notify']>>;
const OWNER_ONLY = "Only the action's owner can write and submit its review return.";
const BOARD_ONLY = 'Only the channel shift board and administrators can send back or accept review returns.';
const NOT_NOW = 'Review returns can only change while their cycle is open for returns or in board review.';

const withAbilities = (user: CurrentUser, view: ReviewReturnView): ReviewReturn => ({
  ...view,
  can: returnAbilities(user, { ownerId: view.owner.id, status: view.status, cycleStatus: view.cycle.status }),
});

/** The owners' returns: the tracker, drafts, submission and the board's send-back and acceptance. */
@Injectable()
export class ReviewReturnsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
  ) {}

  async tracker(user: CurrentUser, cycleId: string, filters: ReviewReturnFilters, page: { page: number; pageSize: number }): Promise<Page<ReviewReturnRow>> {
    if (!(await cycleExists(this.db.manager, cycleId))) throw new NotFoundError('The review cycle');
    const { rows, total } = await readTracker(this.db.manager, cycleId, filters, user.id, {
      limit: page.pageSize, offset: (page.page - 1) * page.pageSize,
    });
    return { items: rows, total, page: page.page, pageSize: page.pageSize };
  }

  mine(user: CurrentUser): Promise<ReviewReturnRow[]> {
    return readOwnReturns(this.db.manager, user.id);
  }

  async get(user: CurrentUser, id: string): Promise<ReviewReturn> {
    const view = await readReturn(this.db.manager, id);
    if (!view) throw new NotFoundError('The review return');
    return withAbilities(user, view);
  }

  save(actor: CurrentUser, id: string, input: SaveReviewReturnRequest): Promise<ReviewReturn> {
    return this.change(actor, id, input.version, 'owner', async (manager, before) => {
      await saveReturnContent(manager, before, input, statusAfterSave(before.status));
    });
  }

  submit(actor: CurrentUser, id: string, version: number): Promise<ReviewReturn> {
    return this.change(actor, id, version, 'owner', async (manager, before) => {
      const problems = submissionProblems({ ...before, amendments: before.amendments });
      if (problems.length > 0) throw new ValidationFailedError(problems, 'The return is not complete: fill in what is listed, then submit it.');
      await markSubmitted(manager, id, actor.id);
    });
  }

  async sendBack(actor: CurrentUser, id: string, version: number, comment: string): Promise<ReviewReturn> {
    let mail: Mail = [];
    const sent = await this.change(actor, id, version, 'board', async (manager) => {
      await markSentBack(manager, id, comment.trim(), actor.id);
    }, async (manager, after) => {
      mail = await this.notifications.notify(manager, [after.owner.id], sentBackNotice(after, actor.name));
    });
    this.notifications.deliver(mail);
    return sent;
  }

  accept(actor: CurrentUser, id: string, version: number): Promise<ReviewReturn> {
    return this.change(actor, id, version, 'board', async (manager) => {
      await markAccepted(manager, id, actor.id);
    });
  }

  /**
   * One change to a return. The cycle is locked first (shared, so owners do not wait for each other), which refuses a
   * signed-off cycle and keeps sign-off from running half-way through; then the return itself is locked and checked.
   */
  private async change(
    actor: CurrentUser,
    id: string,
    version: number,
    role: ReturnRole,
    work: (manager: EntityManager, before: ReviewReturnView) => Promise<void>,
    afterwards?: (manager: EntityManager, after: ReviewReturnView) => Promise<void>,
  ): Promise<ReviewReturn> {
    return this.db.transaction(async (manager) => {
      const cycleId = await selectReturnCycleId(manager, id);
      if (!cycleId) throw new NotFoundError('The review return');
      const cycle = await lockCycle(manager, cycleId, 'share');
      const locked = await lockReturn(manager, id);
      if (role === 'owner' && !isReturnOwner(actor, locked.owner_id)) throw new ForbiddenError(OWNER_ONLY);
      if (role === 'board' && !canManageCycles(actor)) throw new ForbiddenError(BOARD_ONLY);
      const before = (await readReturn(manager, id))!;
      if (locked.version !== version) throw new StaleVersionError('The review return', withAbilities(actor, before));
      if (!acceptsReturnChanges(cycle.status)) throw new DomainError(ErrorCode.Conflict, NOT_NOW, { current: withAbilities(actor, before) });
      const refused = refusedReturnChange(role, locked.status);
      if (refused) throw new DomainError(ErrorCode.Conflict, refused, { current: withAbilities(actor, before) });
      await work(manager, before);
      await bumpReturnVersion(manager, id);
      const after = (await readReturn(manager, id))!;
      await this.audit.record(manager, {
        actorId: actor.id, operation: 'edit', entityType: 'review_return', entityId: id, before: returnAuditFields(before), after: returnAuditFields(after),
      });
      await afterwards?.(manager, after);
      return withAbilities(actor, after);
    });
  }
}
