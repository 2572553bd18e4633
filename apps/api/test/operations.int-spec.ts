import { DatabaseBootstrap } from '../src/database/database-bootstrap.service.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('operations', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t.close());

  it('reports the process up at /api/health and the database reachable at /api/ready', async () => {
    expect((await t.http.get('/api/health').expect(200)).body).toEqual({ status: 'ok' });
    expect((await t.http.get('/api/ready').expect(200)).body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('publishes the OpenAPI description with the sign-in route', async () => {
    const response = await t.http.get('/api/docs/openapi.json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(expect.arrayContaining(['/api/auth/sign-in', '/api/me', '/api/ready']));
  });

  it('seeds the demo data from the strategy once, however often it starts', async () => {
    const count = async () => (await t.sql<{ n: number }>(`SELECT
        (SELECT count(*) FROM strategy) + (SELECT count(*) FROM priority) + (SELECT count(*) FROM body) +
        (SELECT count(*) FROM population_segment) + (SELECT count(*) FROM partner) + (SELECT count(*) FROM app_user) +
        (SELECT count(*) FROM action) AS n`))[0].n;
    const before = Number(await count());
    expect(before).toBe(1 + 6 + 4 + 8 + 4 + 5 + 3);
    await t.app.get(DatabaseBootstrap).prepare();
    expect(Number(await count())).toBe(before);
    const segments = await t.sql<{ name: string }>(`SELECT name FROM population_segment WHERE very_low_propensity ORDER BY household_share`);
    expect(segments.map((s) => s.name)).toEqual([
      'Families in low-rise social housing with high levels of benefit need',
      'Young people renting flats in high density social housing',
      'Lower income workers in urban terraces in often diverse areas',
      'Elderly people reliant on state support',
    ]);
    const actions = await t.sql<{ reference: string; title: string }>(`SELECT reference, title FROM action ORDER BY reference`);
    expect(actions.map((a) => a.reference)).toEqual(['DI-001', 'DI-002', 'DI-003']);
  });

  it('stores passwords as argon2id hashes', async () => {
    const [{ password_hash }] = await t.sql<{ password_hash: string }>(`SELECT password_hash FROM app_user LIMIT 1`);
    expect(password_hash).toMatch(/^\$argon2id\$/);
  });
});

describe('SEED_DEMO=false', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ SEED_DEMO: 'false' })));
  afterAll(() => t.close());

  it('migrates but writes no demo data, so no demo user can sign in', async () => {
    expect(await t.sql(`SELECT 1 FROM app_user`)).toHaveLength(0);
    await t.http.post('/api/auth/sign-in').send({ email: 'admin@steerline.example', password: 'steerline-demo-2026' }).expect(401);
  });
});
