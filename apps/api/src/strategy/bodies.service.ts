import { Injectable } from '@nestjs/common';
import { ErrorCode, type BodyDetail, type BodySummary } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, NotFoundError, StaleVersionError } from '../common/errors/domain-error.js';
import { isUniqueViolation } from '../common/errors/database-errors.js';
import {
  bodyNameTaken, insertBody, lockBody, retireBody, selectBody, selectBodyMembers, updateBody, wouldFormCycle, type BodyFields,
} from './bodies.queries.js';
import type { CreateBodyDto, UpdateBodyDto } from './dto/body.dto.js';
import type { RetireDto } from './dto/retire.dto.js';
import { auditedBody, toBodyDetail, toBodySummary } from './dto/strategy.response.js';
import { alreadyRetired, fieldProblem, taken } from './strategy-errors.js';
import { StrategyService } from './strategy.service.js';

const nameTaken = () => taken('name', 'A body with this name already exists');

const reportingCycle = (name: string) =>
  new DomainError(ErrorCode.RuleBroken, 'A body cannot report to itself, directly or through other bodies.', [
    { field: 'reportsToId', messages: [`${name} already reports to this body, directly or through others: choose another body`] },
  ]);

/**
 * The governance bodies: added, edited and retired by administrators, never deleted. Their kind decides their members'
 * rights in code, so the four kinds are fixed; memberships are edited on each person's page in People admin.
 */
@Injectable()
export class BodiesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly strategy: StrategyService,
  ) {}

  async get(id: string): Promise<BodyDetail> {
    const row = await selectBody(this.db.manager, id);
    if (!row) throw new NotFoundError('The body');
    return toBodyDetail(row, await selectBodyMembers(this.db.manager, id));
  }

  async create(user: CurrentUser, dto: CreateBodyDto): Promise<BodySummary> {
    return this.write(async (manager) => {
      const strategyId = await this.strategy.requireCurrentStrategyId(manager, 'governance bodies');
      if (await bodyNameTaken(manager, strategyId, dto.name, null)) throw nameTaken();
      const fields: BodyFields = { name: dto.name, kind: dto.kind, remit: dto.remit ?? '', reportsToId: dto.reportsToId ?? null };
      if (fields.reportsToId) await this.assertLiveParent(manager, strategyId, fields.reportsToId);
      const id = await insertBody(manager, strategyId, fields);
      const body = toBodySummary((await selectBody(manager, id))!);
      await this.audit.record(manager, { actorId: user.id, operation: 'create', entityType: 'body', entityId: id, after: auditedBody(body) });
      return body;
    });
  }

  async update(user: CurrentUser, id: string, dto: UpdateBodyDto): Promise<BodySummary> {
    return this.write(async (manager) => {
      const { row, current } = await this.lockAt(manager, id, dto.version);
      const before = auditedBody(current);
      const next: BodyFields = {
        name: dto.name ?? current.name,
        kind: dto.kind ?? current.kind,
        remit: dto.remit ?? current.remit,
        reportsToId: dto.reportsToId === undefined ? before.reportsToId : dto.reportsToId,
      };
      if (Object.keys(changedFields(before, { ...next, retired: current.retired })).length === 0) return current;
      if (next.name.toLowerCase() !== current.name.toLowerCase() && (await bodyNameTaken(manager, row.strategy_id, next.name, id))) throw nameTaken();
      if (next.reportsToId && next.reportsToId !== before.reportsToId) {
        await this.assertLiveParent(manager, row.strategy_id, next.reportsToId);
        if (await wouldFormCycle(manager, id, next.reportsToId)) throw reportingCycle(current.name);
      }
      await updateBody(manager, id, next);
      const body = toBodySummary((await selectBody(manager, id))!);
      await this.audit.record(manager, { actorId: user.id, operation: 'edit', entityType: 'body', entityId: id, before, after: auditedBody(body) });
      return body;
    });
  }

  /**
   * Takes the body out of pickers for new records; its actions, history and reports keep it. Members' rights follow
   * their memberships, so a body that still has active members is not retired until People admin has moved them.
   */
  async retire(user: CurrentUser, id: string, dto: RetireDto): Promise<BodySummary> {
    return this.write(async (manager) => {
      const { current } = await this.lockAt(manager, id, dto.version);
      if (current.retired) throw alreadyRetired(current.name);
      if (current.memberCount > 0) {
        const people = current.memberCount === 1 ? '1 active member' : `${current.memberCount} active members`;
        throw new DomainError(ErrorCode.Conflict, `${current.name} still has ${people}. Take them out of it on their pages in People first.`);
      }
      await retireBody(manager, id);
      const retired = { ...current, retired: true, version: current.version + 1 };
      await this.audit.record(manager, { actorId: user.id, operation: 'retire', entityType: 'body', entityId: id, before: auditedBody(current), after: auditedBody(retired) });
      return retired;
    });
  }

  private async assertLiveParent(manager: EntityManager, strategyId: string, parentId: string): Promise<void> {
    const parent = await selectBody(manager, parentId);
    if (!parent || parent.strategy_id !== strategyId) throw fieldProblem('reportsToId', 'Choose a governance body of this strategy');
    if (parent.retired) throw fieldProblem('reportsToId', `${parent.name} is retired: choose a body that is not`);
  }

  /**
   * Locks the body, and first the strategy row: edits that change who reports to whom take turns, so two at once
   * cannot each pass the cycle check and together close a loop.
   */
  private async lockAt(manager: EntityManager, id: string, version: number) {
    await this.strategy.lockCurrentStrategy(manager);
    const row = await lockBody(manager, id);
    if (!row) throw new NotFoundError('The body');
    const current = toBodySummary(row);
    if (current.version !== version) throw new StaleVersionError('The body', current);
    return { row, current };
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken() : error;
    }
  }
}
