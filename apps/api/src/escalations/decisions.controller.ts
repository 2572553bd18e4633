import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { type DecisionLogEntry, Permission } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { decisionsToCsv } from './decision-log.js';
import { EscalationsService } from './escalations.service.js';
import { DecisionLogQuery } from './dto/decision-log.query.js';

/** The decision log: every decision the channel shift board has recorded. */
@ApiTags('escalations')
@Controller()
export class DecisionsController {
  constructor(private readonly escalations: EscalationsService) {}

  @Require(Permission.PlanRead)
  @Get('decisions')
  list(@Query() filters: DecisionLogQuery): Promise<DecisionLogEntry[]> {
    return this.escalations.decisions(filters);
  }

  @Require(Permission.PlanRead)
  @Get('decisions.csv')
  @ApiProduces('text/csv')
  async exportCsv(@Query() filters: DecisionLogQuery): Promise<StreamableFile> {
    const content = Buffer.from(decisionsToCsv(await this.escalations.decisions(filters)), 'utf8');
    return new StreamableFile(content, { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="decision-log.csv"', length: content.length });
  }
}
