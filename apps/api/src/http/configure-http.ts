import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { DataSource } from 'typeorm';
import { accessLog } from '../common/logging/logger.module.js';
import { createValidationPipe } from '../common/validation/validate-body.js';
import type { AppConfig } from '../config/env.js';
import { limitJsonShape } from './json-shape.js';
import { assignRequestId } from './request-id.js';
import { refuseCrossSiteRequests } from './same-origin.js';
import { createSessionMiddleware } from './session.middleware.js';
import { applyServerTimeouts } from './server-timeouts.js';
import { serveSinglePageApp } from './spa.js';
import { setUpOpenApi } from './openapi.js';

export const API_PREFIX = 'api';

/** Everything around the routes: timeouts, headers, body limits, sessions, validation, docs and the SPA. */
export async function configureHttp(app: NestExpressApplication, config: AppConfig): Promise<void> {
  applyServerTimeouts(app.getHttpServer(), config);
  if (config.TRUST_PROXY) app.set('trust proxy', 1);
  app.use(assignRequestId);
  app.use(accessLog(config));
  app.disable('x-powered-by');
  // Answers about people and plans are for the signed-in user only: never stored by a browser or proxy. Nothing is
  // cached, so Express's ETag (a hash of every body) is work for nothing.
  app.disable('etag');
  app.use(`/${API_PREFIX}`, (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  // Behind TLS (COOKIE_SECURE) browsers are told to stay on HTTPS; a plain-HTTP trial must not be upgraded.
  app.use(helmet({ hsts: config.COOKIE_SECURE, contentSecurityPolicy: { directives: { upgradeInsecureRequests: config.COOKIE_SECURE ? [] : null } } }));
  app.use(refuseCrossSiteRequests(config.ALLOWED_ORIGINS));
  app.useBodyParser('json', { limit: config.BODY_LIMIT });
  app.use(limitJsonShape({ maxDepth: config.JSON_MAX_DEPTH, maxArrayLength: config.JSON_MAX_ARRAY_LENGTH }));
  app.useBodyParser('urlencoded', { limit: config.BODY_LIMIT, extended: false });
  app.use(await createSessionMiddleware(app.get(DataSource), config));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  setUpOpenApi(app);
  serveSinglePageApp(app, config, API_PREFIX);
}
