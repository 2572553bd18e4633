import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { goLive } from './src/support/go-live.js';

const workspaceRoot = resolve(import.meta.dirname, '../..');
// E2E_PORT lets two checkouts run their journeys at once on one machine.
const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: './src',
  outputDir: resolve(workspaceRoot, 'dist/.playwright/web-e2e'),
  workers: 1,
  // Journeys run axe on every page they visit; in CI they share two cores with the API tests.
  timeout: 90_000,
  retries: 0,
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: [
    {
      command: 'rm -rf .data/e2e && node dist/apps/api/main.js',
      cwd: workspaceRoot,
      env: { PORT: String(port), DATA_DIR: '.data/e2e', LOG_LEVEL: 'warn' },
      url: `http://localhost:${port}/api/ready`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
    {
      command: `rm -rf ${goLive.dataDir} && node dist/apps/api/main.js`,
      cwd: workspaceRoot,
      env: {
        PORT: String(goLive.port),
        DATA_DIR: goLive.dataDir,
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'false',
        SMTP_URL: `smtp://127.0.0.1:${goLive.smtpPort}`,
        PUBLIC_URL: goLive.baseUrl,
        // Single sign-on through the provider the single sign-on journey starts; discovered only when its button is pressed.
        ...goLive.singleSignOn,
      },
      url: `http://localhost:${goLive.port}/api/ready`,
      reuseExistingServer: false,
      timeout: 60_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    },
  ],
});
