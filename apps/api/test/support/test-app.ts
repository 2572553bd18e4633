import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/env.js';
import { DEMO_PASSWORD } from '../../src/database/seed/demo-data.js';

export interface TestApp {
  app: NestExpressApplication;
  http: ReturnType<typeof request>;
  databaseUrl: string;
  /** Runs SQL straight against this test's database, to check what was really stored. */
  sql<T = Record<string, unknown>>(text: string, values?: unknown[]): Promise<T[]>;
  /** An agent that keeps cookies, signed in as the given demo user. */
  signIn(email: string, password?: string): Promise<ReturnType<typeof request.agent>>;
  close(): Promise<void>;
}

/**
 * The real application (AppModule, migrations, minimal demo seed, every middleware) on a fresh database of the
 * run's PostgreSQL (or on `DATABASE_URL` when the settings name one), driven over HTTP.
 */
export async function createTestApp(settings: Record<string, string> = {}): Promise<TestApp> {
  const databaseUrl = settings.DATABASE_URL ?? (await createEmptyDatabase());
  // The reminder scheduler (pg-boss) stays off unless a test turns it on: reminders.int-spec.ts does. Tests run on the
  // minimal demo (three actions) unless they ask for the full tour (demo-tour.int-spec.ts does).
  const config = loadConfig({ LOG_LEVEL: 'silent', REMINDERS_ENABLED: 'false', SEED_DEMO: 'minimal', ...settings, DATABASE_URL: databaseUrl });
  const app = await createApp(config);
  await app.init();
  const server = app.getHttpServer();
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    app,
    http: request(server),
    databaseUrl,
    sql: async (text, values) => (await pool.query(text, values)).rows,
    async signIn(email, password = DEMO_PASSWORD) {
      const agent = request.agent(server);
      await agent.post('/api/auth/sign-in').send({ email, password }).expect(200);
      return agent;
    },
    async close() {
      await app.close();
      await pool.end();
    },
  };
}

/** A new, empty database in the run's PostgreSQL. */
export async function createEmptyDatabase(): Promise<string> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest.config.js');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
