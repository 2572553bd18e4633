import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/env.js';

const HASHED_FILE = /-[\w-]{8}\.(js|css)$/;

/** Serves the built React app, and its index.html for any other page address so deep links work. */
export function serveSinglePageApp(app: NestExpressApplication, config: AppConfig, apiPrefix: string): void {
  const root = resolve(config.WEB_DIST_DIR ?? 'dist/apps/web');
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) return;
  app.useStaticAssets(root, {
    index: false,
    setHeaders: (response, path) => {
      // Only Vite's content-hashed files may be cached for good; GOV.UK's fonts and images keep their names across upgrades.
      if (HASHED_FILE.test(path)) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    },
  });
  const apiPath = `/${apiPrefix}`;
  app.use((request: Request, response: Response, next: NextFunction) => {
    const isApi = request.path === apiPath || request.path.startsWith(`${apiPath}/`);
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApi) return next();
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexHtml);
  });
}
