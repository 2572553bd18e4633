import { isUniqueViolation } from '../common/errors/database-errors.js';
import { Injectable } from '@nestjs/common';
import { ErrorCode, type Segment, type SegmentCoverage } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFields } from '../audit/audit.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { DomainError, NotFoundError, StaleVersionError } from '../common/errors/domain-error.js';
import type { CreateSegmentDto } from './dto/create-segment.dto.js';
import { auditedSegment, SEGMENT_COLUMNS, toSegment, toSegmentCoverage, type SegmentRow } from './dto/segment.response.js';
import type { UpdateSegmentDto } from './dto/update-segment.dto.js';

const nameTaken = () =>
  new DomainError(ErrorCode.Conflict, 'A segment with this name already exists.', [
    { field: 'name', messages: ['A segment with this name already exists'] },
  ]);

@Injectable()
export class SegmentsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<Segment[]> {
    const rows: SegmentRow[] = await this.db.query(
      `SELECT ${SEGMENT_COLUMNS} FROM population_segment ORDER BY very_low_propensity DESC, household_share DESC, name`,
    );
    return rows.map(toSegment);
  }

  /** One query: uncovered very-low-propensity segments first (the warning), then very-low-propensity, then by share. */
  async coverage(): Promise<SegmentCoverage[]> {
    const rows = await this.db.query(`
      SELECT s.id, s.name, s.household_share, s.very_low_propensity, s.version,
             coalesce(
               json_agg(json_build_object('id', a.id, 'reference', a.reference, 'title', a.title, 'rag', a.rag, 'status', a.status)
                        ORDER BY a.reference) FILTER (WHERE a.id IS NOT NULL),
               '[]'
             ) AS live_actions
        FROM population_segment s
        LEFT JOIN action_segment x ON x.segment_id = s.id
        LEFT JOIN action a ON a.id = x.action_id AND a.status NOT IN ('complete', 'cancelled')
       GROUP BY s.id
       ORDER BY (s.very_low_propensity AND count(a.id) = 0) DESC, s.very_low_propensity DESC, s.household_share DESC, s.name`);
    return rows.map(toSegmentCoverage);
  }

  async create(user: CurrentUser, dto: CreateSegmentDto): Promise<Segment> {
    return this.write(async (manager) => {
      const [strategy] = await manager.query(`SELECT id FROM strategy ORDER BY created_at, id LIMIT 1`);
      if (!strategy) throw new NotFoundError('The strategy');
      await this.assertNameFree(manager, strategy.id, dto.name);
      const [row]: SegmentRow[] = await manager.query(
        `INSERT INTO population_segment (strategy_id, name, household_share, very_low_propensity)
         VALUES ($1, $2, $3, $4) RETURNING ${SEGMENT_COLUMNS}`,
        [strategy.id, dto.name, dto.householdShare, dto.veryLowPropensity ?? false],
      );
      const segment = toSegment(row);
      await this.audit.record(manager, { actorId: user.id, operation: 'create', entityType: 'segment', entityId: segment.id, after: auditedSegment(segment) });
      return segment;
    });
  }

  async update(user: CurrentUser, id: string, dto: UpdateSegmentDto): Promise<Segment> {
    return this.write(async (manager) => {
      const [row]: (SegmentRow & { strategy_id: string })[] = await manager.query(
        `SELECT ${SEGMENT_COLUMNS}, strategy_id FROM population_segment WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (!row) throw new NotFoundError('The segment');
      const current = toSegment(row);
      if (current.version !== dto.version) throw new StaleVersionError('The segment', current);
      const next = {
        name: dto.name ?? current.name,
        householdShare: dto.householdShare ?? current.householdShare,
        veryLowPropensity: dto.veryLowPropensity ?? current.veryLowPropensity,
      };
      const before = auditedSegment(current);
      if (Object.keys(changedFields(before, next)).length === 0) return current;
      if (next.name.toLowerCase() !== current.name.toLowerCase()) await this.assertNameFree(manager, row.strategy_id, next.name, id);
      await manager.query(
        `UPDATE population_segment SET name = $2, household_share = $3, very_low_propensity = $4, version = version + 1 WHERE id = $1`,
        [id, next.name, next.householdShare, next.veryLowPropensity],
      );
      await this.audit.record(manager, { actorId: user.id, operation: 'edit', entityType: 'segment', entityId: id, before, after: next });
      return { ...current, ...next, version: current.version + 1 };
    });
  }

  private async assertNameFree(manager: EntityManager, strategyId: string, name: string, exceptId: string | null = null): Promise<void> {
    const taken = await manager.query(
      `SELECT 1 FROM population_segment WHERE strategy_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3`,
      [strategyId, name, exceptId],
    );
    if (taken.length > 0) throw nameTaken();
  }

  private async write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (error) {
      throw isUniqueViolation(error) ? nameTaken() : error;
    }
  }
}
