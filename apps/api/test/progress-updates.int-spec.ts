import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { ADMIN, LEADER, BOARD, WORKING, PARTNER, demoIds } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';


type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const fields = (response: { body: { error: { details: { field: string }[] } } }) => response.body.error.details.map((detail) => detail.field);
const green = { commentary: 'On track', rag: 'green', percentComplete: 20 };

describe('progress updates', () => {
  let t: TestApp;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(id, await demoIds(t));
  });
  afterAll(() => t.close());

  const current = async (agent: Agent, actionId: string) => (await agent.get(`/api/actions/${actionId}`).expect(200)).body;
  const updateCount = async (actionId: string) =>
    Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM progress_update WHERE action_id = $1`, [actionId]))[0].n);
  /**
   * Posts `green` as `agent` while an edit (`statements`, in its own transaction) holds the action's row; commits the
   * edit once the post is waiting to write, and answers the post's status.
   */
  const postDuringEdit = async (agent: Agent, actionId: string, statements: [string, unknown[]][]) => {
    const editor = new pg.Client({ connectionString: t.databaseUrl });
    await editor.connect();
    try {
      await editor.query('BEGIN');
      for (const [text, values] of statements) await editor.query(text, values);
      const posting = agent.post(`/api/actions/${actionId}/updates`).send(green).then((response) => response.status);
      for (let waited = 0; ; waited++) {
        const [{ waiting }] = await t.sql<{ waiting: number }>(
          `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`,
        );
        if (waiting > 0) break;
        if (waited === 100) throw new Error('The post never waited for the edit');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await editor.query('COMMIT');
      return await posting;
    } finally {
      await editor.end();
    }
  };
  const createAction = async (extra: Record<string, unknown> = {}) => {
    const board = await t.signIn(BOARD);
    const body = { title: 'Tablet loans', priorityId: id.priority2, ownerId: id[BOARD], owningBodyId: id.channel_shift_board, ...extra };
    return (await board.post('/api/actions').send(body).expect(201)).body;
  };

  describe('POST /api/actions/:id/updates', () => {
    it('appends an update with measure values and moves the action’s RAG, percentage, status and version', async () => {
      const action = await createAction({ ownerId: id[WORKING], measures: [{ name: 'Tablets lent', target: 50 }, { name: 'Returns' }] });
      const [lent, returns] = action.measures;
      const agent = await t.signIn(WORKING);
      const { body } = await agent
        .post(`/api/actions/${action.id}/updates`)
        .send({
          commentary: 'Supplier late; half the tablets arrived.',
          rag: 'amber',
          percentComplete: 35,
          problem: 'Supplier delivered 25 of 50 tablets',
          correctiveAction: 'Second supplier engaged',
          revisedDate: '2026-11-30',
          measureValues: [{ measureId: lent.id, value: 18 }, { measureId: returns.id, value: 2.5 }],
        })
        .expect(201);
      expect(body).toEqual({
        id: expect.any(String),
        actionId: action.id,
        author: { id: id[WORKING], name: 'Wren Working' },
        createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        commentary: 'Supplier late; half the tablets arrived.',
        rag: 'amber',
        percentComplete: 35,
        problem: 'Supplier delivered 25 of 50 tablets',
        correctiveAction: 'Second supplier engaged',
        revisedDate: '2026-11-30',
        measureValues: [
          { measureId: lent.id, measureName: 'Tablets lent', value: 18 },
          { measureId: returns.id, measureName: 'Returns', value: 2.5 },
        ],
      });
      const after = await current(agent, action.id);
      expect(after).toMatchObject({ status: 'in_progress', rag: 'amber', percentComplete: 35, version: 2, lastUpdateAt: body.createdAt });
      expect(after.measures.map((m: { latestValue: number }) => m.latestValue)).toEqual([18, 2.5]);
    });

    it('lists updates newest first with the latest measure value on the action', async () => {
      const action = await createAction({ measures: [{ name: 'Sessions' }] });
      const agent = await t.signIn(BOARD);
      const measureId = action.measures[0].id;
      await agent.post(`/api/actions/${action.id}/updates`).send({ ...green, commentary: 'First', measureValues: [{ measureId, value: 3 }] }).expect(201);
      await agent.post(`/api/actions/${action.id}/updates`).send({ ...green, commentary: 'Second', percentComplete: 40 }).expect(201);
      await agent.post(`/api/actions/${action.id}/updates`).send({ ...green, commentary: 'Third', measureValues: [{ measureId, value: 7 }] }).expect(201);
      const reader = await t.signIn(PARTNER);
      const { body } = await reader.get(`/api/actions/${action.id}/updates`).expect(200);
      expect(body.map((update: { commentary: string }) => update.commentary)).toEqual(['Third', 'Second', 'First']);
      expect(body[1].measureValues).toEqual([]);
      expect(body[0].author.name).toBe('Bola Board');
      const after = await current(reader, action.id);
      expect(after).toMatchObject({ percentComplete: 20, version: 4 });
      expect(after.measures[0].latestValue).toBe(7);
    });

    it('completes the action on a blue update and takes it back to not started on a grey one', async () => {
      const action = await createAction();
      const agent = await t.signIn(BOARD);
      await agent.post(`/api/actions/${action.id}/updates`).send({ commentary: 'All done', rag: 'blue', percentComplete: 100 }).expect(201);
      expect(await current(agent, action.id)).toMatchObject({ status: 'complete', rag: 'blue', percentComplete: 100 });
      await agent.post(`/api/actions/${action.id}/updates`).send({ commentary: 'Reopened: funding fell through', rag: 'grey', percentComplete: 0 }).expect(201);
      expect(await current(agent, action.id)).toMatchObject({ status: 'not_started', rag: 'grey', percentComplete: 0 });
    });

    it.each([
      ['no commentary', { commentary: undefined }, ['commentary']],
      ['a RAG that is not one', { rag: 'purple' }, ['rag']],
      ['more than 100%', { percentComplete: 101 }, ['percentComplete']],
      ['less than 0%', { percentComplete: -1 }, ['percentComplete']],
      ['a fractional percentage', { percentComplete: 50.5 }, ['percentComplete']],
      ['amber without problem or corrective action', { rag: 'amber' }, ['correctiveAction', 'problem']],
      ['red with a blank problem', { rag: 'red', problem: ' ', correctiveAction: 'Escalating' }, ['problem']],
      ['a revised date that is not a date', { revisedDate: 'next spring' }, ['revisedDate']],
      ['blue below 100%', { rag: 'blue', percentComplete: 90 }, ['percentComplete']],
      ['grey above 0%', { rag: 'grey', percentComplete: 10 }, ['percentComplete']],
      ['an unknown field', { mood: 'good' }, ['mood']],
      ['a measure value that is not a number', { measureValues: [{ measureId: randomUUID(), value: 'lots' }] }, ['measureValues.0.value']],
    ])('refuses %s with 400 naming the fields, storing nothing', async (_case, change, expected) => {
      const agent = await t.signIn(BOARD);
      const response = await agent.post(`/api/actions/${id['DI-003']}/updates`).send({ ...green, ...change }).expect(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(fields(response).sort()).toEqual(expected);
      expect(await updateCount(id['DI-003'])).toBe(0);
    });

    it('accepts values only for the action’s own measures, each once', async () => {
      const other = await createAction({ measures: [{ name: 'Elsewhere' }] });
      const action = await createAction({ measures: [{ name: 'Here' }] });
      const agent = await t.signIn(BOARD);
      const here = action.measures[0].id;
      const response = await agent
        .post(`/api/actions/${action.id}/updates`)
        .send({ ...green, measureValues: [{ measureId: here, value: 1 }, { measureId: other.measures[0].id, value: 2 }, { measureId: here, value: 3 }] })
        .expect(400);
      expect(fields(response)).toEqual(['measureValues.1.measureId', 'measureValues.2.measureId']);
      expect(await updateCount(action.id)).toBe(0);
    });

    it.each([ADMIN, LEADER, BOARD])('lets %s post on any action', async (email) => {
      const agent = await t.signIn(email);
      for (const reference of ['DI-001', 'DI-002']) await agent.post(`/api/actions/${id[reference]}/updates`).send(green).expect(201);
    });

    it('lets the internal working group post on actions they own or their body owns, not on others', async () => {
      const agent = await t.signIn(WORKING);
      await agent.post(`/api/actions/${id['DI-002']}/updates`).send(green).expect(201);
      const bodyOwned = await createAction({ owningBodyId: id.internal_working_group });
      await agent.post(`/api/actions/${bodyOwned.id}/updates`).send(green).expect(201);
      const before = await updateCount(id['DI-001']);
      for (const reference of ['DI-001', 'DI-003']) {
        const refused = await agent.post(`/api/actions/${id[reference]}/updates`).send(green).expect(403);
        expect(refused.body.error).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/actions you own/) });
      }
      expect(await updateCount(id['DI-001'])).toBe(before);
    });

    it('lets a partner post as owner, as a member of the owning body, or as a partner organisation on the action', async () => {
      const agent = await t.signIn(PARTNER);
      await agent.post(`/api/actions/${id['DI-001']}/updates`).send(green).expect(201);
      await agent.post(`/api/actions/${id['DI-002']}/updates`).send(green).expect(201);
      const owned = await createAction({ ownerId: id[PARTNER] });
      await agent.post(`/api/actions/${owned.id}/updates`).send(green).expect(201);
      const inTheirBody = await createAction({ owningBodyId: id.external_steering_group, partnerIds: [id['The Forum']] });
      await agent.post(`/api/actions/${inTheirBody.id}/updates`).send(green).expect(201);
    });

    it('refuses a partner on an action that is not theirs in any way', async () => {
      const agent = await t.signIn(PARTNER);
      await agent.post(`/api/actions/${id['DI-003']}/updates`).send(green).expect(403);
      const otherPartners = await createAction({ partnerIds: [id['Citizens Online'], id['The Forum']] });
      await agent.post(`/api/actions/${otherPartners.id}/updates`).send(green).expect(403);
      expect(await updateCount(otherPartners.id)).toBe(0);
    });

    it('checks again when the action changes between the check and the write: a partner removed meanwhile is refused', async () => {
      const [{ partner_id: partnerId }] = await t.sql<{ partner_id: string }>(`SELECT partner_id FROM app_user WHERE email = $1`, [PARTNER]);
      const action = await createAction({ partnerIds: [partnerId] });
      const status = await postDuringEdit(await t.signIn(PARTNER), action.id, [
        [`UPDATE action SET version = version + 1, updated_at = now() WHERE id = $1`, [action.id]],
        [`DELETE FROM action_partner WHERE action_id = $1 AND partner_id = $2`, [action.id, partnerId]],
      ]);
      expect(status).toBe(403);
      expect(await updateCount(action.id)).toBe(0);
    });

    it('writes on the action as it stands after an edit that finished while the post waited', async () => {
      const action = await createAction();
      const status = await postDuringEdit(await t.signIn(BOARD), action.id, [
        [`UPDATE action SET version = version + 1, title = 'Renamed meanwhile' WHERE id = $1`, [action.id]],
      ]);
      expect(status).toBe(201);
      const [stored] = await t.sql<{ title: string; version: number; rag: string }>(`SELECT title, version, rag FROM action WHERE id = $1`, [action.id]);
      expect(stored).toEqual({ title: 'Renamed meanwhile', version: action.version + 2, rag: 'green' });
      expect(await updateCount(action.id)).toBe(1);
    });

    it('takes twenty posts to one action at once, losing none: those that keep losing the race wait their turn', async () => {
      const action = await createAction();
      const agent = await t.signIn(BOARD);
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, index) => agent.post(`/api/actions/${action.id}/updates`).send({ ...green, percentComplete: 10 + index })),
      );
      expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201));
      expect(await updateCount(action.id)).toBe(20);
      const [stored] = await t.sql<{ version: number }>(`SELECT version FROM action WHERE id = $1`, [action.id]);
      expect(stored.version).toBe(action.version + 20);
    });

    it('answers 404 for an unknown or malformed action id, and 401 without a session', async () => {
      const agent = await t.signIn(ADMIN);
      await agent.post(`/api/actions/${randomUUID()}/updates`).send(green).expect(404);
      await agent.post(`/api/actions/nope/updates`).send(green).expect(404);
      await t.http.post(`/api/actions/${id['DI-001']}/updates`).send(green).expect(401);
    });

    it('writes the update, the action change and both audit rows together', async () => {
      const action = await createAction();
      const agent = await t.signIn(BOARD);
      const { body } = await agent.post(`/api/actions/${action.id}/updates`).send(green).expect(201);
      const rows = await t.sql<{ entity_type: string; entity_id: string; operation: string; changes: Record<string, unknown> }>(
        `SELECT entity_type, entity_id, operation, changes FROM audit_event WHERE entity_id IN ($1, $2) ORDER BY id`,
        [action.id, body.id],
      );
      expect(rows).toEqual([
        expect.objectContaining({ entity_type: 'action', operation: 'create' }),
        expect.objectContaining({ entity_type: 'progress_update', entity_id: body.id, operation: 'create' }),
        {
          entity_type: 'action',
          entity_id: action.id,
          operation: 'edit',
          changes: {
            status: { before: 'not_started', after: 'in_progress' },
            rag: { before: 'grey', after: 'green' },
            percentComplete: { before: 0, after: 20 },
          },
        },
      ]);
      expect(rows[1].changes).toMatchObject({ commentary: { before: null, after: 'On track' }, rag: { before: null, after: 'green' } });
    });

    it('answers with the update exactly as the timeline then lists it, and audits it in full (no action row when progress stays)', async () => {
      const action = await createAction({ measures: [{ name: 'Tablets lent', target: 50 }, { name: 'Returns' }] });
      const [lent, returns] = action.measures;
      const agent = await t.signIn(BOARD);
      const update = {
        commentary: 'Half the tablets arrived.', rag: 'red', percentComplete: 40, problem: 'Supplier late', correctiveAction: 'Second supplier',
        // Listed in the other order, one id in capitals: the answer lists them as the timeline does, by the action's measures.
        measureValues: [{ measureId: returns.id.toUpperCase(), value: 0.1 + 0.2 }, { measureId: lent.id, value: -7.25 }],
      };
      const first = (await agent.post(`/api/actions/${action.id}/updates`).send(update).expect(201)).body;
      const second = (await agent.post(`/api/actions/${action.id}/updates`).send({ ...update, measureValues: [] }).expect(201)).body;
      const listed = (await agent.get(`/api/actions/${action.id}/updates`).expect(200)).text;
      expect(listed).toBe(JSON.stringify([second, first]));
      expect(first.measureValues).toEqual([
        { measureId: lent.id, measureName: 'Tablets lent', value: -7.25 },
        { measureId: returns.id, measureName: 'Returns', value: 0.1 + 0.2 },
      ]);

      const audit = await t.sql<{ entity_type: string; entity_id: string; changes: Record<string, { before: unknown; after: unknown }> }>(
        `SELECT entity_type, entity_id, changes FROM audit_event WHERE entity_id IN ($1, $2, $3) AND operation <> 'create' OR entity_id IN ($2, $3) ORDER BY id`,
        [action.id, first.id, second.id],
      );
      expect(audit.map((row) => [row.entity_type, row.entity_id])).toEqual([
        ['progress_update', first.id],
        ['action', action.id],
        ['progress_update', second.id],
      ]);
      const { id: _id, author: _author, createdAt: _at, ...posted } = first;
      expect(audit[0].changes).toEqual(Object.fromEntries(Object.entries(posted).filter(([, value]) => value !== null).map(([key, value]) => [key, { before: null, after: value }])));
      expect(audit[2].changes).toMatchObject({ measureValues: { before: null, after: [] } });
      expect(audit[2].changes).not.toHaveProperty('revisedDate');
    });
  });

  describe('GET /api/actions/:id/updates', () => {
    it('answers an empty timeline for an action without updates, to every role', async () => {
      for (const email of [ADMIN, LEADER, BOARD, WORKING, PARTNER]) {
        const agent = await t.signIn(email);
        expect((await agent.get(`/api/actions/${id['DI-003']}/updates`).expect(200)).body).toEqual([]);
      }
    });

    it('answers 404 for an unknown or malformed action id', async () => {
      const agent = await t.signIn(BOARD);
      await agent.get(`/api/actions/${randomUUID()}/updates`).expect(404);
      await agent.get(`/api/actions/0/updates`).expect(404);
    });

    it('offers no way to change or remove an update', async () => {
      const agent = await t.signIn(ADMIN);
      const { body } = await agent.post(`/api/actions/${id['DI-002']}/updates`).send(green).expect(201);
      await agent.patch(`/api/actions/${id['DI-002']}/updates/${body.id}`).send({ commentary: 'Rewritten' }).expect(404);
      await agent.delete(`/api/actions/${id['DI-002']}/updates/${body.id}`).expect(404);
      expect(await t.sql(`SELECT commentary FROM progress_update WHERE id = $1`, [body.id])).toEqual([{ commentary: 'On track' }]);
    });
  });
});
