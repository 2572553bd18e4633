import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthModule } from './auth/auth.module.js';
import { AccessGuard } from './common/auth/access.guard.js';
import { DomainErrorFilter } from './common/errors/domain-error.filter.js';
import { createLoggerModule } from './common/logging/logger.module.js';
import { APP_CONFIG, type AppConfig } from './config/env.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { PeopleModule } from './people/people.module.js';

@Module({})
export class AppModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [createLoggerModule(config), DatabaseModule, PeopleModule, AuthModule, HealthModule],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: DomainErrorFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
