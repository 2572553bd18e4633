import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReminderScheduler } from './reminder-scheduler.service.js';
import { RemindersService } from './reminders.service.js';
import { WeeklyDueController } from './weekly-due/weekly-due.controller.js';
import { WeeklyDueService } from './weekly-due/weekly-due.service.js';

/**
 * Reminders to owners of review returns due soon or overdue and notices to owners of actions whose blockers went
 * overdue, once a day, and each owner's weekly "what is due", run once across all replicas by pg-boss.
 */
@Module({
  imports: [NotificationsModule, ActionsModule],
  controllers: [WeeklyDueController],
  providers: [RemindersService, WeeklyDueService, ReminderScheduler],
  exports: [RemindersService, WeeklyDueService],
})
export class RemindersModule {}
