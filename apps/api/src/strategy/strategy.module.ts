import { Module } from '@nestjs/common';
import { BodiesController } from './bodies.controller.js';
import { PrioritiesController } from './priorities.controller.js';
import { StrategyService } from './strategy.service.js';

/** The strategy, its priorities and its governance bodies (/priorities, /bodies); other features use StrategyService. */
@Module({
  controllers: [PrioritiesController, BodiesController],
  providers: [StrategyService],
  exports: [StrategyService],
})
export class StrategyModule {}
