import { Injectable } from '@nestjs/common';
import type { BodySummary, PriorityRef } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { countBodies, lockCurrentStrategyRow, selectBodies, selectCurrentStrategyId, selectPriorities } from './strategy.queries.js';

/**
 * The strategy and what it is made of: its numbered priorities and its governance bodies. Other features ask here
 * rather than reading those tables; the set-up screens for them will live in this module too.
 */
@Injectable()
export class StrategyService {
  constructor(private readonly db: DataSource) {}

  /** The strategy new records belong to, read on the caller's transaction when given; null before one is set up. */
  currentStrategyId(db: EntityManager = this.db.manager): Promise<string | null> {
    return selectCurrentStrategyId(db);
  }

  /** The current strategy, its row locked until the caller's transaction ends (so imports and creates take turns). */
  lockCurrentStrategy(db: EntityManager): Promise<string | null> {
    return lockCurrentStrategyRow(db);
  }

  /** The strategy's numbered priorities, for pickers and filters. */
  priorities(): Promise<PriorityRef[]> {
    return selectPriorities(this.db.manager);
  }

  /** The governance bodies with their count of active members, for pickers, filters and the governance page. */
  bodies(): Promise<BodySummary[]> {
    return selectBodies(this.db.manager);
  }

  /** How many of these (distinct) ids are governance bodies, read on the caller's transaction. */
  countBodies(db: EntityManager, bodyIds: string[]): Promise<number> {
    return countBodies(db, bodyIds);
  }
}
