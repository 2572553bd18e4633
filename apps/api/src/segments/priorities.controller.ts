import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type PriorityRef } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { PrioritiesService } from './priorities.service.js';

@ApiTags('strategy')
@Controller('priorities')
export class PrioritiesController {
  constructor(private readonly priorities: PrioritiesService) {}

  @Require(Permission.PlanRead)
  @Get()
  list(): Promise<PriorityRef[]> {
    return this.priorities.list();
  }
}
