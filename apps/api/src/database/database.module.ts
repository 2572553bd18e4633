import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { DatabaseBootstrap } from './database-bootstrap.service.js';
import { MIGRATIONS } from './migrations/index.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        type: 'postgres' as const,
        url: config.DATABASE_URL,
        migrations: MIGRATIONS,
        migrationsTableName: 'schema_migration',
        synchronize: false,
        migrationsRun: false,
        retryAttempts: 5,
        retryDelay: 2000,
        extra: { max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: 5000 },
      }),
    }),
  ],
  providers: [DatabaseBootstrap],
  exports: [DatabaseBootstrap],
})
export class DatabaseModule {}
