import { Module } from '@nestjs/common';
import { EscalationsModule } from '../escalations/escalations.module.js';
import { StrategyModule } from '../strategy/strategy.module.js';
import { RisksController } from './risks.controller.js';
import { RisksService } from './risks.service.js';

/** The strategy's risk register: risks, their mitigations, links to actions and priorities, and their review history. */
@Module({
  imports: [StrategyModule, EscalationsModule],
  controllers: [RisksController],
  providers: [RisksService],
  exports: [RisksService],
})
export class RisksModule {}
