import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { type DecisionLogEntry, Permission } from '@steerline/contracts';
import { DataSource } from 'typeorm';
import { Require } from '../common/auth/access.decorators.js';
import { decisionsToCsv, readDecisions } from './decision-log.js';
import { DecisionLogQuery } from './dto/decision-log.query.js';

/** The decision log: every decision the channel shift board has recorded. */
@ApiTags('escalations')
@Controller()
export class DecisionsController {
  constructor(private readonly db: DataSource) {}

  @Require(Permission.PlanRead)
  @Get('decisions')
  list(@Query() filters: DecisionLogQuery): Promise<DecisionLogEntry[]> {
    return readDecisions(this.db.manager, filters);
  }

  @Require(Permission.PlanRead)
  @Get('decisions.csv')
  @ApiProduces('text/csv')
  async exportCsv(@Query() filters: DecisionLogQuery): Promise<StreamableFile> {
    const content = Buffer.from(decisionsToCsv(await readDecisions(this.db.manager, filters)), 'utf8');
    return new StreamableFile(content, { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="decision-log.csv"', length: content.length });
  }
}
