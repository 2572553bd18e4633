import { Module } from '@nestjs/common';
import { StrategyModule } from '../strategy/strategy.module.js';
import { SegmentsController } from './segments.controller.js';
import { SegmentsService } from './segments.service.js';

@Module({
  imports: [StrategyModule],
  controllers: [SegmentsController],
  providers: [SegmentsService],
})
export class SegmentsModule {}
