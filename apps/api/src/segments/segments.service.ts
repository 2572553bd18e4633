import { isUniqueViolation } from '../common/errors/database-errors.js';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type Segment, type SegmentCoverage } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, NotFoundError, StaleVersionError } from '../common/errors/domain-error.js';
import type { CreateSegmentDto } from './dto/create-segment.dto.js';
import { StrategyService } from '../strategy/strategy.service.js';
import { auditedSegment, toSegment, toSegmentCoverage } from './dto/segment.response.js';
import type { UpdateSegmentDto } from './dto/update-segment.dto.js';
import { insertSegment, lockSegment, retireSegment, segmentNameTaken, selectCoverage, selectSegments, updateSegment } from './segments.queries.js';
import type { RetireSegmentDto as RetireDto } from './dto/retire-segment.dto.js';

const nameTaken = () =>
  new DomainError(ErrorCode.Conflict, 'A segment with this name already exists.', [
    { field: 'name', messages: ['A segment with this name already exists'] },
  ]);

@Injectable()
export class SegmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly strategy: StrategyService,
  ) {}

  async list(): Promise<Segment[]> {
    return (await selectSegments(this.db.manager)).map(toSegment);
  }

  /** One query: uncovered very-low-propensity segments first (the warning), then very-low-propensity, then by share. */
  async coverage(): Promise<SegmentCoverage[]> {
    return (await selectCoverage(this.db.manager)).map(toSegmentCoverage);
  }

  async create(user: CurrentUser, dto: CreateSegmentDto): Promise<Segment> {
    return this.write(async (manager) => {
      const strategyId = await this.strategy.requireCurrentStrategyId(manager, 'population segments');
      await this.assertNameFree(manager, strategyId, dto.name);
      const row = await insertSegment(manager, strategyId, {
        name: dto.name, householdShare: dto.householdShare, veryLowPropensity: dto.veryLowPropensity ?? false, description: dto.description ?? '',
      });
      const segment = toSegment(row);
      await this.audit.record(manager, { actorId: user.id, operation: 'create', entityType: 'segment', entityId: segment.id, after: auditedSegment(segment) });
      return segment;
    });
  }

  async update(user: CurrentUser, id: string, dto: UpdateSegmentDto): Promise<Segment> {
    return this.write(async (manager) => {
      const { row, current } = await this.lockAt(manager, id, dto.version);
      const next = {
        name: dto.name ?? current.name,
        householdShare: dto.householdShare ?? current.householdShare,
        veryLowPropensity: dto.veryLowPropensity ?? current.veryLowPropensity,
        description: dto.description ?? current.description,
      };
      const before = auditedSegment(current);
      const after = { ...next, retired: current.retired };
      if (Object.keys(changedFields(before, after)).length === 0) return current;
      if (next.name.toLowerCase() !== current.name.toLowerCase()) await this.assertNameFree(manager, row.strategy_id, next.name, id);
      await updateSegment(manager, id, next);
      await this.audit.record(manager, { actorId: user.id, operation: 'edit', entityType: 'segment', entityId: id, before, after });
      return { ...current, ...next, version: current.version + 1 };
    });
  }

  /** Takes the segment out of pickers for new records; the actions that target it, history and reports keep it. */
  async retire(user: CurrentUser, id: string, dto: RetireDto): Promise<Segment> {
    return this.write(async (manager) => {
      const { current } = await this.lockAt(manager, id, dto.version);
      if (current.retired) throw new DomainError(ErrorCode.Conflict, `${current.name} is already retired.`);
      await retireSegment(manager, id);
      const retired = { ...current, retired: true, version: current.version + 1 };
      await this.audit.record(manager, { actorId: user.id, operation: 'retire', entityType: 'segment', entityId: id, before: auditedSegment(current), after: auditedSegment(retired) });
      return retired;
    });
  }

  private async lockAt(manager: EntityManager, id: string, version: number) {
    const row = await lockSegment(manager, id);
    if (!row) throw new NotFoundError('The segment');
    const current = toSegment(row);
    if (current.version !== version) throw new StaleVersionError('The segment', current);
    return { row, current };
  }

  private async assertNameFree(manager: EntityManager, strategyId: string, name: string, exceptId: string | null = null): Promise<void> {
    if (await segmentNameTaken(manager, strategyId, name, exceptId)) throw nameTaken();
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken() : error;
    }
  }
}
