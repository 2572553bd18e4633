import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type AuditEventRow, type Page } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { AuditTrailQueryDto } from './audit-trail.query.js';
import { AuditTrailService } from './audit-trail.service.js';

@ApiTags('audit')
@Controller('audit')
export class AuditTrailController {
  constructor(private readonly trail: AuditTrailService) {}

  /** Who changed what and when, newest first; filter by record, person, operation and dates. */
  @Require(Permission.AdminManage)
  @Get()
  find(@Query() query: AuditTrailQueryDto): Promise<Page<AuditEventRow>> {
    return this.trail.find(query);
  }
}
