import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AccountsModule } from './accounts/accounts.module.js';
import { ActionListModule } from './actions/list/action-list.module.js';
import { ActionsModule } from './actions/actions.module.js';
import { AttachmentsModule } from './attachments/attachments.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AccessGuard } from './common/auth/access.guard.js';
import { DomainErrorFilter } from './common/errors/domain-error.filter.js';
import { createLoggerModule } from './common/logging/logger.module.js';
import { APP_CONFIG, type AppConfig } from './config/env.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { ImportModule } from './import/import.module.js';
import { PartnersModule } from './partners/partners.module.js';
import { PeopleAdminModule } from './people-admin/people-admin.module.js';
import { PeopleModule } from './people/people.module.js';
import { SegmentsModule } from './segments/segments.module.js';
import { SetupModule } from './setup/setup.module.js';
import { StrategyModule } from './strategy/strategy.module.js';
import { EscalationsModule } from './escalations/escalations.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { RemindersModule } from './reminders/reminders.module.js';
import { ReportsModule } from './reviews/reports/reports.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { SubscriptionsModule } from './subscriptions/subscriptions.module.js';
import { ReadCacheInterceptor } from './common/read-cache/read-cache.interceptor.js';

const FEATURES = [AuditModule, PeopleModule, AuthModule, AccountsModule, HealthModule, ActionsModule, ActionListModule, DashboardModule, PartnersModule, StrategyModule, SegmentsModule, SetupModule, PeopleAdminModule, ImportModule, NotificationsModule, EscalationsModule, ReportsModule, ReviewsModule, RemindersModule, AttachmentsModule, SubscriptionsModule];

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [createLoggerModule(config), DatabaseModule, ...FEATURES],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
        { provide: APP_INTERCEPTOR, useClass: ReadCacheInterceptor },
      ],
      exports: [APP_CONFIG],
    };
  }
}
