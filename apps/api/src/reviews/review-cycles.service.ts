import { Injectable } from '@nestjs/common';
import { type CreateReviewCycleRequest, ErrorCode, type ReviewCycleDetail, type ReviewCycleSummary, type UpdateReviewCycleRequest } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { isUniqueViolation } from '../common/errors/database-errors.js';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { anotherCycleInProgress, checkCycleDates, lockCycle, nameTaken } from './review-cycle-checks.js';
import {
  createReturns, cycleAuditFields, insertCycle, markBoardReview, markOpened, readCycle, readCycles, type ReviewCycleView,
  selectOtherCycleInProgress, updateCycleFields,
} from './review-cycle.queries.js';
import { StrategyService } from '../strategy/strategy.service.js';
import { moveCycle } from './review-cycle-moves.js';
import { cycleOpenedNotice } from './review-notices.js';
import { cycleAbilities } from './reviews.policy.js';

type Mail = Awaited<ReturnType<NotificationsService['notify']>>;

const withAbilities = (user: CurrentUser, cycle: ReviewCycleView): ReviewCycleDetail => ({ ...cycle, can: cycleAbilities(user, cycle.status) });

/** Review cycles: creating and editing them, opening them for returns and moving them to board review. */
@Injectable()
export class ReviewCyclesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly strategy: StrategyService,
  ) {}

  list(): Promise<ReviewCycleSummary[]> {
    return readCycles(this.db.manager);
  }

  async get(user: CurrentUser, id: string): Promise<ReviewCycleDetail> {
    const cycle = await readCycle(this.db.manager, id);
    if (!cycle) throw new NotFoundError('The review cycle');
    return withAbilities(user, cycle);
  }

  /** A new cycle is a draft of the strategy's; there is one strategy per deployment today. */
  create(actor: CurrentUser, input: CreateReviewCycleRequest): Promise<ReviewCycleDetail> {
    checkCycleDates(input);
    return this.uniqueName(async (manager) => {
      const strategyId = await this.strategy.requireCurrentStrategyId(manager, 'review cycles');
      const id = await insertCycle(manager, strategyId, { ...input, reminderDaysBefore: input.reminderDaysBefore ?? 7 }, actor.id);
      const cycle = (await readCycle(manager, id))!;
      await this.audit.record(manager, { actorId: actor.id, operation: 'create', entityType: 'review_cycle', entityId: id, after: cycleAuditFields(cycle) });
      return withAbilities(actor, cycle);
    });
  }

  update(actor: CurrentUser, id: string, input: UpdateReviewCycleRequest): Promise<ReviewCycleDetail> {
    return this.uniqueName(async (manager) => {
      const after = await moveCycle(manager, this.audit, actor, id, input.version, 'edit', async (before) => {
        const next = { ...before, ...definedOnly(input) };
        checkCycleDates(next);
        await updateCycleFields(manager, id, next);
      });
      return withAbilities(actor, after);
    });
  }

  /** Opens the cycle and creates one return per live action, assigned to its owner, who is told by notification and e-mail. */
  async open(actor: CurrentUser, id: string, version: number): Promise<ReviewCycleDetail> {
    let mail: Mail = [];
    const opened = await this.db.transaction(async (manager) => {
      const { strategyId } = await lockCycle(manager, id, 'update');
      const busy = await selectOtherCycleInProgress(manager, strategyId, id);
      const after = await moveCycle(manager, this.audit, actor, id, version, 'open', async () => {
        if (busy) throw anotherCycleInProgress(busy.name);
        await markOpened(manager, id, actor.id);
      });
      mail = await this.createReturns(manager, actor, after, strategyId);
      return (await readCycle(manager, id))!;
    }).catch((error: unknown) => {
      // Another cycle was opened at the same moment: the database's one-in-progress index kept the second out.
      if (isUniqueViolation(error)) throw new DomainError(ErrorCode.Conflict, 'Another review cycle is already in progress; sign it off first.');
      throw error;
    });
    this.notifications.deliver(mail);
    return withAbilities(actor, opened);
  }

  async startBoardReview(actor: CurrentUser, id: string, version: number): Promise<ReviewCycleDetail> {
    const after = await this.db.transaction((manager) =>
      moveCycle(manager, this.audit, actor, id, version, 'board_review', async () => {
        await markBoardReview(manager, id);
      }),
    );
    return withAbilities(actor, after);
  }

  private async createReturns(manager: EntityManager, actor: CurrentUser, cycle: ReviewCycleView, strategyId: string): Promise<Mail> {
    const created = await createReturns(manager, cycle.id, strategyId);
    for (const row of created) {
      await this.audit.record(manager, {
        actorId: actor.id, operation: 'create', entityType: 'review_return', entityId: row.id,
        after: { cycleId: cycle.id, actionId: row.action_id, ownerId: row.owner_id, status: 'not_started' },
      });
    }
    const mail: Mail = [];
    for (const ownerId of new Set(created.map((row) => row.owner_id))) {
      const theirs = created.filter((row) => row.owner_id === ownerId);
      mail.push(...(await this.notifications.notify(manager, [ownerId], cycleOpenedNotice(cycle, theirs))));
    }
    return mail;
  }

  /** Runs the work in a transaction; a name already used by another cycle of the strategy is answered 409 on `name`. */
  private async uniqueName<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error) && (error as { constraint?: string }).constraint !== 'review_cycle_one_in_progress_idx') throw nameTaken();
      throw error;
    }
  }
}

const definedOnly = <T extends object>(input: T): Partial<T> =>
  Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && key !== 'version')) as Partial<T>;
