import { Injectable } from '@nestjs/common';
import type { ActionListFilters, ActionSummary, Page } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../../common/auth/current-user.js';
import { toActionSummary } from '../action-summary.mapper.js';
import { countMatches, selectAllMatches, selectPage } from './action-list.queries.js';

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** Finds actions by filter: a page for the list and the dashboard, every match for the exports. */
@Injectable()
export class ActionListService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: CurrentUser, filters: ActionListFilters, { page, pageSize }: PageRequest): Promise<Page<ActionSummary>> {
    const rows = await selectPage(this.dataSource.manager, filters, user.id, { limit: pageSize, offset: (page - 1) * pageSize });
    return { items: rows.map(toActionSummary), total: rows[0]?.total ?? (page === 1 ? 0 : await countMatches(this.dataSource.manager, filters, user.id)), page, pageSize };
  }

  async findAll(user: CurrentUser, filters: ActionListFilters): Promise<ActionSummary[]> {
    return (await selectAllMatches(this.dataSource.manager, filters, user.id)).map(toActionSummary);
  }
}
