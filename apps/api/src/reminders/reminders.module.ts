import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReminderScheduler } from './reminder-scheduler.service.js';
import { RemindersService } from './reminders.service.js';

/**
 * Reminders to owners of review returns due soon or overdue, and notices to owners of actions whose blockers went
 * overdue, run once a day across all replicas by pg-boss.
 */
@Module({
  imports: [NotificationsModule, ActionsModule],
  providers: [RemindersService, ReminderScheduler],
  exports: [RemindersService],
})
export class RemindersModule {}
