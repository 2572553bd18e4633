import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type DashboardResponse } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { type CurrentUser, SignedInUser } from '../common/auth/current-user.js';
import { DashboardService } from './dashboard.service.js';
import { CachedRead } from '../common/read-cache/read-cache.interceptor.js';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  /** RAG by priority, overdue actions, milestones due soon and the signed-in user's actions waiting for an update. */
  @Require(Permission.PlanRead)
  @CachedRead()
  @Get()
  get(@SignedInUser() user: CurrentUser): Promise<DashboardResponse> {
    return this.dashboard.get(user);
  }
}
