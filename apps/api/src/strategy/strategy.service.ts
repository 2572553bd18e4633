import { Injectable } from '@nestjs/common';
import { ErrorCode, type BodySummary, type Priority, type Strategy } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, NotFoundError, StaleVersionError } from '../common/errors/domain-error.js';
import { countActiveBodies, selectBodies, selectBody } from './bodies.queries.js';
import type { CreateStrategyDto, UpdateStrategyDto } from './dto/strategy.dto.js';
import { auditedStrategy, toBodySummary, toPriority, toStrategy } from './dto/strategy.response.js';
import { selectPriorities } from './priorities.queries.js';
import { fieldProblem, noStrategyYet } from './strategy-errors.js';
import {
  insertStrategy, lockCurrentStrategyRow, lockStrategy, selectCurrentStrategyId, selectStrategy, updateStrategy, type StrategyFields,
  takeStrategyCreateTurn,
} from './strategy.queries.js';

const ONE_STRATEGY = 'Steerline holds one strategy for now; edit the one there is. Several strategies come with the Corporate Plan work.';

/**
 * The strategy and what it is made of: its numbered priorities and its governance bodies. Other features ask here
 * rather than reading those tables. Administrators set the strategy up here; priorities and bodies have their own services.
 */
@Injectable()
export class StrategyService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The strategy new records belong to, read on the caller's transaction when given; null before one is set up. */
  currentStrategyId(db: EntityManager = this.db.manager): Promise<string | null> {
    return selectCurrentStrategyId(db);
  }

  /** The current strategy's id; refuses (409) before there is one, naming what needs it (`population segments`). */
  async requireCurrentStrategyId(db: EntityManager, what: string): Promise<string> {
    const id = await selectCurrentStrategyId(db);
    if (!id) throw noStrategyYet(what);
    return id;
  }

  /** The current strategy, its row locked until the caller's transaction ends (so imports and creates take turns). */
  lockCurrentStrategy(db: EntityManager): Promise<string | null> {
    return lockCurrentStrategyRow(db);
  }

  /** The strategy's priorities, live ones first, for pickers (which leave retired ones out), filters and reports. */
  async priorities(): Promise<Priority[]> {
    return (await selectPriorities(this.db.manager)).map(toPriority);
  }

  /** The governance bodies with their count of active members, live ones first, for pickers, filters and the governance page. */
  async bodies(): Promise<BodySummary[]> {
    return (await selectBodies(this.db.manager)).map(toBodySummary);
  }

  /** How many of these (distinct) ids are governance bodies still in use (not retired), read on the caller's transaction. */
  countActiveBodies(db: EntityManager, bodyIds: string[]): Promise<number> {
    return countActiveBodies(db, bodyIds);
  }

  async get(): Promise<Strategy> {
    const strategy = await this.find();
    if (!strategy) throw new NotFoundError('The strategy');
    return strategy;
  }

  /** The strategy, or null before an administrator has set one up. */
  async find(): Promise<Strategy | null> {
    const row = await selectStrategy(this.db.manager);
    return row ? toStrategy(row) : null;
  }

  async create(user: CurrentUser, dto: CreateStrategyDto): Promise<Strategy> {
    return this.write(async (manager) => {
      await takeStrategyCreateTurn(manager);
      if (await selectCurrentStrategyId(manager)) throw new DomainError(ErrorCode.Conflict, ONE_STRATEGY);
      const fields: StrategyFields = {
        title: dto.title, referencePrefix: dto.referencePrefix, periodStart: dto.periodStart ?? null, periodEnd: dto.periodEnd ?? null,
        vision: dto.vision, owningBodyId: dto.owningBodyId ?? null,
      };
      assertPeriodInOrder(fields);
      // A new strategy has no bodies yet, so any owning body named is not one of its own.
      if (fields.owningBodyId) throw fieldProblem('owningBodyId', 'Choose a governance body of this strategy');
      const id = await insertStrategy(manager, fields);
      const strategy = toStrategy((await lockStrategy(manager, id))!);
      await this.audit.record(manager, { actorId: user.id, operation: 'create', entityType: 'strategy', entityId: id, after: auditedStrategy(strategy) });
      return strategy;
    });
  }

  async update(user: CurrentUser, id: string, dto: UpdateStrategyDto): Promise<Strategy> {
    return this.write(async (manager) => {
      const row = await lockStrategy(manager, id);
      if (!row) throw new NotFoundError('The strategy');
      const current = toStrategy(row);
      if (current.version !== dto.version) throw new StaleVersionError('The strategy', current);
      const before = auditedStrategy(current);
      const next: StrategyFields = {
        title: dto.title ?? current.title,
        referencePrefix: dto.referencePrefix ?? current.referencePrefix,
        periodStart: dto.periodStart === undefined ? current.periodStart : dto.periodStart,
        periodEnd: dto.periodEnd === undefined ? current.periodEnd : dto.periodEnd,
        vision: dto.vision ?? current.vision,
        owningBodyId: dto.owningBodyId === undefined ? before.owningBodyId : dto.owningBodyId,
      };
      if (Object.keys(changedFields(before, next)).length === 0) return current;
      assertPeriodInOrder(next);
      if (next.owningBodyId && next.owningBodyId !== before.owningBodyId) await this.assertLiveBodyOf(manager, id, next.owningBodyId);
      await updateStrategy(manager, id, next);
      await this.audit.record(manager, { actorId: user.id, operation: 'edit', entityType: 'strategy', entityId: id, before, after: next });
      return toStrategy((await lockStrategy(manager, id))!);
    });
  }

  private async assertLiveBodyOf(manager: EntityManager, strategyId: string, bodyId: string): Promise<void> {
    const body = await selectBody(manager, bodyId);
    if (!body || body.strategy_id !== strategyId) throw fieldProblem('owningBodyId', 'Choose a governance body of this strategy');
    if (body.retired) throw fieldProblem('owningBodyId', `${body.name} is retired: choose a body that is not`);
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }
}

function assertPeriodInOrder(s: StrategyFields): void {
  if (s.periodStart && s.periodEnd && s.periodEnd < s.periodStart) throw fieldProblem('periodEnd', 'The end date must be the same as or after the start date');
}
