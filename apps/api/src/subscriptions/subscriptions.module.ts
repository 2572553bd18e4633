import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReportsModule } from '../reviews/reports/reports.module.js';
import { ReportMailScheduler } from './report-mail.scheduler.js';
import { ReportMailer } from './report-mailer.service.js';
import { SubscriptionsController } from './subscriptions.controller.js';
import { SubscriptionsService } from './subscriptions.service.js';

/** Report e-mails: weekly or monthly digests and signed-off reports, to subscribers, with one-click unsubscribe. */
@Module({
  imports: [NotificationsModule, ReportsModule],
  controllers: [SubscriptionsController],
  providers: [SubscriptionsService, ReportMailer, ReportMailScheduler],
  exports: [ReportMailer],
})
export class SubscriptionsModule {}
