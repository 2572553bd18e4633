import { randomUUID } from 'node:crypto';
import { ADMIN, BOARD, demoIds, LEADER, PARTNER, WORKING } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const SECOND_BOARD = 'board2@steerline.example';
const fields = (response: { body: { error: { details: { field: string }[] } } }) => response.body.error.details.map((detail) => detail.field).sort();
const asked = { problem: 'The Forum cannot host drop-ins from January.', impact: 'Get online Tuesdays stop.', decisionSought: 'Fund a new venue.', urgency: 'high', neededBy: '2030-01-31' };
const agree = { outcome: 'agreed', decisionText: 'Fund the Millennium Library for six months.', conditions: 'Report attendance monthly.' };

describe('escalations', () => {
  let t: TestApp;
  const id: Record<string, string> = {};
  const agents: Record<string, Agent> = {};

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(id, await demoIds(t));
    await t.sql(`INSERT INTO app_user (email, name, password_hash) SELECT $1, 'Bea Board', password_hash FROM app_user WHERE email = $2`, [SECOND_BOARD, BOARD]);
    await t.sql(`INSERT INTO body_membership (user_id, body_id) SELECT u.id, b.id FROM app_user u, body b WHERE u.email = $1 AND b.kind = 'channel_shift_board'`, [SECOND_BOARD]);
    for (const email of [ADMIN, LEADER, BOARD, WORKING, PARTNER, SECOND_BOARD]) agents[email] = await t.signIn(email);
  });
  afterAll(() => t.close());

  const raise = async (actionRef = 'DI-002', extra: Record<string, unknown> = {}) =>
    (await agents[WORKING].post(`/api/actions/${id[actionRef]}/escalations`).send({ ...asked, ...extra }).expect(201)).body;
  const take = async (escalation: { id: string; version: number }) =>
    (await agents[BOARD].post(`/api/escalations/${escalation.id}/take`).send({ version: escalation.version }).expect(200)).body;
  const decided = async () => {
    const taken = await take(await raise());
    return (await agents[BOARD].post(`/api/escalations/${taken.id}/decision`).send({ ...agree, version: taken.version }).expect(200)).body;
  };
  const auditRows = (entityId: string) =>
    t.sql<{ operation: string; actor_id: string; changes: Record<string, { before: unknown; after: unknown }> }>(
      `SELECT operation, actor_id, changes FROM audit_event WHERE entity_type = 'escalation' AND entity_id = $1 ORDER BY id`, [entityId]);

  describe('raising', () => {
    it('stores an open escalation with what is wrong, its impact, the decision asked, urgency and needed-by date', async () => {
      const body = await raise();
      expect(body).toEqual({
        id: expect.any(String),
        action: { id: id['DI-002'], reference: 'DI-002', title: expect.any(String) },
        raisedBy: { id: id[WORKING], name: 'Wren Working' },
        raisedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        ...asked,
        status: 'open', ageDays: 0, overdue: false,
        reviewer: null, reviewStartedAt: null, decision: null, outcome: null, resolvedBy: null, resolvedAt: null, version: 1,
      });
      const [row] = await auditRows(body.id);
      expect(row).toMatchObject({ operation: 'create', actor_id: id[WORKING], changes: { status: { before: null, after: 'open' }, urgency: { before: null, after: 'high' } } });
      expect((await agents[PARTNER].get(`/api/escalations/${body.id}`).expect(200)).body).toEqual(body);
    });

    it.each([ADMIN, LEADER, BOARD, WORKING, PARTNER])('lets %s raise one, even a partner on an action that is not theirs', async (email) => {
      const { body } = await agents[email].post(`/api/actions/${id['DI-003']}/escalations`).send(asked).expect(201);
      expect(body.raisedBy.id).toBe(id[email]);
    });

    it('refuses anyone signed out', async () => {
      await t.http.post(`/api/actions/${id['DI-002']}/escalations`).send(asked).expect(401);
    });

    it('names each missing or invalid field', async () => {
      const response = await agents[WORKING].post(`/api/actions/${id['DI-002']}/escalations`).send({ problem: ' ', urgency: 'soon', neededBy: '2026-02-30', extra: 1 }).expect(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(fields(response)).toEqual(['decisionSought', 'extra', 'impact', 'neededBy', 'problem', 'urgency']);
    });

    it('answers 404 for an unknown or malformed action id', async () => {
      await agents[WORKING].post(`/api/actions/${randomUUID()}/escalations`).send(asked).expect(404);
      await agents[WORKING].post(`/api/actions/not-a-uuid/escalations`).send(asked).expect(404);
    });

    it('refuses an escalation on a cancelled action', async () => {
      const [{ id: actionId }] = await t.sql<{ id: string }>(
        `INSERT INTO action (strategy_id, reference, title, priority_id, owner_id, owning_body_id, status)
         SELECT strategy_id, 'DI-900', 'Old', priority_id, owner_id, owning_body_id, 'cancelled' FROM action WHERE reference = 'DI-002' RETURNING id`);
      const { body } = await agents[WORKING].post(`/api/actions/${actionId}/escalations`).send(asked).expect(409);
      expect(body.error.message).toMatch(/cancelled/);
    });
  });

  describe('the lifecycle', () => {
    it('goes open -> under review -> agreed -> resolved, recording who, when and what, each step audited', async () => {
      const raised = await raise();
      const taken = await take(raised);
      expect(taken).toMatchObject({ status: 'under_review', reviewer: { id: id[BOARD], name: 'Bola Board' }, version: 2 });
      expect(taken.reviewStartedAt).toMatch(/^\d{4}-/);

      const { body: agreed } = await agents[BOARD].post(`/api/escalations/${raised.id}/decision`).send({ ...agree, version: 2 }).expect(200);
      expect(agreed).toMatchObject({
        status: 'agreed', version: 3,
        decision: { outcome: 'agreed', text: agree.decisionText, conditions: agree.conditions, decidedBy: { id: id[BOARD], name: 'Bola Board' } },
      });

      const { body: resolved } = await agents[BOARD].post(`/api/escalations/${raised.id}/resolve`).send({ version: 3, outcome: 'Moved; attendance held up.' }).expect(200);
      expect(resolved).toMatchObject({ status: 'resolved', outcome: 'Moved; attendance held up.', resolvedBy: { id: id[BOARD] }, decision: { outcome: 'agreed' }, version: 4 });

      const rows = await auditRows(raised.id);
      expect(rows.map((row) => [row.operation, row.changes.status])).toEqual([
        ['create', { before: null, after: 'open' }],
        ['edit', { before: 'open', after: 'under_review' }],
        ['edit', { before: 'under_review', after: 'agreed' }],
        ['edit', { before: 'agreed', after: 'resolved' }],
      ]);
      expect(rows[2].changes.decisionText).toEqual({ before: null, after: agree.decisionText });
    });

    it('declines with the decision text and no conditions, then resolves', async () => {
      const taken = await take(await raise());
      const { body } = await agents[SECOND_BOARD].post(`/api/escalations/${taken.id}/decision`)
        .send({ outcome: 'declined', decisionText: 'Not now.', conditions: '', version: taken.version }).expect(200);
      expect(body).toMatchObject({ status: 'declined', decision: { outcome: 'declined', text: 'Not now.', conditions: null, decidedBy: { name: 'Bea Board' } } });
      await agents[BOARD].post(`/api/escalations/${taken.id}/resolve`).send({ version: body.version, outcome: 'Closed as declined.' }).expect(200);
    });

    it('refuses a decision on an open escalation not yet taken, with a clear message', async () => {
      const raised = await raise();
      const { body } = await agents[BOARD].post(`/api/escalations/${raised.id}/decision`).send({ ...agree, version: 1 }).expect(409);
      expect(body.error).toMatchObject({ code: 'conflict', message: 'Only an escalation under review can be decided; take it for review first; this one is open.' });
      expect((await agents[BOARD].get(`/api/escalations/${raised.id}`)).body.status).toBe('open');
    });

    it('refuses to resolve an open escalation or one under review', async () => {
      const raised = await raise();
      const open = await agents[BOARD].post(`/api/escalations/${raised.id}/resolve`).send({ version: 1, outcome: 'x' }).expect(409);
      expect(open.body.error.message).toMatch(/^Only an agreed or declined escalation can be resolved; this one is open/);
      const taken = await take(raised);
      await agents[BOARD].post(`/api/escalations/${raised.id}/resolve`).send({ version: taken.version, outcome: 'x' }).expect(409);
    });

    it('refuses taking twice, deciding twice, and any move on a resolved escalation', async () => {
      const agreed = await decided();
      await agents[BOARD].post(`/api/escalations/${agreed.id}/take`).send({ version: agreed.version }).expect(409);
      const twice = await agents[BOARD].post(`/api/escalations/${agreed.id}/decision`).send({ ...agree, outcome: 'declined', version: agreed.version }).expect(409);
      expect(twice.body.error.message).toMatch(/this one is agreed/);
      const { body: resolved } = await agents[BOARD].post(`/api/escalations/${agreed.id}/resolve`).send({ version: agreed.version, outcome: 'Done' }).expect(200);
      for (const [move, body] of [['take', {}], ['decision', agree], ['resolve', { outcome: 'Again' }]] as const) {
        const response = await agents[BOARD].post(`/api/escalations/${agreed.id}/${move}`).send({ ...body, version: resolved.version }).expect(409);
        expect(response.body.error.message).toMatch(/this one is resolved/);
      }
    });

    it('answers 409 with the current record when the version is stale', async () => {
      const raised = await raise();
      await take(raised);
      const { body } = await agents[BOARD].post(`/api/escalations/${raised.id}/decision`).send({ ...agree, version: 1 }).expect(409);
      expect(body.error.code).toBe('stale_version');
      expect(body.error.details.current).toMatchObject({ id: raised.id, status: 'under_review', version: 2 });
    });

    it('lets exactly one of two board members deciding at once win; the other gets 409', async () => {
      const taken = await take(await raise());
      const responses = await Promise.all([
        agents[BOARD].post(`/api/escalations/${taken.id}/decision`).send({ ...agree, version: taken.version }),
        agents[SECOND_BOARD].post(`/api/escalations/${taken.id}/decision`).send({ outcome: 'declined', decisionText: 'No.', version: taken.version }),
      ]);
      expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
      const winner = responses.find((response) => response.status === 200)!.body;
      const stored = (await agents[BOARD].get(`/api/escalations/${taken.id}`).expect(200)).body;
      expect(stored).toMatchObject({ status: winner.status, version: taken.version + 1, decision: { text: winner.decision.text } });
      expect((await auditRows(taken.id)).filter((row) => row.changes.decision)).toHaveLength(1);
    });

    it.each([ADMIN, LEADER, WORKING, PARTNER])('refuses %s to take, decide or resolve (board only)', async (email) => {
      const raised = await raise();
      await agents[email].post(`/api/escalations/${raised.id}/take`).send({ version: 1 }).expect(403);
      const taken = await take(raised);
      await agents[email].post(`/api/escalations/${raised.id}/decision`).send({ ...agree, version: taken.version }).expect(403);
      const agreed = (await agents[BOARD].post(`/api/escalations/${raised.id}/decision`).send({ ...agree, version: taken.version }).expect(200)).body;
      await agents[email].post(`/api/escalations/${raised.id}/resolve`).send({ version: agreed.version, outcome: 'x' }).expect(403);
      expect((await agents[email].get(`/api/escalations/${raised.id}`).expect(200)).body.status).toBe('agreed');
    });

    it('names invalid fields of a decision and a resolution', async () => {
      const taken = await take(await raise());
      const decision = await agents[BOARD].post(`/api/escalations/${taken.id}/decision`).send({ outcome: 'maybe', decisionText: '', version: 'x' }).expect(400);
      expect(fields(decision)).toEqual(['decisionText', 'outcome', 'version']);
      const resolution = await agents[BOARD].post(`/api/escalations/${taken.id}/resolve`).send({}).expect(400);
      expect(fields(resolution)).toEqual(['outcome', 'version']);
      await agents[BOARD].post(`/api/escalations/${taken.id}/take`).send({}).expect(400);
    });

    it('answers 404 for unknown and malformed escalation ids', async () => {
      for (const path of [`${randomUUID()}`, 'nope']) {
        await agents[BOARD].get(`/api/escalations/${path}`).expect(404);
        await agents[BOARD].post(`/api/escalations/${path}/take`).send({ version: 1 }).expect(404);
        await agents[BOARD].post(`/api/escalations/${path}/decision`).send({ ...agree, version: 1 }).expect(404);
        await agents[BOARD].post(`/api/escalations/${path}/resolve`).send({ version: 1, outcome: 'x' }).expect(404);
      }
    });
  });

  describe('on an action', () => {
    it('lists the action’s escalations newest first, to every role', async () => {
      const first = await raise('DI-001');
      const second = await raise('DI-001', { urgency: 'urgent' });
      for (const email of [ADMIN, LEADER, BOARD, WORKING, PARTNER]) {
        const { body } = await agents[email].get(`/api/actions/${id['DI-001']}/escalations`).expect(200);
        expect(body.map((e: { id: string }) => e.id)).toEqual([second.id, first.id]);
      }
      await agents[BOARD].get(`/api/actions/${randomUUID()}/escalations`).expect(404);
      await t.http.get(`/api/actions/${id['DI-001']}/escalations`).expect(401);
    });
  });
});
