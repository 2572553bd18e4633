import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { configureHttp } from './http/configure-http.js';
import type { AppConfig } from './config/env.js';
import { DatabaseBootstrap } from './database/database-bootstrap.service.js';

/** Builds the whole application, migrated and ready to listen: the same path for production and for tests. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config), {
    bodyParser: false,
    bufferLogs: true,
    // A fixed path such as /actions/export.csv wins over /actions/:id whatever order the modules load in.
    routeResolutionStrategy: 'specificity',
  });
  app.useLogger(app.get(Logger));
  await app.get(DatabaseBootstrap).prepare();
  await configureHttp(app, config);
  return app;
}
