import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from '../../config/env.js';

const roots = new WeakMap<AppConfig, Logger>();

/** The app's one pino logger (JSON lines on stdout), shared by Nest's logger and the access log. */
function rootLogger(config: AppConfig): Logger {
  let root = roots.get(config);
  if (!root) roots.set(config, (root = pino({ level: config.LOG_LEVEL })));
  return root;
}

/**
 * Nest's logger, writing through pino. nestjs-pino's own request middleware is left out: it runs each request inside
 * an AsyncLocalStorage, which on Node 20 hooks every promise the request makes, and cost 15% of the API's CPU for a
 * progress update (bench/README.md). Requests are logged by accessLog(); errors carry their request id themselves.
 */
export const createLoggerModule = (config: AppConfig) =>
  LoggerModule.forRoot({ pinoHttp: { logger: rootLogger(config) }, exclude: [{ method: RequestMethod.ALL, path: '{/*splat}' }] });

/** One JSON line per answered request, carrying the id that the first middleware gave it (see request-id.ts). */
export const accessLog = (config: AppConfig) =>
  pinoHttp({
    logger: rootLogger(config),
    genReqId: (request: IncomingMessage) => (request as IncomingMessage & { id: string }).id,
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
    },
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
    autoLogging: { ignore: (request) => request.url === '/api/health' },
  });
