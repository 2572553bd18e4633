import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AppConfig } from '../config/env.js';

const HASHED_FILE = /-[\w-]{8}\.(js|css)$/;

/**
 * Serves the built React app, and its index.html for any other page address so deep links work. API requests skip
 * both: looking for an /api path on disk cost every API request a stat() call.
 */
export function serveSinglePageApp(app: NestExpressApplication, config: AppConfig, apiPrefix: string): void {
  const root = resolve(config.WEB_DIST_DIR ?? 'dist/apps/web');
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) return;
  const apiPath = `/${apiPrefix}`;
  const isApi = (request: Request) => request.path === apiPath || request.path.startsWith(`${apiPath}/`);
  const assets = express.static(root, {
    index: false,
    setHeaders: (response, path) => {
      // Only Vite's content-hashed files may be cached for good; GOV.UK's fonts and images keep their names across upgrades.
      if (HASHED_FILE.test(path)) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  app.use((request: Request, response: Response, next: NextFunction) => (isApi(request) ? next() : assets(request, response, next)));
  app.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApi(request)) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
}
