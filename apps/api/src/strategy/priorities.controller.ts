import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type PriorityRef } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { StrategyService } from './strategy.service.js';

@ApiTags('strategy')
@Controller('priorities')
export class PrioritiesController {
  constructor(private readonly strategy: StrategyService) {}

  @Require(Permission.PlanRead)
  @Get()
  list(): Promise<PriorityRef[]> {
    return this.strategy.priorities();
  }
}
