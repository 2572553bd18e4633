import type { IncomingMessage } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../../config/env.js';

/** JSON logs; every line of a request carries the id that the first middleware gave it (see request-id.ts). */
export const createLoggerModule = (config: AppConfig) =>
  LoggerModule.forRoot({
    pinoHttp: {
      level: config.LOG_LEVEL,
      genReqId: (request: IncomingMessage) => (request as IncomingMessage & { id: string }).id,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (request) => request.url === '/api/health' },
    },
    exclude: [],
  });
