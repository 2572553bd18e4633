import { Module } from '@nestjs/common';
import { StrategyModule } from '../strategy/strategy.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReportsModule } from './reports/reports.module.js';
import { ReviewCyclesController } from './review-cycles.controller.js';
import { ReviewCyclesService } from './review-cycles.service.js';
import { ReviewReturnsController } from './review-returns.controller.js';
import { ReviewReturnsService } from './review-returns.service.js';
import { ReviewSignOffService } from './review-sign-off.service.js';

/** Six-monthly review cycles, the owners' returns in them, and the leadership team's sign-off that freezes them. */
@Module({
  imports: [NotificationsModule, ReportsModule, StrategyModule],
  controllers: [ReviewCyclesController, ReviewReturnsController],
  providers: [ReviewCyclesService, ReviewReturnsService, ReviewSignOffService],
  exports: [ReviewReturnsService, ReviewSignOffService],
})
export class ReviewsModule {}
