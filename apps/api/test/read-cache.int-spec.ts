import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/env.js';
import { UNCOUNTED_TABLES } from '../src/common/read-cache/data-version.js';
import { DEMO_PASSWORD } from '../src/database/seed/demo-data.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The read cache (common/read-cache) may answer a page again only while nothing has changed: a change through this
 * replica, through another replica or straight in the database shows at once, and nobody gets another user's answer.
 */
describe('the read cache', () => {
  let t: TestApp;
  let replica: NestExpressApplication;
  const statements = { here: [] as string[], replica: [] as string[] };
  const LIST = '/api/actions?sort=reference&pageSize=50';

  const countStatements = (app: NestExpressApplication, into: string[]) => {
    const logger = app.get(DataSource).logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      into.push(String(query));
      return logQuery(query, parameters, queryRunner);
    };
  };
  const signIn = async (email: string) => {
    const response = await t.http.post('/api/auth/sign-in').send({ email, password: DEMO_PASSWORD }).expect(200);
    return response.headers['set-cookie'] as unknown as string[];
  };
  const get = (app: NestExpressApplication, path: string, cookie: string[]) => request(app.getHttpServer()).get(path).set('Cookie', cookie).expect(200);
  const actionId = async (reference: string) => (await t.sql<{ id: string }>(`SELECT id FROM action WHERE reference = $1`, [reference]))[0].id;

  beforeAll(async () => {
    t = await createTestApp();
    // A second API process on the same database, as a second pod would be; its answers expire after a second.
    replica = await createApp(loadConfig({ LOG_LEVEL: 'silent', REMINDERS_ENABLED: 'false', READ_CACHE_SECONDS: '1', DATABASE_URL: t.databaseUrl }));
    await replica.init();
    countStatements(t.app, statements.here);
    countStatements(replica, statements.replica);
  });
  afterAll(async () => {
    await replica.close();
    await t.close();
  });

  it('is told of changes by every table except the session bookkeeping', async () => {
    const uncounted = await t.sql<{ table: string }>(
      `SELECT c.relname AS table FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND NOT (c.relname = ANY($1))
         AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = c.relname || '_counts_changes' AND g.tgenabled = 'O')
       ORDER BY 1`,
      [UNCOUNTED_TABLES],
    );
    expect(uncounted).toEqual([]);
    expect((await t.sql<{ tables: number }>(`SELECT count(*)::int AS tables FROM pg_trigger WHERE tgname LIKE '%\\_counts\\_changes'`))[0].tables).toBeGreaterThan(20);
  });

  it('answers a page again without a query while nothing has changed, even as people sign in', async () => {
    const board = await signIn('board@steerline.example');
    const first = await get(t.app, LIST, board);
    await signIn('partner@steerline.example');
    // Counted from here: signing in reads its own bookkeeping (whether the person has an authenticator app); the page must not.
    statements.here.length = 0;
    const again = await get(t.app, LIST, board);
    expect(statements.here).toEqual([]);
    expect(again.text).toBe(first.text);
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('shows a progress update posted through another replica at once, on the action page and the list', async () => {
    const board = await signIn('board@steerline.example');
    const id = await actionId('DI-002');
    await get(t.app, `/api/actions/${id}`, board);
    await get(t.app, LIST, board);
    await request(replica.getHttpServer()).post(`/api/actions/${id}/updates`).set('Cookie', board)
      .send({ commentary: 'Card printing delayed', rag: 'red', percentComplete: 12, problem: 'Printer closed', correctiveAction: 'Second printer booked' })
      .expect(201);
    expect((await get(t.app, `/api/actions/${id}`, board)).body).toMatchObject({ rag: 'red', percentComplete: 12 });
    const listed = (await get(t.app, LIST, board)).body.items.find((item: { id: string }) => item.id === id);
    expect(listed).toMatchObject({ rag: 'red', percentComplete: 12 });
  });

  it('shows a change written straight to the database at once', async () => {
    const leader = await signIn('leader@steerline.example');
    const id = await actionId('DI-001');
    await get(t.app, `/api/actions/${id}`, leader);
    await t.sql(`UPDATE action SET title = 'Get online Tuesdays at The Forum and Central Library' WHERE id = $1`, [id]);
    expect((await get(t.app, `/api/actions/${id}`, leader)).body.title).toBe('Get online Tuesdays at The Forum and Central Library');
  });

  it("never gives one user another's answer", async () => {
    const [working, board] = [await signIn('working@steerline.example'), await signIn('board@steerline.example')];
    const mine = async (cookie: string[]) => (await get(t.app, '/api/dashboard', cookie)).body.myActionsNeedingUpdate.items.map((item: { reference: string }) => item.reference);
    const [workingFirst, boardFirst] = [await mine(working), await mine(board)];
    expect(workingFirst).not.toEqual(boardFirst);
    expect(await mine(working)).toEqual(workingFirst);
    expect(await mine(board)).toEqual(boardFirst);
  });

  it('lets a kept answer go after READ_CACHE_SECONDS, since some pages depend on the clock', async () => {
    const leader = await signIn('leader@steerline.example');
    await get(replica, '/api/dashboard', leader);
    statements.replica.length = 0;
    await get(replica, '/api/dashboard', leader);
    expect(statements.replica).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await get(replica, '/api/dashboard', leader);
    expect(statements.replica.length).toBeGreaterThan(0);
  });
});
