import 'reflect-metadata';
import { rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/env.js';
import { type EmbeddedDatabase, findFreePort, startEmbeddedDatabase } from '../src/database/embedded.js';
import { BOARD } from './support/demo.js';

/** Its own PostgreSQL: the run's shared cluster serves the other test files and must never be stopped. */
const DATA_DIR = resolve(import.meta.dirname, `../../../.data/api-tests/outage-${process.pid}`);
const OUTAGE_MS = Number(process.env.OUTAGE_SECONDS ?? 30) * 1000;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('a PostgreSQL outage of 30 seconds', () => {
  let database: EmbeddedDatabase;
  let port: number;
  let app: NestExpressApplication;
  const crashes: unknown[] = [];
  const recordCrash = (error: unknown) => crashes.push(error);

  beforeAll(async () => {
    process.on('uncaughtException', recordCrash);
    process.on('unhandledRejection', recordCrash);
    port = await findFreePort();
    database = await startEmbeddedDatabase(DATA_DIR, () => undefined, { port });
    app = await createApp(loadConfig({ LOG_LEVEL: process.env.OUTAGE_LOG_LEVEL ?? 'silent', DATABASE_URL: database.url }));
    await app.init();
  }, 60_000);

  afterAll(async () => {
    process.off('uncaughtException', recordCrash);
    process.off('unhandledRejection', recordCrash);
    await app?.close();
    await database?.stop();
    await rm(DATA_DIR, { recursive: true, force: true });
  }, 30_000);

  it('answers 503 database_unavailable and not ready while it lasts, then serves again without a restart', async () => {
    const http = request(app.getHttpServer());
    const board = request.agent(app.getHttpServer());
    await board.post('/api/auth/sign-in').send({ email: BOARD, password: 'steerline-demo-2026' }).expect(200);
    await board.get('/api/actions').expect(200);
    await http.get('/api/ready').expect(200);

    await database.stop();
    const outageEnds = Date.now() + OUTAGE_MS;
    const seen = { signedIn: new Set<string>(), ready: new Set<number>(), signIn: new Set<string>(), health: new Set<number>() };
    while (Date.now() < outageEnds) {
      const list = await board.get('/api/actions');
      seen.signedIn.add(`${list.status} ${list.body?.error?.code}`);
      const signIn = await http.post('/api/auth/sign-in').send({ email: BOARD, password: 'steerline-demo-2026' });
      seen.signIn.add(`${signIn.status} ${signIn.body?.error?.code}`);
      seen.ready.add((await http.get('/api/ready')).status);
      seen.health.add((await http.get('/api/health')).status);
      await sleep(1000);
    }
    expect([...seen.signedIn]).toEqual(['503 database_unavailable']);
    expect([...seen.signIn]).toEqual(['503 database_unavailable']);
    expect([...seen.ready]).toEqual([503]);
    expect([...seen.health]).toEqual([200]);

    database = await startEmbeddedDatabase(DATA_DIR, () => undefined, { port });
    const back = Date.now() + 20_000;
    while ((await http.get('/api/ready')).status !== 200 && Date.now() < back) await sleep(250);
    await http.get('/api/ready').expect(200);
    const list = await board.get('/api/actions').expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    await board.post('/api/auth/sign-out').expect(204);
    expect(crashes).toEqual([]);
  }, 90_000);
});
