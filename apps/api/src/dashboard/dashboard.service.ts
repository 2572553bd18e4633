import { Injectable } from '@nestjs/common';
import {
  DASHBOARD_LIST_LIMIT, type DashboardList, type DashboardResponse, type MilestoneDueSoon, type PriorityRagCounts,
} from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { ActionListService } from '../actions/list/action-list.service.js';
import type { CurrentUser } from '../common/auth/current-user.js';
import { RisksService } from '../risks/risks.service.js';
import { type MilestoneDueSoonRow, type RagByPriorityRow, selectMilestonesDueSoon, selectRagByPriority } from './dashboard.queries.js';

const FIRST_PAGE = { page: 1, pageSize: DASHBOARD_LIST_LIMIT };

/** The landing page's figures, in a fixed handful of queries whatever the size of the plan. */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actionList: ActionListService,
    private readonly risks: RisksService,
  ) {}

  async get(user: CurrentUser): Promise<DashboardResponse> {
    const [ragRows, milestoneRows, overdue, needingUpdate, riskReviewsOverdue] = await Promise.all([
      selectRagByPriority(this.dataSource.manager),
      selectMilestonesDueSoon(this.dataSource.manager),
      this.actionList.list(user, { overdue: true, sort: 'dueDate', direction: 'asc' }, FIRST_PAGE),
      this.actionList.list(user, { owner: 'me', stale: true, sort: 'lastUpdateAt', direction: 'asc' }, FIRST_PAGE),
      this.risks.reviewsOverdue(),
    ]);
    return {
      ragByPriority: ragRows.map(toPriorityRagCounts),
      overdue: { items: overdue.items, total: overdue.total },
      milestonesDueSoon: toMilestonesDueSoon(milestoneRows),
      myActionsNeedingUpdate: { items: needingUpdate.items, total: needingUpdate.total },
      riskReviewsOverdue,
    };
  }
}

function toPriorityRagCounts({ id, number, title, red, amber, green, blue, grey, total }: RagByPriorityRow): PriorityRagCounts {
  return { priority: { id, number, title }, red, amber, green, blue, grey, total };
}

function toMilestonesDueSoon(rows: MilestoneDueSoonRow[]): DashboardList<MilestoneDueSoon> {
  return {
    items: rows.map((row) => ({
      id: row.id,
      title: row.title,
      dueDate: row.due_date,
      action: { id: row.action_id, reference: row.action_reference, title: row.action_title },
    })),
    total: rows[0]?.total ?? 0,
  };
}
