import { createTestApp, type TestApp } from './support/test-app.js';

const ADMIN = 'admin@steerline.example';
const NON_ADMINS = ['leader@steerline.example', 'board@steerline.example', 'working@steerline.example', 'partner@steerline.example'];
const EVERYONE = [ADMIN, ...NON_ADMINS];
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const fields = (body: { error: { details: { field: string }[] } }) => body.error.details.map((detail) => detail.field).sort();
const localDate = (offsetDays: number) => {
  const day = new Date();
  day.setDate(day.getDate() + offsetDays);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
};

describe('partners', () => {
  let t: TestApp;
  let admin: Agent;
  const agents: Record<string, Agent> = {};
  const partnerId = async (name: string) => (await t.sql<{ id: string }>('SELECT id FROM partner WHERE name = $1', [name]))[0].id;

  beforeAll(async () => {
    t = await createTestApp();
    for (const email of EVERYONE) agents[email] = await t.signIn(email);
    admin = agents[ADMIN];
  });
  afterAll(() => t.close());

  describe('reading', () => {
    it.each(EVERYONE)('lists the partners with their live action counts for %s', async (email) => {
      const response = await agents[email].get('/api/partners').expect(200);
      const counts = Object.fromEntries(response.body.map((p: { name: string; liveActionCount: number }) => [p.name, p.liveActionCount]));
      expect(counts).toEqual({ 'Barclays Digital Eagles': 2, 'Citizens Online': 2, 'The Forum': 1, 'The library service': 3 });
      expect(response.body[0]).toEqual({ id: expect.any(String), name: 'Barclays Digital Eagles', description: expect.any(String), liveActionCount: 2, version: 1 });
    });

    it('refuses an anonymous reader', async () => {
      await t.http.get('/api/partners').expect(401);
    });

    it.each(EVERYONE)('shows a partner with the live actions it works on to %s', async (email) => {
      const response = await agents[email].get(`/api/partners/${await partnerId('Barclays Digital Eagles')}`).expect(200);
      expect(response.body).toMatchObject({ name: 'Barclays Digital Eagles', contacts: [], protocols: [], liveActionCount: 2, version: 1 });
      expect(response.body.liveActions).toEqual([
        { id: expect.any(String), reference: 'DI-001', title: 'Get online Tuesdays at The Forum', rag: 'green', status: 'in_progress' },
        { id: expect.any(String), reference: 'DI-002', title: 'Inline for online card', rag: 'amber', status: 'in_progress' },
      ]);
    });

    it('answers 404 for an unknown partner and 400 for a malformed id', async () => {
      expect((await admin.get(`/api/partners/${UNKNOWN_ID}`).expect(404)).body.error.code).toBe('not_found');
      expect((await admin.get('/api/partners/not-a-uuid').expect(400)).body.error.code).toBe('validation_failed');
    });
  });

  describe('creating and editing', () => {
    it('lets an admin add a partner, and audits it', async () => {
      const response = await admin.post('/api/partners').send({ name: '  Age UK Norwich ', description: 'Advice for older people' }).expect(201);
      expect(response.body).toMatchObject({ name: 'Age UK Norwich', description: 'Advice for older people', version: 1, liveActionCount: 0, liveActions: [] });
      const audit = await t.sql(`SELECT operation, changes FROM audit_event WHERE entity_type = 'partner' AND entity_id = $1`, [response.body.id]);
      expect(audit).toEqual([{ operation: 'create', changes: { name: { before: null, after: 'Age UK Norwich' }, description: { before: null, after: 'Advice for older people' } } }]);
      expect((await admin.get('/api/partners').expect(200)).body.map((p: { name: string }) => p.name)).toContain('Age UK Norwich');
    });

    it('refuses a second partner with the same name, whatever its case', async () => {
      const response = await admin.post('/api/partners').send({ name: 'the forum' }).expect(409);
      expect(response.body.error).toMatchObject({ code: 'conflict', details: [{ field: 'name' }] });
    });

    it('lists every invalid field', async () => {
      expect(fields((await admin.post('/api/partners').send({}).expect(400)).body)).toEqual(['name']);
      expect(fields((await admin.post('/api/partners').send({ name: '   ' }).expect(400)).body)).toEqual(['name']);
      expect(fields((await admin.post('/api/partners').send({ name: 'x'.repeat(201), description: 7 }).expect(400)).body)).toEqual(['description', 'name']);
      expect(fields((await admin.post('/api/partners').send({ name: 'Ok', version: 3 }).expect(400)).body)).toEqual(['version']);
    });

    it.each(NON_ADMINS)('refuses every partner change by %s', async (email) => {
      const agent = agents[email];
      const id = await partnerId('The Forum');
      await agent.post('/api/partners').send({ name: 'Sneaky partner' }).expect(403);
      await agent.patch(`/api/partners/${id}`).send({ version: 1, name: 'Renamed' }).expect(403);
      await agent.post(`/api/partners/${id}/contacts`).send({ name: 'Someone' }).expect(403);
      await agent.post(`/api/partners/${id}/protocols`).send({ protocolName: 'P', protocolVersion: '1', signedOn: '2026-01-01', signedBy: 'X' }).expect(403);
      expect(await t.sql(`SELECT 1 FROM partner WHERE name IN ('Sneaky partner', 'Renamed')`)).toHaveLength(0);
    });

    it('edits a partner with the version it was based on, and refuses a stale edit with the current partner', async () => {
      const id = await partnerId('Citizens Online');
      const edited = await admin.patch(`/api/partners/${id}`).send({ version: 1, description: 'Produced the segment analysis.' }).expect(200);
      expect(edited.body).toMatchObject({ name: 'Citizens Online', description: 'Produced the segment analysis.', version: 2 });

      const stale = await admin.patch(`/api/partners/${id}`).send({ version: 1, name: 'Citizens Offline' }).expect(409);
      expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { current: { version: 2, description: 'Produced the segment analysis.' } } });
      expect((await t.sql<{ name: string }>('SELECT name FROM partner WHERE id = $1', [id]))[0].name).toBe('Citizens Online');

      const audit = await t.sql(`SELECT operation, changes FROM audit_event WHERE entity_type = 'partner' AND entity_id = $1`, [id]);
      expect(audit).toEqual([{ operation: 'edit', changes: { description: { before: expect.any(String), after: 'Produced the segment analysis.' } } }]);
    });

    it('refuses renaming a partner to a name another partner has', async () => {
      const id = await partnerId('Citizens Online');
      await admin.patch(`/api/partners/${id}`).send({ version: 2, name: 'THE LIBRARY SERVICE' }).expect(409);
    });

    it('answers 404 for an edit of an unknown partner and 400 without a version', async () => {
      await admin.patch(`/api/partners/${UNKNOWN_ID}`).send({ version: 1, name: 'Nobody' }).expect(404);
      expect(fields((await admin.patch(`/api/partners/${await partnerId('The Forum')}`).send({ name: 'X' }).expect(400)).body)).toEqual(['version']);
      expect(fields((await admin.patch(`/api/partners/${await partnerId('The Forum')}`).send({ version: 1, name: null }).expect(400)).body)).toEqual(['name']);
    });
  });

  describe('contacts', () => {
    it('adds, lists, edits and removes a contact, auditing each change', async () => {
      const id = await partnerId('The Forum');
      const created = await admin
        .post(`/api/partners/${id}/contacts`)
        .send({ name: 'Fran Forum', role: 'Events manager', email: 'fran@theforum.example', phone: '01603 727950' })
        .expect(201);
      expect(created.body).toEqual({ id: expect.any(String), partnerId: id, name: 'Fran Forum', role: 'Events manager', email: 'fran@theforum.example', phone: '01603 727950', version: 1 });
      const contactId = created.body.id;

      for (const email of NON_ADMINS) {
        expect((await agents[email].get(`/api/partners/${id}/contacts`).expect(200)).body).toEqual([created.body]);
        await agents[email].patch(`/api/partners/${id}/contacts/${contactId}`).send({ version: 1, name: 'X' }).expect(403);
        await agents[email].delete(`/api/partners/${id}/contacts/${contactId}`).expect(403);
      }
      expect((await admin.get(`/api/partners/${id}`).expect(200)).body.contacts).toEqual([created.body]);

      const edited = await admin.patch(`/api/partners/${id}/contacts/${contactId}`).send({ version: 1, phone: '', role: 'Director' }).expect(200);
      expect(edited.body).toMatchObject({ role: 'Director', phone: null, email: 'fran@theforum.example', version: 2 });
      const stale = await admin.patch(`/api/partners/${id}/contacts/${contactId}`).send({ version: 1, name: 'Frances' }).expect(409);
      expect(stale.body.error.details.current).toMatchObject({ version: 2, role: 'Director' });

      await admin.delete(`/api/partners/${id}/contacts/${contactId}`).expect(204);
      expect((await admin.get(`/api/partners/${id}/contacts`).expect(200)).body).toEqual([]);
      await admin.delete(`/api/partners/${id}/contacts/${contactId}`).expect(404);

      const audit = await t.sql<{ operation: string; changes: Record<string, unknown> }>(
        `SELECT operation, changes FROM audit_event WHERE entity_type = 'partner_contact' AND entity_id = $1 ORDER BY id`,
        [contactId],
      );
      expect(audit.map((row) => row.operation)).toEqual(['create', 'edit', 'edit']);
      expect(audit[1].changes).toEqual({ role: { before: 'Events manager', after: 'Director' }, phone: { before: '01603 727950', after: null } });
      expect(audit[2].changes).toMatchObject({ name: { before: 'Fran Forum', after: null } });
    });

    it('validates the email address and phone number', async () => {
      const id = await partnerId('The Forum');
      const response = await admin.post(`/api/partners/${id}/contacts`).send({ name: 'Bad', email: 'not-an-email', phone: 'call me' }).expect(400);
      expect(fields(response.body)).toEqual(['email', 'phone']);
      expect(fields((await admin.post(`/api/partners/${id}/contacts`).send({ role: 'No name' }).expect(400)).body)).toEqual(['name']);
    });

    it('answers 404 for a contact of an unknown partner, or of another partner', async () => {
      await admin.get(`/api/partners/${UNKNOWN_ID}/contacts`).expect(404);
      await admin.post(`/api/partners/${UNKNOWN_ID}/contacts`).send({ name: 'Nobody' }).expect(404);
      const forum = await partnerId('The Forum');
      const contact = await admin.post(`/api/partners/${forum}/contacts`).send({ name: 'Kept' }).expect(201);
      const library = await partnerId('The library service');
      await admin.patch(`/api/partners/${library}/contacts/${contact.body.id}`).send({ version: 1, name: 'Moved' }).expect(404);
      await admin.delete(`/api/partners/${library}/contacts/${contact.body.id}`).expect(404);
      await admin.patch(`/api/partners/${forum}/contacts/not-a-uuid`).send({ version: 1 }).expect(400);
    });
  });

  describe('protocols', () => {
    const protocol = { protocolName: 'Inline for online signposting', protocolVersion: '1.0', signedOn: '2026-04-01', signedBy: 'Dee Director' };

    it('records a signed protocol, shows it on the partner, and audits it', async () => {
      const id = await partnerId('The library service');
      const signed = await admin.post(`/api/partners/${id}/protocols`).send(protocol).expect(201);
      expect(signed.body).toEqual({ id: expect.any(String), partnerId: id, ...protocol });
      expect((await agents['partner@steerline.example'].get(`/api/partners/${id}/protocols`).expect(200)).body).toEqual([signed.body]);
      expect((await admin.get(`/api/partners/${id}`).expect(200)).body.protocols).toEqual([signed.body]);
      const audit = await t.sql(`SELECT operation, changes FROM audit_event WHERE entity_type = 'partner_protocol' AND entity_id = $1`, [signed.body.id]);
      expect(audit).toEqual([{ operation: 'create', changes: expect.objectContaining({ signedOn: { before: null, after: '2026-04-01' } }) }]);
    });

    it('accepts today and refuses a date in the future or not a real date', async () => {
      const id = await partnerId('The library service');
      await admin.post(`/api/partners/${id}/protocols`).send({ ...protocol, signedOn: localDate(0) }).expect(201);
      const future = await admin.post(`/api/partners/${id}/protocols`).send({ ...protocol, signedOn: localDate(2) }).expect(400);
      expect(future.body.error.details).toEqual([{ field: 'signedOn', messages: ['The date signed must be today or in the past'] }]);
      expect(fields((await admin.post(`/api/partners/${id}/protocols`).send({ ...protocol, signedOn: '2026-02-30' }).expect(400)).body)).toEqual(['signedOn']);
      expect(fields((await admin.post(`/api/partners/${id}/protocols`).send({}).expect(400)).body)).toEqual(['protocolName', 'protocolVersion', 'signedBy', 'signedOn']);
    });

    it('answers 404 for an unknown partner', async () => {
      await admin.post(`/api/partners/${UNKNOWN_ID}/protocols`).send(protocol).expect(404);
      await admin.get(`/api/partners/${UNKNOWN_ID}/protocols`).expect(404);
    });
  });

  it('stops counting an action once it is complete or cancelled', async () => {
    await t.sql(`UPDATE action SET status = 'complete', rag = 'blue' WHERE reference = 'DI-001'`);
    await t.sql(`UPDATE action SET status = 'cancelled' WHERE reference = 'DI-002'`);
    const list = await admin.get('/api/partners').expect(200);
    const barclays = list.body.find((p: { name: string }) => p.name === 'Barclays Digital Eagles');
    expect(barclays.liveActionCount).toBe(0);
    const detail = await admin.get(`/api/partners/${await partnerId('The library service')}`).expect(200);
    expect(detail.body.liveActions.map((a: { reference: string }) => a.reference)).toEqual(['DI-003']);
  });
});
