import { Injectable } from '@nestjs/common';
import type { Priority } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { NotFoundError, StaleVersionError } from '../common/errors/domain-error.js';
import { isUniqueViolation } from '../common/errors/database-errors.js';
import type { CreatePriorityDto, UpdatePriorityDto } from './dto/priority.dto.js';
import type { RetireDto } from './dto/retire.dto.js';
import { auditedPriority, toPriority } from './dto/strategy.response.js';
import { insertPriority, lockPriority, priorityNumberTaken, retirePriority, updatePriority, type PriorityFields } from './priorities.queries.js';
import { alreadyRetired, taken } from './strategy-errors.js';
import { StrategyService } from './strategy.service.js';

const numberTaken = (number: number) => taken('number', `Priority ${number} already exists (retired priorities keep their numbers)`);

/** The strategy's numbered priorities: added, edited and retired by administrators, never deleted. */
@Injectable()
export class PrioritiesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly strategy: StrategyService,
  ) {}

  async create(user: CurrentUser, dto: CreatePriorityDto): Promise<Priority> {
    return this.write(dto.number, async (manager) => {
      const strategyId = await this.strategy.requireCurrentStrategyId(manager, 'priorities');
      if (await priorityNumberTaken(manager, strategyId, dto.number, null)) throw numberTaken(dto.number);
      const fields: PriorityFields = { number: dto.number, title: dto.title, description: dto.description ?? '', displayOrder: dto.displayOrder ?? dto.number };
      const priority = toPriority(await insertPriority(manager, strategyId, fields));
      await this.audit.record(manager, { actorId: user.id, operation: 'create', entityType: 'priority', entityId: priority.id, after: auditedPriority(priority) });
      return priority;
    });
  }

  async update(user: CurrentUser, id: string, dto: UpdatePriorityDto): Promise<Priority> {
    return this.write(dto.number, async (manager) => {
      const { row, current } = await this.lockAt(manager, id, dto.version);
      const next: PriorityFields = {
        number: dto.number ?? current.number,
        title: dto.title ?? current.title,
        description: dto.description ?? current.description,
        displayOrder: dto.displayOrder ?? current.displayOrder,
      };
      const before = auditedPriority(current);
      if (Object.keys(changedFields(before, { ...next, retired: current.retired })).length === 0) return current;
      if (next.number !== current.number && (await priorityNumberTaken(manager, row.strategy_id, next.number, id))) throw numberTaken(next.number);
      await updatePriority(manager, id, next);
      await this.audit.record(manager, { actorId: user.id, operation: 'edit', entityType: 'priority', entityId: id, before, after: { ...next, retired: current.retired } });
      return { ...current, ...next, version: current.version + 1 };
    });
  }

  /** Takes the priority out of pickers for new records; its actions, history and reports keep it. */
  async retire(user: CurrentUser, id: string, dto: RetireDto): Promise<Priority> {
    return this.write(undefined, async (manager) => {
      const { current } = await this.lockAt(manager, id, dto.version);
      if (current.retired) throw alreadyRetired(`Priority ${current.number}`);
      await retirePriority(manager, id);
      const retired = { ...current, retired: true, version: current.version + 1 };
      await this.audit.record(manager, { actorId: user.id, operation: 'retire', entityType: 'priority', entityId: id, before: auditedPriority(current), after: auditedPriority(retired) });
      return retired;
    });
  }

  private async lockAt(manager: EntityManager, id: string, version: number) {
    const row = await lockPriority(manager, id);
    if (!row) throw new NotFoundError('The priority');
    const current = toPriority(row);
    if (current.version !== version) throw new StaleVersionError('The priority', current);
    return { row, current };
  }

  /** Two administrators giving priorities the same number at once: the database's unique key refuses the second. */
  private async write<T>(number: number | undefined, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      throw isUniqueViolation(error) && number !== undefined ? numberTaken(number) : error;
    }
  }
}
