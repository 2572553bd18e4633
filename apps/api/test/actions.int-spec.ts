import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ActionsService } from '../src/actions/actions.service.js';
import { ADMIN, LEADER, BOARD, WORKING, PARTNER, demoIds } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';


const fields = (response: { body: { error: { details: { field: string }[] } } }) => response.body.error.details.map((detail) => detail.field);

describe('reading and creating actions', () => {
  let t: TestApp;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(id, await demoIds(t));
  });
  afterAll(() => t.close());

  const actionCount = async () => Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM action`))[0].n);

  const newAction = (overrides: Record<string, unknown> = {}) => ({
    title: 'Digital champions in every council team',
    description: 'Recruit and train a digital champion in each team.',
    priorityId: id.priority5,
    ownerId: id[WORKING],
    owningBodyId: id.internal_working_group,
    ...overrides,
  });

  describe('GET /api/actions/:id', () => {
    it('shows an action with its priority, owner, body, partners and segments', async () => {
      const agent = await t.signIn(PARTNER);
      const { body } = await agent.get(`/api/actions/${id['DI-001']}`).expect(200);
      expect(body).toMatchObject({
        id: id['DI-001'],
        reference: 'DI-001',
        title: 'Get online Tuesdays at The Forum',
        priority: { id: id.priority1, number: 1 },
        owner: { id: id[PARTNER], name: 'Pat Partner' },
        owningBody: { id: id.external_steering_group, name: 'External digital steering group' },
        status: 'in_progress',
        rag: 'green',
        percentComplete: 0,
        startDate: '2026-04-01',
        dueDate: '2027-03-31',
        lastUpdateAt: null,
        cancelledReason: null,
        milestones: [],
        measures: [],
        version: 1,
      });
      expect(body.partners.map((p: { name: string }) => p.name)).toEqual(['Barclays Digital Eagles', 'The Forum', 'The library service']);
      expect(body.segments.map((s: { name: string }) => s.name)).toEqual([
        'Elderly people reliant on state support',
        'Owner occupiers in older-style housing in ex-industrial areas',
      ]);
      expect(body.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    });

    const all = { edit: true, postUpdate: true, cancel: true };
    const editOnly = { edit: true, postUpdate: false, cancel: true };
    const updateOnly = { edit: false, postUpdate: true, cancel: false };
    const none = { edit: false, postUpdate: false, cancel: false };
    it.each([
      [ADMIN, all, all, all],
      [LEADER, all, all, all],
      [BOARD, all, all, all],
      [WORKING, editOnly, all, editOnly],
      [PARTNER, all, updateOnly, none],
    ])('tells %s what they may do with DI-001, DI-002 and DI-003', async (email, di001, di002, di003) => {
      const agent = await t.signIn(email);
      for (const [reference, expected] of [['DI-001', di001], ['DI-002', di002], ['DI-003', di003]] as const) {
        const { body } = await agent.get(`/api/actions/${id[reference]}`).expect(200);
        expect({ reference, can: body.can }).toEqual({ reference, can: expected });
      }
    });

    it('answers 404 for an unknown id and for a malformed one, and 401 without a session', async () => {
      const agent = await t.signIn(BOARD);
      expect((await agent.get(`/api/actions/${randomUUID()}`).expect(404)).body.error.code).toBe('not_found');
      expect((await agent.get(`/api/actions/not-a-uuid`).expect(404)).body.error.code).toBe('not_found');
      await t.http.get(`/api/actions/${id['DI-001']}`).expect(401);
    });
  });

  describe('POST /api/actions', () => {
    it('creates a not-started, grey action with the next reference, its links, milestones and measures, and audits it', async () => {
      const agent = await t.signIn(BOARD);
      const { body } = await agent
        .post('/api/actions')
        .send(
          newAction({
            partnerIds: [id['Citizens Online'], id['The Forum']],
            segmentIds: [id['Elderly people reliant on state support']],
            startDate: '2026-06-01',
            dueDate: '2026-06-01',
            milestones: [{ title: 'Champions recruited', dueDate: '2026-09-30' }, { title: 'Training done', dueDate: '2026-07-31', doneDate: null }],
            measures: [{ name: 'Champions trained', unit: 'people', target: 40, baseline: 0 }, { name: 'Teams covered' }],
          }),
        )
        .expect(201);
      expect(body).toMatchObject({
        reference: 'DI-004',
        status: 'not_started',
        rag: 'grey',
        percentComplete: 0,
        version: 1,
        owner: { name: 'Wren Working' },
        owningBody: { id: id.internal_working_group },
        startDate: '2026-06-01',
        dueDate: '2026-06-01',
        partners: [{ name: 'Citizens Online' }, { name: 'The Forum' }],
        segments: [{ name: 'Elderly people reliant on state support' }],
        milestones: [
          { id: expect.any(String), title: 'Training done', dueDate: '2026-07-31', doneDate: null },
          { id: expect.any(String), title: 'Champions recruited', dueDate: '2026-09-30', doneDate: null },
        ],
        measures: [
          { id: expect.any(String), name: 'Champions trained', unit: 'people', target: 40, baseline: 0, latestValue: null },
          { id: expect.any(String), name: 'Teams covered', unit: '', target: null, baseline: null, latestValue: null },
        ],
        can: { edit: true, postUpdate: true, cancel: true },
      });
      const [audit] = await t.sql<{ actor_id: string; operation: string; changes: Record<string, { before: unknown; after: unknown }> }>(
        `SELECT actor_id, operation, changes FROM audit_event WHERE entity_type = 'action' AND entity_id = $1`,
        [body.id],
      );
      expect(audit).toMatchObject({ actor_id: id[BOARD], operation: 'create' });
      expect(audit.changes.reference).toEqual({ before: null, after: 'DI-004' });
      expect(audit.changes.title).toEqual({ before: null, after: 'Digital champions in every council team' });
    });

    it('numbers after the highest reference of the strategy, with at least three digits', async () => {
      const agent = await t.signIn(ADMIN);
      await t.sql(`UPDATE action SET reference = 'DI-041' WHERE id = $1`, [id['DI-003']]);
      try {
        expect((await agent.post('/api/actions').send(newAction()).expect(201)).body.reference).toBe('DI-042');
      } finally {
        await t.sql(`UPDATE action SET reference = 'DI-003' WHERE id = $1`, [id['DI-003']]);
      }
    });

    it('gives actions created at the same moment different, consecutive references', async () => {
      const agents = await Promise.all([LEADER, BOARD, WORKING, ADMIN, BOARD, LEADER].map((email) => t.signIn(email)));
      const before = await t.sql<{ n: string }>(`SELECT max(substring(reference FROM '[0-9]+$')::int) AS n FROM action`);
      const responses = await Promise.all(agents.map((agent, index) => agent.post('/api/actions').send(newAction({ title: `Parallel ${index}` }))));
      expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201, 201]);
      const numbers = responses.map((response) => Number(response.body.reference.slice(3))).sort((a, b) => a - b);
      const first = Number(before[0].n) + 1;
      expect(numbers).toEqual([first, first + 1, first + 2, first + 3, first + 4, first + 5]);
    });

    it.each([
      ['no title', { title: undefined }, 'title'],
      ['a blank title', { title: '   ' }, 'title'],
      ['an unknown field', { colour: 'blue' }, 'colour'],
      ['a malformed priority id', { priorityId: 'priority-1' }, 'priorityId'],
      ['an impossible date', { startDate: '2026-02-30' }, 'startDate'],
      ['a date with a time', { dueDate: '2026-12-31T10:00:00Z' }, 'dueDate'],
      ['a partner list that is not a list', { partnerIds: 'Citizens Online' }, 'partnerIds'],
      ['a milestone without a due date', { milestones: [{ title: 'Launch' }] }, 'milestones.0.dueDate'],
      ['a measure target that is not a number', { measures: [{ name: 'People helped', target: 'ten' }] }, 'measures.0.target'],
      ['a milestone with an unknown field', { milestones: [{ title: 'Launch', dueDate: '2026-10-01', owner: 'me' }] }, 'milestones.0.owner'],
    ])('refuses %s with 400 naming the field', async (_case, overrides, field) => {
      const agent = await t.signIn(BOARD);
      const before = await actionCount();
      const response = await agent.post('/api/actions').send(newAction(overrides)).expect(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(fields(response)).toContain(field);
      expect(await actionCount()).toBe(before);
    });

    it('refuses references to records that do not exist with 400 naming each field, writing nothing', async () => {
      const agent = await t.signIn(BOARD);
      const before = await actionCount();
      const response = await agent
        .post('/api/actions')
        .send(newAction({ priorityId: randomUUID(), ownerId: randomUUID(), owningBodyId: randomUUID(), partnerIds: [randomUUID()], segmentIds: [randomUUID()] }))
        .expect(400);
      expect(fields(response).sort()).toEqual(['ownerId', 'owningBodyId', 'partnerIds', 'priorityId', 'segmentIds']);
      expect(await actionCount()).toBe(before);
    });

    it('refuses a due date before the start date, and a milestone id on a new action', async () => {
      const agent = await t.signIn(BOARD);
      const dates = await agent.post('/api/actions').send(newAction({ startDate: '2026-06-02', dueDate: '2026-06-01' })).expect(400);
      expect(dates.body.error.details).toEqual([{ field: 'dueDate', messages: [expect.stringMatching(/after the start date/)] }]);
      const milestone = await agent
        .post('/api/actions')
        .send(newAction({ milestones: [{ id: randomUUID(), title: 'Launch', dueDate: '2026-10-01' }] }))
        .expect(400);
      expect(fields(milestone)).toEqual(['milestones.0.id']);
    });

    it('refuses an owner who has been deactivated', async () => {
      const [gone] = await t.sql<{ id: string }>(
        `INSERT INTO app_user (email, name, password_hash, is_active) VALUES ('gone@steerline.example', 'Gone Away', 'x', false) RETURNING id`,
      );
      const agent = await t.signIn(BOARD);
      const response = await agent.post('/api/actions').send(newAction({ ownerId: gone.id })).expect(400);
      expect(response.body.error.details).toEqual([{ field: 'ownerId', messages: ['The lead owner must be an active user'] }]);
    });

    it.each([ADMIN, LEADER, BOARD, WORKING])('lets %s create an action owned by any body', async (email) => {
      const agent = await t.signIn(email);
      const { body } = await agent.post('/api/actions').send(newAction({ owningBodyId: id.external_steering_group })).expect(201);
      expect(body.owningBody.id).toBe(id.external_steering_group);
    });

    it('lets an external steering group member create actions only for their own body', async () => {
      const agent = await t.signIn(PARTNER);
      const own = await agent.post('/api/actions').send(newAction({ owningBodyId: id.external_steering_group, ownerId: id[PARTNER] })).expect(201);
      expect(own.body.can).toEqual({ edit: true, postUpdate: true, cancel: true });
      const before = await actionCount();
      const other = await agent.post('/api/actions').send(newAction({ owningBodyId: id.internal_working_group })).expect(403);
      expect(other.body.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/governance body you are a member of/) });
      expect(await actionCount()).toBe(before);
    });

    it('refuses to create without a session', async () => {
      await t.http.post('/api/actions').send(newAction()).expect(401);
    });
  });

  describe('ActionsService.createMany, for features that create actions in bulk', () => {
    it('creates every action on the caller’s transaction with consecutive references and an audit row each', async () => {
      const service = t.app.get(ActionsService);
      const inputs = [newAction({ title: 'Imported one' }), newAction({ title: 'Imported two', milestones: [{ title: 'Kick-off', dueDate: '2026-05-05' }] })];
      const created = await t.app.get(DataSource).transaction((manager) => service.createMany(manager, id[ADMIN], inputs, 'import'));
      const [first, second] = created.map((action) => Number(action.reference.slice(3)));
      expect(second).toBe(first + 1);
      const rows = await t.sql<{ title: string; status: string; rag: string; operation: string }>(
        `SELECT a.title, a.status, a.rag, e.operation FROM action a JOIN audit_event e ON e.entity_type = 'action' AND e.entity_id = a.id::text
         WHERE a.id = ANY($1::uuid[]) ORDER BY a.reference`,
        [created.map((action) => action.id)],
      );
      expect(rows).toEqual([
        { title: 'Imported one', status: 'not_started', rag: 'grey', operation: 'import' },
        { title: 'Imported two', status: 'not_started', rag: 'grey', operation: 'import' },
      ]);
    });

    it('rolls all of them back when one refers to a record that does not exist, naming its index', async () => {
      const service = t.app.get(ActionsService);
      const before = await actionCount();
      const inputs = [newAction({ title: 'Fine' }), newAction({ title: 'Broken', ownerId: randomUUID() })];
      const failure = await t.app
        .get(DataSource)
        .transaction((manager) => service.createMany(manager, id[ADMIN], inputs))
        .catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'validation_failed', details: [{ field: '1.ownerId', messages: [expect.any(String)] }] });
      expect(await actionCount()).toBe(before);
    });
  });
});
