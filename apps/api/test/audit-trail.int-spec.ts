import { createTestApp, type TestApp } from './support/test-app.js';

const ADMIN = 'admin@steerline.example';
const NON_ADMINS = ['leader@steerline.example', 'board@steerline.example', 'working@steerline.example', 'partner@steerline.example'];

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
interface Row {
  id: string;
  occurredAt: string;
  actor: { id: string; name: string } | null;
  operation: string;
  entityType: string;
  entityId: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}
const shiftDay = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const fields = (body: { error: { details: { field: string }[] } }) => body.error.details.map((detail) => detail.field).sort();

describe('admin audit trail', () => {
  let t: TestApp;
  let admin: Agent;
  let adminId: string;
  let partnerId: string;
  let userId: string;
  const trail = async (query: Record<string, string | number> = {}) => (await admin.get('/api/audit').query(query).expect(200)).body as { items: Row[]; total: number; page: number; pageSize: number };

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn(ADMIN);
    adminId = (await admin.get('/api/me').expect(200)).body.id;
    const partner = await admin.post('/api/partners').send({ name: 'Norfolk Community Foundation' }).expect(201);
    partnerId = partner.body.id;
    await admin.patch(`/api/partners/${partnerId}`).send({ version: 1, description: 'Grants for digital inclusion projects' }).expect(200);
    const user = await admin.post('/api/admin/users').send({ email: 'dana@example.org', name: 'Dana Digital' }).expect(201);
    userId = user.body.id;
    await admin.post(`/api/admin/users/${userId}/deactivate`).expect(200);
  });
  afterAll(() => t.close());

  it('shows an admin every change, newest first, with who made it and what changed', async () => {
    const page = await trail();
    expect(page).toMatchObject({ total: 5, page: 1, pageSize: 25 });
    expect(page.items.map((row) => [row.entityType, row.operation])).toEqual([
      ['user', 'deactivate'],
      ['user', 'issue_link'],
      ['user', 'create'],
      ['partner', 'edit'],
      ['partner', 'create'],
    ]);
    expect(page.items[3]).toEqual({
      id: expect.any(String),
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      actor: { id: adminId, name: 'Alex Admin' },
      operation: 'edit',
      entityType: 'partner',
      entityId: partnerId,
      changes: { description: { before: '', after: 'Grants for digital inclusion projects' } },
    });
  });

  it('filters by record type, record, actor and operation', async () => {
    expect((await trail({ entityType: 'partner' })).items.map((row) => row.operation)).toEqual(['edit', 'create']);
    expect((await trail({ entityId: userId })).items.map((row) => row.operation)).toEqual(['deactivate', 'issue_link', 'create']);
    expect((await trail({ operation: 'create' })).items.map((row) => row.entityId)).toEqual([userId, partnerId]);
    expect((await trail({ actor: adminId })).total).toBe(5);
    expect((await trail({ actor: userId })).total).toBe(0);
    expect((await trail({ entityType: 'user', operation: 'deactivate' })).items).toEqual([
      expect.objectContaining({ entityId: userId, changes: { isActive: { before: true, after: false } } }),
    ]);
  });

  it('filters by whole days, inclusive', async () => {
    const day = (await trail()).items[0].occurredAt.slice(0, 10);
    expect((await trail({ from: day, to: day })).total).toBe(5);
    expect((await trail({ from: shiftDay(day, 1) })).total).toBe(0);
    expect((await trail({ to: shiftDay(day, -1) })).total).toBe(0);
  });

  it('pages through the trail', async () => {
    const second = await trail({ page: 2, pageSize: 1 });
    expect(second).toMatchObject({ total: 5, page: 2, pageSize: 1 });
    expect(second.items.map((row) => [row.entityType, row.operation])).toEqual([['user', 'issue_link']]);
    expect((await trail({ page: 3, pageSize: 2 })).items.map((row) => [row.entityType, row.operation])).toEqual([['partner', 'create']]);
    expect((await trail({ page: 4, pageSize: 2 })).items).toEqual([]);
  });

  it('shows a change made by the system with no actor', async () => {
    await t.sql(`INSERT INTO audit_event (actor_id, operation, entity_type, entity_id, changes) VALUES (NULL, 'import', 'action', 'DI-001', '{}')`);
    const [row] = (await trail({ operation: 'import' })).items;
    expect(row).toMatchObject({ actor: null, entityType: 'action', entityId: 'DI-001', changes: {} });
  });

  it.each([
    [{ pageSize: 101 }, ['pageSize']],
    [{ page: 0 }, ['page']],
    [{ page: 'two' }, ['page']],
    [{ actor: 'someone' }, ['actor']],
    [{ from: '2026-13-01' }, ['from']],
    [{ to: 'yesterday' }, ['to']],
    [{ from: '2026-05-02', to: '2026-05-01' }, ['to']],
    [{ entityType: 'Partner; DROP TABLE audit_event' }, ['entityType']],
    [{ colour: 'red' }, ['colour']],
  ])('refuses the filter %j', async (query, invalid) => {
    expect(fields((await admin.get('/api/audit').query(query).expect(400)).body)).toEqual(invalid);
  });

  it.each(NON_ADMINS)('refuses the audit trail to %s', async (email) => {
    const agent = await t.signIn(email);
    await agent.get('/api/audit').expect(403);
  });

  it('refuses an anonymous reader', async () => {
    await t.http.get('/api/audit').expect(401);
  });
});
