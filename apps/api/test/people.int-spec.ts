import { tokenOf } from './support/accounts.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const ADMIN = 'admin@steerline.example';
const WORKING = 'working@steerline.example';
const NON_ADMINS = ['leader@steerline.example', 'board@steerline.example', WORKING, 'partner@steerline.example'];
const EVERYONE = [ADMIN, ...NON_ADMINS];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const NEW_PASSWORD = 'a-long-first-password';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const fields = (body: { error: { details: { field: string }[] } }) => body.error.details.map((detail) => detail.field).sort();

describe('people administration and the directory', () => {
  let t: TestApp;
  let admin: Agent;
  const agents: Record<string, Agent> = {};
  const userId = async (email: string) => (await t.sql<{ id: string }>('SELECT id FROM app_user WHERE lower(email) = lower($1)', [email]))[0].id;
  const bodyId = async (kind: string) => (await t.sql<{ id: string }>('SELECT id FROM body WHERE kind = $1', [kind]))[0].id;
  const versionOf = async (id: string) => (await t.sql<{ version: number }>('SELECT version FROM app_user WHERE id = $1', [id]))[0].version;

  beforeAll(async () => {
    t = await createTestApp();
    for (const email of EVERYONE) agents[email] = await t.signIn(email);
    admin = agents[ADMIN];
  });
  afterAll(() => t.close());

  describe('directory', () => {
    it.each(EVERYONE)('lists active people for owner pickers to %s', async (email) => {
      const response = await agents[email].get('/api/people').expect(200);
      expect(response.body.map((p: { name: string }) => p.name)).toEqual(['Alex Admin', 'Bola Board', 'Lesley Leader', 'Pat Partner', 'Wren Working']);
      expect(Object.keys(response.body[0]).sort()).toEqual(['id', 'name']);
    });

    it.each(EVERYONE)('lists the governance bodies with member counts to %s', async (email) => {
      const response = await agents[email].get('/api/bodies').expect(200);
      expect(response.body).toHaveLength(4);
      expect(response.body).toContainEqual({
        id: expect.any(String),
        name: 'Channel shift board',
        kind: 'channel_shift_board',
        remit: 'Monitors progress of actions and agrees any escalation.',
        memberCount: 1,
        reportsTo: null,
        retired: false,
        version: 1,
      });
    });

    it('refuses anonymous readers', async () => {
      await t.http.get('/api/people').expect(401);
      await t.http.get('/api/bodies').expect(401);
      await t.http.get('/api/admin/users').expect(401);
    });
  });

  describe('listing users', () => {
    it('shows an admin every user with bodies, partner and whether active', async () => {
      const response = await admin.get('/api/admin/users').expect(200);
      expect(response.body).toHaveLength(5);
      const pat = response.body.find((u: { email: string }) => u.email === 'partner@steerline.example');
      expect(pat).toEqual({
        id: expect.any(String),
        email: 'partner@steerline.example',
        name: 'Pat Partner',
        isAdmin: false,
        isActive: true,
        status: 'active',
        twoFactor: false,
        partner: { id: expect.any(String), name: 'Barclays Digital Eagles' },
        bodies: [{ id: expect.any(String), name: 'External digital steering group', kind: 'external_steering_group' }],
        version: 1,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
      expect(JSON.stringify(response.body)).not.toMatch(/password|argon/i);
    });

    it.each(NON_ADMINS)('refuses the user administration list to %s', async (email) => {
      await agents[email].get('/api/admin/users').expect(403);
    });
  });

  describe('creating users', () => {
    it('lets an admin invite someone, who can sign in once they set a password from the link and has their bodies', async () => {
      const board = await bodyId('channel_shift_board');
      const response = await admin
        .post('/api/admin/users')
        .send({ email: 'Casey.Council@Norwich.example', name: 'Casey Council', bodyIds: [board] })
        .expect(201);
      expect(response.body).toMatchObject({
        email: 'Casey.Council@Norwich.example',
        name: 'Casey Council',
        isAdmin: false,
        isActive: true,
        partner: null,
        bodies: [{ id: board, kind: 'channel_shift_board' }],
        version: 1,
        status: 'invited',
      });
      await t.http.post('/api/account/set-password').send({ token: tokenOf(response.body.invitation.link), password: NEW_PASSWORD }).expect(200);
      const casey = await t.signIn('casey.council@norwich.example', NEW_PASSWORD);
      expect((await casey.get('/api/me').expect(200)).body.permissions).toContain('escalation:decide');

      const [stored] = await t.sql<{ password_hash: string }>('SELECT password_hash FROM app_user WHERE id = $1', [response.body.id]);
      expect(stored.password_hash).toMatch(/^\$argon2id\$/);
      const audit = await t.sql<{ operation: string; actor_id: string; changes: Record<string, unknown> }>(
        `SELECT operation, actor_id, changes FROM audit_event WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`,
        [response.body.id],
      );
      expect(audit.map((row) => row.operation)).toEqual(['create', 'issue_link', 'set_password']);
      expect(audit[0]).toMatchObject({ operation: 'create', actor_id: await userId(ADMIN), changes: { name: { before: null, after: 'Casey Council' }, bodyIds: { before: null, after: [board] } } });
      expect(JSON.stringify(audit)).not.toMatch(/argon|a-long-first-password/i);
    });

    it('creates a partner-linked admin without bodies', async () => {
      const barclays = (await t.sql<{ id: string }>(`SELECT id FROM partner WHERE name = 'Barclays Digital Eagles'`))[0].id;
      const response = await admin
        .post('/api/admin/users')
        .send({ email: 'eagle@barclays.example', name: 'Eddie Eagle', partnerId: barclays, isAdmin: true })
        .expect(201);
      expect(response.body).toMatchObject({ isAdmin: true, bodies: [], partner: { id: barclays, name: 'Barclays Digital Eagles' } });
    });

    it('refuses an email address someone already has, whatever its case', async () => {
      const response = await admin.post('/api/admin/users').send({ email: 'BOARD@steerline.example', name: 'Copy' }).expect(409);
      expect(response.body.error).toMatchObject({ code: 'conflict', details: [{ field: 'email' }] });
      expect(await t.sql(`SELECT 1 FROM app_user WHERE name = 'Copy'`)).toHaveLength(0);
    });

    it('takes no password from the administrator: the person chooses their own', async () => {
      const response = await admin.post('/api/admin/users').send({ email: 'typed@example.org', name: 'Typed', password: NEW_PASSWORD }).expect(400);
      expect(response.body.error.details).toEqual([{ field: 'password', messages: ['property password should not exist'] }]);
    });

    it.each([
      [{ name: 'No email' }, ['email']],
      [{ email: 'bad-email', name: 'X' }, ['email']],
      [{ email: 'x@example.org', name: ' ' }, ['name']],
      [{ email: 'x@example.org', name: 'X', bodyIds: ['not-a-uuid'] }, ['bodyIds']],
      [{ email: 'x@example.org', name: 'X', bodyIds: [UNKNOWN_ID] }, ['bodyIds']],
      [{ email: 'x@example.org', name: 'X', partnerId: UNKNOWN_ID }, ['partnerId']],
      [{ email: 'x@example.org', name: 'X', isAdmin: 'yes' }, ['isAdmin']],
      [{ email: 'x@example.org', name: 'X', isActive: false }, ['isActive']],
    ])('refuses %j', async (body, invalid) => {
      expect(fields((await admin.post('/api/admin/users').send(body).expect(400)).body)).toEqual(invalid);
    });

    it.each(NON_ADMINS)('refuses to let %s create users', async (email) => {
      await agents[email].post('/api/admin/users').send({ email: 'sneaky@example.org', name: 'Sneaky', isAdmin: true }).expect(403);
      expect(await t.sql(`SELECT 1 FROM app_user WHERE email = 'sneaky@example.org'`)).toHaveLength(0);
    });
  });

  describe('editing users', () => {
    it('moves someone to another body; their rights change on their next request; audited', async () => {
      const leaderId = await userId('leader@steerline.example');
      const board = await bodyId('channel_shift_board');
      const leader = agents['leader@steerline.example'];
      expect((await leader.get('/api/me').expect(200)).body.permissions).not.toContain('escalation:decide');

      const response = await admin.patch(`/api/admin/users/${leaderId}`).send({ version: 1, name: 'Lesley Leader-Board', bodyIds: [board] }).expect(200);
      expect(response.body).toMatchObject({ name: 'Lesley Leader-Board', bodies: [{ id: board }], version: 2 });
      const me = (await leader.get('/api/me').expect(200)).body;
      expect(me.permissions).toContain('escalation:decide');
      expect(me.permissions).not.toContain('review:sign-off');

      const [audit] = await t.sql<{ operation: string; changes: Record<string, unknown> }>(
        `SELECT operation, changes FROM audit_event WHERE entity_type = 'user' AND entity_id = $1`,
        [leaderId],
      );
      expect(audit).toEqual({
        operation: 'edit',
        changes: { name: { before: 'Lesley Leader', after: 'Lesley Leader-Board' }, bodyIds: { before: [await bodyId('leadership_team')], after: [board] } },
      });
    });

    it('refuses a stale edit with the current user, and changes nothing', async () => {
      const leaderId = await userId('leader@steerline.example');
      const response = await admin.patch(`/api/admin/users/${leaderId}`).send({ version: 1, isAdmin: true }).expect(409);
      expect(response.body.error).toMatchObject({ code: 'stale_version', details: { current: { name: 'Lesley Leader-Board', version: 2, isAdmin: false } } });
      expect(await versionOf(leaderId)).toBe(2);
    });

    it('links and unlinks a partner', async () => {
      const boardId = await userId('board@steerline.example');
      const forum = (await t.sql<{ id: string }>(`SELECT id FROM partner WHERE name = 'The Forum'`))[0].id;
      const linked = await admin.patch(`/api/admin/users/${boardId}`).send({ version: 1, partnerId: forum }).expect(200);
      expect(linked.body.partner).toEqual({ id: forum, name: 'The Forum' });
      const unlinked = await admin.patch(`/api/admin/users/${boardId}`).send({ version: 2, partnerId: null }).expect(200);
      expect(unlinked.body).toMatchObject({ partner: null, version: 3 });
    });

    it('refuses an admin removing their own admin rights', async () => {
      const adminId = await userId(ADMIN);
      const response = await admin.patch(`/api/admin/users/${adminId}`).send({ version: 1, isAdmin: false }).expect(403);
      expect(response.body.error.message).toMatch(/own administrator rights/);
      expect((await admin.get('/api/me').expect(200)).body.isAdmin).toBe(true);
    });

    it('answers 404 for an unknown user, 400 for a malformed id, a missing version or a null name', async () => {
      await admin.patch(`/api/admin/users/${UNKNOWN_ID}`).send({ version: 1, name: 'Nobody' }).expect(404);
      await admin.patch('/api/admin/users/nope').send({ version: 1, name: 'Nobody' }).expect(400);
      const workingId = await userId(WORKING);
      expect(fields((await admin.patch(`/api/admin/users/${workingId}`).send({ name: 'X' }).expect(400)).body)).toEqual(['version']);
      expect(fields((await admin.patch(`/api/admin/users/${workingId}`).send({ version: 1, name: null, bodyIds: null }).expect(400)).body)).toEqual(['bodyIds', 'name']);
      expect(fields((await admin.patch(`/api/admin/users/${workingId}`).send({ version: 1, email: 'new@example.org' }).expect(400)).body)).toEqual(['email']);
    });

    it.each(NON_ADMINS)('refuses edits by %s, even of themselves', async (email) => {
      const id = await userId(email);
      await agents[email].patch(`/api/admin/users/${id}`).send({ version: await versionOf(id), isAdmin: true }).expect(403);
      expect((await t.sql<{ is_admin: boolean }>('SELECT is_admin FROM app_user WHERE id = $1', [id]))[0].is_admin).toBe(false);
    });
  });
});
