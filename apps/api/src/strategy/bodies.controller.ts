import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Permission, type BodySummary } from '@steerline/contracts';
import { Require } from '../common/auth/access.decorators.js';
import { StrategyService } from './strategy.service.js';

@ApiTags('strategy')
@Controller('bodies')
export class BodiesController {
  constructor(private readonly strategy: StrategyService) {}

  /** The governance bodies and how many active members each has. */
  @Require(Permission.PlanRead)
  @Get()
  list(): Promise<BodySummary[]> {
    return this.strategy.bodies();
  }
}
