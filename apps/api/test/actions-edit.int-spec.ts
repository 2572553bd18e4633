import { randomUUID } from 'node:crypto';
import { ADMIN, LEADER, BOARD, WORKING, PARTNER, demoIds } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';


const SOME_UUID = '6f1c0c36-2f6a-4c1e-9d7e-3b2a1c0d9e8f';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const fields = (response: { body: { error: { details: { field: string }[] } } }) => response.body.error.details.map((detail) => detail.field);

describe('editing and cancelling actions', () => {
  let t: TestApp;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(id, await demoIds(t));
  });
  afterAll(() => t.close());

  const current = async (agent: Agent, actionId: string) => (await agent.get(`/api/actions/${actionId}`).expect(200)).body;
  const auditRows = (actionId: string) =>
    t.sql<{ operation: string; actor_id: string; changes: Record<string, { before: unknown; after: unknown }> }>(
      `SELECT operation, actor_id, changes FROM audit_event WHERE entity_type = 'action' AND entity_id = $1 ORDER BY id`,
      [actionId],
    );
  const createAction = async (agent: Agent, extra: Record<string, unknown> = {}) =>
    (
      await agent
        .post('/api/actions')
        .send({ title: 'Library code clubs', priorityId: id.priority2, ownerId: id[BOARD], owningBodyId: id.channel_shift_board, ...extra })
        .expect(201)
    ).body;

  describe('PATCH /api/actions/:id', () => {
    it('changes only the fields sent, replaces the lists, bumps the version and audits what changed', async () => {
      const agent = await t.signIn(BOARD);
      const before = await current(agent, id['DI-003']);
      const { body } = await agent
        .patch(`/api/actions/${id['DI-003']}`)
        .send({
          version: before.version,
          title: 'Digital training for excluded groups',
          ownerId: id[WORKING],
          partnerIds: [id['The Forum']],
          segmentIds: [],
          dueDate: '2027-12-31',
        })
        .expect(200);
      expect(body).toMatchObject({
        title: 'Digital training for excluded groups',
        owner: { name: 'Wren Working' },
        partners: [{ name: 'The Forum' }],
        segments: [],
        startDate: '2027-01-01',
        dueDate: '2027-12-31',
        description: before.description,
        version: before.version + 1,
      });
      const [edit] = (await auditRows(id['DI-003'])).filter((row) => row.operation === 'edit');
      expect(edit.actor_id).toBe(id[BOARD]);
      expect(Object.keys(edit.changes).sort()).toEqual(['dueDate', 'owner', 'partners', 'segments', 'title']);
      expect(edit.changes.title).toEqual({ before: 'Digital training for the most digitally excluded groups', after: 'Digital training for excluded groups' });
      expect(edit.changes.owner).toEqual({ before: { id: id[BOARD], name: 'Bola Board' }, after: { id: id[WORKING], name: 'Wren Working' } });
    });

    it('keeps RAG in step with a status set by hand: complete is blue at 100%, not started grey at 0%', async () => {
      const agent = await t.signIn(LEADER);
      const action = await createAction(agent);
      const started = (await agent.patch(`/api/actions/${action.id}`).send({ version: 1, status: 'in_progress' }).expect(200)).body;
      expect(started).toMatchObject({ status: 'in_progress', rag: 'green', percentComplete: 0 });
      const done = (await agent.patch(`/api/actions/${action.id}`).send({ version: 2, status: 'complete' }).expect(200)).body;
      expect(done).toMatchObject({ status: 'complete', rag: 'blue', percentComplete: 100 });
      const reset = (await agent.patch(`/api/actions/${action.id}`).send({ version: 3, status: 'not_started' }).expect(200)).body;
      expect(reset).toMatchObject({ status: 'not_started', rag: 'grey', percentComplete: 0 });
    });

    it('refuses a stale version with 409 and the current action, changing nothing', async () => {
      const agent = await t.signIn(BOARD);
      const action = await createAction(agent);
      await agent.patch(`/api/actions/${action.id}`).send({ version: 1, title: 'First edit' }).expect(200);
      const stale = await agent.patch(`/api/actions/${action.id}`).send({ version: 1, title: 'Second edit' }).expect(409);
      expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { current: { id: action.id, title: 'First edit', version: 2 } } });
      expect(stale.body.error.details.current.can).toEqual({ edit: true, postUpdate: true, cancel: true });
      expect((await current(agent, action.id)).title).toBe('First edit');
      expect((await auditRows(action.id)).map((row) => row.operation)).toEqual(['create', 'edit']);
    });

    it.each([
      ['no version', { title: 'x' }, 'version'],
      ['a null title', { version: 1, title: null }, 'title'],
      ['a blank title', { version: 1, title: ' ' }, 'title'],
      ['cancelling through an edit', { version: 1, status: 'cancelled' }, 'status'],
      ['an impossible due date', { version: 1, dueDate: '2027-02-29' }, 'dueDate'],
      ['an unknown owner', { version: 1, ownerId: randomUUID() }, 'ownerId'],
      ['an unknown segment', { version: 1, segmentIds: [randomUUID()] }, 'segmentIds'],
      ['the same partner twice', { version: 1, partnerIds: [SOME_UUID, SOME_UUID] }, 'partnerIds'],
      ['a partner id that is not a uuid', { version: 1, partnerIds: ['The Forum'] }, 'partnerIds'],
    ])('refuses %s with 400 naming the field', async (_case, patch, field) => {
      const agent = await t.signIn(BOARD);
      const action = await createAction(agent);
      const response = await agent.patch(`/api/actions/${action.id}`).send(patch).expect(400);
      expect(fields(response)).toContain(field);
      expect((await current(agent, action.id)).version).toBe(1);
    });

    it('checks a new due date against the start date already stored', async () => {
      const agent = await t.signIn(BOARD);
      const action = await createAction(agent, { startDate: '2026-09-01', dueDate: '2026-12-31' });
      const response = await agent.patch(`/api/actions/${action.id}`).send({ version: 1, dueDate: '2026-08-31' }).expect(400);
      expect(fields(response)).toEqual(['dueDate']);
      await agent.patch(`/api/actions/${action.id}`).send({ version: 1, dueDate: null }).expect(200);
    });

    it('updates milestones by id, adds new ones, removes left-out open ones and refuses to remove a done one', async () => {
      const agent = await t.signIn(BOARD);
      const action = await createAction(agent, {
        milestones: [
          { title: 'Venues booked', dueDate: '2026-05-01', doneDate: '2026-04-20' },
          { title: 'Volunteers found', dueDate: '2026-06-01' },
          { title: 'First club', dueDate: '2026-07-01' },
        ],
      });
      const [booked, volunteers, firstClub] = action.milestones;
      const refused = await agent
        .patch(`/api/actions/${action.id}`)
        .send({ version: 1, milestones: [{ id: volunteers.id, title: 'Volunteers found', dueDate: '2026-06-01' }] })
        .expect(400);
      expect(refused.body.error.details).toEqual([{ field: 'milestones', messages: ['The milestone "Venues booked" is done, so it cannot be removed'] }]);

      const { body } = await agent
        .patch(`/api/actions/${action.id}`)
        .send({
          version: 1,
          milestones: [
            { id: booked.id, title: booked.title, dueDate: booked.dueDate, doneDate: booked.doneDate },
            { id: volunteers.id.toUpperCase(), title: 'Volunteers trained', dueDate: '2026-06-15', doneDate: '2026-06-10' },
            { title: 'Second club', dueDate: '2026-08-01' },
          ],
        })
        .expect(200);
      expect(body.milestones).toEqual([
        booked,
        { id: volunteers.id, title: 'Volunteers trained', dueDate: '2026-06-15', doneDate: '2026-06-10' },
        { id: expect.any(String), title: 'Second club', dueDate: '2026-08-01', doneDate: null },
      ]);
      expect(await t.sql(`SELECT 1 FROM milestone WHERE id = $1`, [firstClub.id])).toHaveLength(0);
    });

    it('refuses a milestone or measure id that belongs to another action', async () => {
      const agent = await t.signIn(BOARD);
      const other = await createAction(agent, { milestones: [{ title: 'Elsewhere', dueDate: '2026-05-01' }], measures: [{ name: 'Elsewhere' }] });
      const action = await createAction(agent);
      const milestone = await agent
        .patch(`/api/actions/${action.id}`)
        .send({ version: 1, milestones: [{ id: other.milestones[0].id, title: 'Mine now', dueDate: '2026-05-01' }] })
        .expect(400);
      expect(fields(milestone)).toEqual(['milestones.0.id']);
      const measure = await agent.patch(`/api/actions/${action.id}`).send({ version: 1, measures: [{ id: other.measures[0].id, name: 'Mine' }] }).expect(400);
      expect(fields(measure)).toEqual(['measures.0.id']);
      const untouched = await current(agent, other.id);
      expect([untouched.milestones[0].title, untouched.measures[0].name]).toEqual(['Elsewhere', 'Elsewhere']);
    });

    it('updates and removes measures, but refuses to remove one with reported values', async () => {
      const agent = await t.signIn(BOARD);
      const action = await createAction(agent, { measures: [{ name: 'Children attending', target: 100 }, { name: 'Sessions run' }, { name: 'Laptops lent' }] });
      const [children, sessions] = action.measures;
      await agent
        .post(`/api/actions/${action.id}/updates`)
        .send({ commentary: 'First term', rag: 'green', percentComplete: 10, measureValues: [{ measureId: children.id, value: 12 }] })
        .expect(201);
      const refused = await agent.patch(`/api/actions/${action.id}`).send({ version: 2, measures: [{ id: sessions.id, name: 'Sessions run' }] }).expect(400);
      expect(refused.body.error.details).toEqual([
        { field: 'measures', messages: ['The measure "Children attending" has values reported in progress updates, so it cannot be removed'] },
      ]);
      const { body } = await agent
        .patch(`/api/actions/${action.id}`)
        .send({ version: 2, measures: [{ id: children.id, name: 'Children attending', unit: 'children', target: 150 }, { name: 'Parents attending' }] })
        .expect(200);
      expect(body.measures).toEqual([
        { id: children.id, name: 'Children attending', unit: 'children', target: 150, baseline: null, latestValue: 12 },
        { id: expect.any(String), name: 'Parents attending', unit: '', target: null, baseline: null, latestValue: null },
      ]);
    });

    it.each([ADMIN, LEADER, BOARD, WORKING])('lets %s edit an action of any body', async (email) => {
      const agent = await t.signIn(email);
      const action = await current(agent, id['DI-001']);
      await agent.patch(`/api/actions/${action.id}`).send({ version: action.version, description: `Edited by ${email}` }).expect(200);
    });

    it('lets an external steering group member edit their body’s action, but not others or move it to another body', async () => {
      const agent = await t.signIn(PARTNER);
      const own = await current(agent, id['DI-001']);
      await agent.patch(`/api/actions/${own.id}`).send({ version: own.version, description: 'Edited by Pat' }).expect(200);
      const move = await agent.patch(`/api/actions/${own.id}`).send({ version: own.version + 1, owningBodyId: id.internal_working_group }).expect(403);
      expect(move.body.error.code).toBe('forbidden');
      for (const reference of ['DI-002', 'DI-003']) {
        const action = await current(agent, id[reference]);
        await agent.patch(`/api/actions/${action.id}`).send({ version: action.version, title: 'Taken over' }).expect(403);
        expect((await current(agent, action.id)).title).toBe(action.title);
      }
    });

    it('answers 404 for an unknown or malformed id', async () => {
      const agent = await t.signIn(ADMIN);
      await agent.patch(`/api/actions/${randomUUID()}`).send({ version: 1, title: 'x' }).expect(404);
      await agent.patch(`/api/actions/DI-001`).send({ version: 1, title: 'x' }).expect(404);
    });
  });

  describe('POST /api/actions/:id/cancel', () => {
    it('cancels with a reason, keeps the action readable and closes it to edits and updates', async () => {
      const agent = await t.signIn(BOARD);
      const action = await createAction(agent);
      const { body } = await agent.post(`/api/actions/${action.id}/cancel`).send({ version: 1, reason: 'Merged into DI-002' }).expect(200);
      expect(body).toMatchObject({ status: 'cancelled', cancelledReason: 'Merged into DI-002', version: 2 });
      expect(body.can).toEqual({ edit: false, postUpdate: false, cancel: false });
      expect((await current(agent, action.id)).status).toBe('cancelled');

      const edit = await agent.patch(`/api/actions/${action.id}`).send({ version: 2, title: 'Revived' }).expect(409);
      expect(edit.body.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/is cancelled/) });
      const again = await agent.post(`/api/actions/${action.id}/cancel`).send({ version: 2, reason: 'Twice' }).expect(409);
      expect(again.body.error.code).toBe('conflict');
      const update = await agent.post(`/api/actions/${action.id}/updates`).send({ commentary: 'Still going', rag: 'green', percentComplete: 5 }).expect(409);
      expect(update.body.error.code).toBe('conflict');

      const rows = await auditRows(action.id);
      expect(rows.map((row) => row.operation)).toEqual(['create', 'cancel']);
      expect(rows[1].changes).toEqual({
        status: { before: 'not_started', after: 'cancelled' },
        cancelledReason: { before: null, after: 'Merged into DI-002' },
      });
    });

    it('refuses a cancellation without a reason or with a stale version', async () => {
      const agent = await t.signIn(BOARD);
      const action = await createAction(agent);
      expect(fields(await agent.post(`/api/actions/${action.id}/cancel`).send({ version: 1, reason: '  ' }).expect(400))).toEqual(['reason']);
      expect(fields(await agent.post(`/api/actions/${action.id}/cancel`).send({ reason: 'Done with' }).expect(400))).toEqual(['version']);
      await agent.patch(`/api/actions/${action.id}`).send({ version: 1, title: 'Renamed' }).expect(200);
      const stale = await agent.post(`/api/actions/${action.id}/cancel`).send({ version: 1, reason: 'Done with' }).expect(409);
      expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { current: { title: 'Renamed', status: 'not_started' } } });
    });

    it('lets only those who may edit the action cancel it', async () => {
      const partner = await t.signIn(PARTNER);
      const di002 = await current(partner, id['DI-002']);
      await partner.post(`/api/actions/${di002.id}/cancel`).send({ version: di002.version, reason: 'Not needed' }).expect(403);
      const own = await createAction(partner, { ownerId: id[PARTNER], owningBodyId: id.external_steering_group });
      await partner.post(`/api/actions/${own.id}/cancel`).send({ version: 1, reason: 'Duplicate' }).expect(200);
      const working = await t.signIn(WORKING);
      const other = await createAction(working);
      await working.post(`/api/actions/${other.id}/cancel`).send({ version: 1, reason: 'Duplicate' }).expect(200);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      const agent = await t.signIn(ADMIN);
      await agent.post(`/api/actions/${randomUUID()}/cancel`).send({ version: 1, reason: 'x' }).expect(404);
      await agent.post(`/api/actions/123/cancel`).send({ version: 1, reason: 'x' }).expect(404);
    });
  });
});
