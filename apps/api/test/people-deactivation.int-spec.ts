import { createTestApp, type TestApp } from './support/test-app.js';

const ADMIN = 'admin@steerline.example';
const WORKING = 'working@steerline.example';
const NON_ADMINS = ['leader@steerline.example', 'board@steerline.example', WORKING, 'partner@steerline.example'];
const EVERYONE = [ADMIN, ...NON_ADMINS];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const PASSWORD = 'steerline-demo-2026';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;

describe('deactivating and reactivating people', () => {
  let t: TestApp;
  let admin: Agent;
  const agents: Record<string, Agent> = {};
  const userId = async (email: string) => (await t.sql<{ id: string }>('SELECT id FROM app_user WHERE lower(email) = lower($1)', [email]))[0].id;
  const versionOf = async (id: string) => (await t.sql<{ version: number }>('SELECT version FROM app_user WHERE id = $1', [id]))[0].version;

  beforeAll(async () => {
    t = await createTestApp();
    for (const email of EVERYONE) agents[email] = await t.signIn(email);
    admin = agents[ADMIN];
  });
  afterAll(() => t.close());

  it.each(NON_ADMINS)('refuses deactivation and reactivation by %s', async (email) => {
    const target = await userId(email === WORKING ? 'board@steerline.example' : WORKING);
    await agents[email].post(`/api/admin/users/${target}/deactivate`).expect(403);
    await agents[email].post(`/api/admin/users/${target}/reactivate`).expect(403);
  });

  it('ends every session of the person at once, refuses their sign-in, and keeps their history', async () => {
    const workingId = await userId(WORKING);
    const secondSession = await t.signIn(WORKING);
    expect(await t.sql(`SELECT 1 FROM session WHERE sess->>'userId' = $1`, [workingId])).toHaveLength(2);

    const response = await admin.post(`/api/admin/users/${workingId}/deactivate`).expect(200);
    expect(response.body).toMatchObject({ isActive: false, name: 'Wren Working' });

    await agents[WORKING].get('/api/me').expect(401);
    await secondSession.get('/api/me').expect(401);
    expect(await t.sql(`SELECT 1 FROM session WHERE sess->>'userId' = $1`, [workingId])).toHaveLength(0);
    await t.http.post('/api/auth/sign-in').send({ email: WORKING, password: PASSWORD }).expect(401);

    const owned = await t.sql(`SELECT a.reference, u.name FROM action a JOIN app_user u ON u.id = a.owner_id WHERE a.owner_id = $1`, [workingId]);
    expect(owned).toEqual([{ reference: 'DI-002', name: 'Wren Working' }]);
    expect((await admin.get('/api/admin/users').expect(200)).body.find((u: { id: string }) => u.id === workingId)).toMatchObject({ isActive: false });
    expect((await admin.get('/api/people').expect(200)).body.map((p: { name: string }) => p.name)).not.toContain('Wren Working');
    const bodies = (await admin.get('/api/bodies').expect(200)).body;
    expect(bodies.find((b: { kind: string }) => b.kind === 'internal_working_group').memberCount).toBe(0);

    const audit = await t.sql(`SELECT operation, changes FROM audit_event WHERE entity_type = 'user' AND entity_id = $1 AND operation = 'deactivate'`, [workingId]);
    expect(audit).toEqual([{ operation: 'deactivate', changes: { isActive: { before: true, after: false } } }]);
  });

  it('changes nothing when asked to deactivate someone already inactive', async () => {
    const workingId = await userId(WORKING);
    const version = await versionOf(workingId);
    await admin.post(`/api/admin/users/${workingId}/deactivate`).expect(200);
    expect(await versionOf(workingId)).toBe(version);
    expect(await t.sql(`SELECT 1 FROM audit_event WHERE entity_id = $1 AND operation = 'deactivate'`, [workingId])).toHaveLength(1);
  });

  it('lets a reactivated person sign in again', async () => {
    const workingId = await userId(WORKING);
    const response = await admin.post(`/api/admin/users/${workingId}/reactivate`).expect(200);
    expect(response.body.isActive).toBe(true);
    const agent = await t.signIn(WORKING);
    await agent.get('/api/me').expect(200);
    const [audit] = await t.sql(`SELECT operation, changes FROM audit_event WHERE entity_id = $1 ORDER BY id DESC LIMIT 1`, [workingId]);
    expect(audit).toEqual({ operation: 'edit', changes: { isActive: { before: false, after: true } } });
  });

  it('refuses an admin deactivating themselves, and keeps them signed in', async () => {
    const response = await admin.post(`/api/admin/users/${await userId(ADMIN)}/deactivate`).expect(403);
    expect(response.body.error.message).toMatch(/own account/);
    await admin.get('/api/me').expect(200);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    await admin.post(`/api/admin/users/${UNKNOWN_ID}/deactivate`).expect(404);
    await admin.post(`/api/admin/users/${UNKNOWN_ID}/reactivate`).expect(404);
    await admin.post('/api/admin/users/12/deactivate').expect(400);
  });
});
