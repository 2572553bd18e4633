import { Injectable } from '@nestjs/common';
import type { ActionListFilters } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import type { CurrentUser } from '../../common/auth/current-user.js';
import { exportFilename } from './action-export.columns.js';
import { selectToday } from './action-list.queries.js';
import { ActionListService } from './action-list.service.js';
import { actionsToCsv } from './actions-csv.js';
import { actionsToXlsx } from './actions-xlsx.js';

export interface ExportFile {
  filename: string;
  contentType: string;
  content: Buffer;
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every action matching the list's filters, as a file to download. */
@Injectable()
export class ActionExportService {
  constructor(
    private readonly actionList: ActionListService,
    private readonly dataSource: DataSource,
  ) {}

  async csv(user: CurrentUser, filters: ActionListFilters): Promise<ExportFile> {
    const [actions, today] = await Promise.all([this.actionList.findAll(user, filters), this.today()]);
    return { filename: exportFilename(today, 'csv'), contentType: 'text/csv; charset=utf-8', content: Buffer.from(actionsToCsv(actions), 'utf8') };
  }

  async xlsx(user: CurrentUser, filters: ActionListFilters): Promise<ExportFile> {
    const [actions, today] = await Promise.all([this.actionList.findAll(user, filters), this.today()]);
    return { filename: exportFilename(today, 'xlsx'), contentType: XLSX_TYPE, content: await actionsToXlsx(actions) };
  }

  /** The database's date, the same "today" that decides which actions are overdue. */
  private today(): Promise<string> {
    return selectToday(this.dataSource.manager);
  }
}
