import { Injectable } from '@nestjs/common';
import type { ActionListFilters, ActionSummary, Page } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../common/auth/current-user.js';
import { preparedWhileFew, runPrepared } from '../database/prepared-statement.js';
import { countSummaries, selectPageWithTotal, selectSummaries } from './action-list.sql.js';
import { type ActionSummaryRow, toActionSummary } from '../actions/action-summary.mapper.js';

export interface PageRequest {
  page: number;
  pageSize: number;
}

/** Finds actions by filter: a page for the list and the dashboard, every match for the exports. */
@Injectable()
export class ActionListService {
  constructor(private readonly dataSource: DataSource) {}

  async list(user: CurrentUser, filters: ActionListFilters, { page, pageSize }: PageRequest): Promise<Page<ActionSummary>> {
    const pageQuery = selectPageWithTotal(filters, user.id, { limit: pageSize, offset: (page - 1) * pageSize });
    const rows = await runPrepared<ActionSummaryRow & { total: number }>(this.dataSource, preparedWhileFew(pageQuery.text), pageQuery.values);
    return { items: rows.map(toActionSummary), total: rows[0]?.total ?? (page === 1 ? 0 : await this.count(user, filters)), page, pageSize };
  }

  private async count(user: CurrentUser, filters: ActionListFilters): Promise<number> {
    const query = countSummaries(filters, user.id);
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(query.text, query.values);
    return total;
  }

  async findAll(user: CurrentUser, filters: ActionListFilters): Promise<ActionSummary[]> {
    const query = selectSummaries(filters, user.id);
    const rows = await this.dataSource.query<ActionSummaryRow[]>(query.text, query.values);
    return rows.map(toActionSummary);
  }
}
