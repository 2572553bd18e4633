import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Permission, type ActionSummary, type Page } from '@steerline/contracts';
import { Require } from '../../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../../common/auth/current-user.js';
import { ActionExportService, type ExportFile } from './action-export.service.js';
import { ActionListService } from './action-list.service.js';
import { ActionFiltersQuery } from './dto/action-filters.query.js';
import { ListActionsQuery } from './dto/list-actions.query.js';
import { CachedRead } from '../../common/read-cache/read-cache.interceptor.js';

const download = (file: ExportFile) =>
  new StreamableFile(file.content, { type: file.contentType, disposition: `attachment; filename="${file.filename}"`, length: file.content.length });

@ApiTags('actions')
@Controller('actions')
export class ActionListController {
  constructor(
    private readonly actionList: ActionListService,
    private readonly exports: ActionExportService,
  ) {}

  /** One page of the action plan, filtered and sorted. */
  @Require(Permission.PlanRead)
  @CachedRead()
  @Get()
  list(@SignedInUser() user: CurrentUser, @Query() query: ListActionsQuery): Promise<Page<ActionSummary>> {
    const { page, pageSize, ...filters } = query;
    return this.actionList.list(user, filters, { page, pageSize });
  }

  /** Every action the same filters find, as CSV. */
  @Require(Permission.PlanRead)
  @Get('export.csv')
  @ApiProduces('text/csv')
  async exportCsv(@SignedInUser() user: CurrentUser, @Query() filters: ActionFiltersQuery): Promise<StreamableFile> {
    return download(await this.exports.csv(user, filters));
  }

  /** Every action the same filters find, as an Excel workbook. */
  @Require(Permission.PlanRead)
  @Get('export.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async exportXlsx(@SignedInUser() user: CurrentUser, @Query() filters: ActionFiltersQuery): Promise<StreamableFile> {
    return download(await this.exports.xlsx(user, filters));
  }
}
