import { Module } from '@nestjs/common';
import { BodiesController } from './bodies.controller.js';
import { BodiesService } from './bodies.service.js';
import { PrioritiesController } from './priorities.controller.js';
import { PrioritiesService } from './priorities.service.js';
import { StrategyController } from './strategy.controller.js';
import { StrategyService } from './strategy.service.js';

/** The strategy, its priorities and its governance bodies (/strategy, /priorities, /bodies); other features use StrategyService. */
@Module({
  controllers: [StrategyController, PrioritiesController, BodiesController],
  providers: [StrategyService, PrioritiesService, BodiesService],
  exports: [StrategyService],
})
export class StrategyModule {}
