import { randomUUID } from 'node:crypto';
import { BOARD, WORKING, PARTNER, demoIds } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';


describe('action history and its audit trail', () => {
  let t: TestApp;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(id, await demoIds(t));
  });
  afterAll(() => t.close());

  const createAction = async (agent: Awaited<ReturnType<TestApp['signIn']>>) =>
    (
      await agent
        .post('/api/actions')
        .send({ title: 'Digital skills for councillors', priorityId: id.priority5, ownerId: id[WORKING], owningBodyId: id.internal_working_group })
        .expect(201)
    ).body;
  const auditCount = async () => Number((await t.sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event`))[0].n);

  describe('GET /api/actions/:id/history', () => {
    it('lists who changed what and when, including progress updates, newest first', async () => {
      const board = await t.signIn(BOARD);
      const working = await t.signIn(WORKING);
      const action = await createAction(board);
      await working.patch(`/api/actions/${action.id}`).send({ version: 1, title: 'Digital champions among councillors' }).expect(200);
      const update = (await working.post(`/api/actions/${action.id}/updates`).send({ commentary: 'Started', rag: 'green', percentComplete: 5 }).expect(201)).body;
      await board.post(`/api/actions/${action.id}/cancel`).send({ version: 3, reason: 'Covered by the member development plan' }).expect(200);

      const reader = await t.signIn(PARTNER);
      const { body } = await reader.get(`/api/actions/${action.id}/history`).expect(200);
      const summary = body.map((entry: { operation: string; entityType: string; actor: { name: string } }) => [entry.operation, entry.entityType, entry.actor.name]);
      expect(summary).toEqual([
        ['cancel', 'action', 'Bola Board'],
        ['edit', 'action', 'Wren Working'],
        ['create', 'progress_update', 'Wren Working'],
        ['edit', 'action', 'Wren Working'],
        ['create', 'action', 'Bola Board'],
      ]);
      expect(body[2].entityId).toBe(update.id);
      expect(body[3].changes).toEqual({ title: { before: 'Digital skills for councillors', after: 'Digital champions among councillors' } });
      expect(body[0].changes.status).toEqual({ before: 'in_progress', after: 'cancelled' });
      expect(body[0].occurredAt >= body[4].occurredAt).toBe(true);
      expect(body[0]).toEqual({
        id: expect.any(String),
        occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        actor: { id: id[BOARD], name: 'Bola Board' },
        operation: 'cancel',
        entityType: 'action',
        entityId: action.id,
        changes: expect.any(Object),
      });
    });

    it('answers an empty history for a seeded action nobody has changed yet', async () => {
      const agent = await t.signIn(WORKING);
      expect((await agent.get(`/api/actions/${id['DI-003']}/history`).expect(200)).body).toEqual([]);
    });

    it('answers 404 for an unknown or malformed id', async () => {
      const agent = await t.signIn(BOARD);
      await agent.get(`/api/actions/${randomUUID()}/history`).expect(404);
      await agent.get(`/api/actions/DI-001/history`).expect(404);
    });
  });

  describe('the audit trail', () => {
    it('cannot be changed or removed, even with SQL', async () => {
      const before = await t.sql(`SELECT * FROM audit_event ORDER BY id`);
      expect(before.length).toBeGreaterThan(0);
      await expect(t.sql(`UPDATE audit_event SET operation = 'forged'`)).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(t.sql(`DELETE FROM audit_event`)).rejects.toThrow(/append-only: DELETE refused/);
      expect(await t.sql(`SELECT * FROM audit_event ORDER BY id`)).toEqual(before);
    });

    it('is written in the same transaction as the change: a change that fails at commit leaves no audit row', async () => {
      const board = await t.signIn(BOARD);
      const action = await createAction(board);
      await t.sql(`CREATE FUNCTION fail_action_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused at commit'; END $$`);
      await t.sql(`CREATE CONSTRAINT TRIGGER fail_action_commit AFTER UPDATE ON action DEFERRABLE INITIALLY DEFERRED
                   FOR EACH ROW WHEN (NEW.title = 'Never saved') EXECUTE FUNCTION fail_action_commit()`);
      try {
        const before = await auditCount();
        await board.patch(`/api/actions/${action.id}`).send({ version: 1, title: 'Never saved' }).expect(500);
        expect(await auditCount()).toBe(before);
        expect((await board.get(`/api/actions/${action.id}`).expect(200)).body).toMatchObject({ title: 'Digital skills for councillors', version: 1 });
      } finally {
        await t.sql(`DROP TRIGGER fail_action_commit ON action`);
        await t.sql(`DROP FUNCTION fail_action_commit`);
      }
    });

    it('is written in the same transaction as a progress update: if the audit row cannot be written, nothing is', async () => {
      const board = await t.signIn(BOARD);
      const action = await createAction(board);
      await t.sql(`CREATE FUNCTION fail_update_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END $$`);
      await t.sql(`CREATE TRIGGER fail_update_audit BEFORE INSERT ON audit_event FOR EACH ROW
                   WHEN (NEW.entity_type = 'progress_update') EXECUTE FUNCTION fail_update_audit()`);
      try {
        const red = { commentary: 'Lost', rag: 'red', percentComplete: 10, problem: 'Venue lost', correctiveAction: 'Finding another' };
        await board.post(`/api/actions/${action.id}/updates`).send(red).expect(500);
        expect(await t.sql(`SELECT 1 FROM progress_update WHERE action_id = $1`, [action.id])).toEqual([]);
        expect((await board.get(`/api/actions/${action.id}`).expect(200)).body).toMatchObject({ rag: 'grey', percentComplete: 0, lastUpdateAt: null, version: 1 });
      } finally {
        await t.sql(`DROP TRIGGER fail_update_audit ON audit_event`);
        await t.sql(`DROP FUNCTION fail_update_audit`);
      }
    });

    it('gets no row for a refused change', async () => {
      const partner = await t.signIn(PARTNER);
      const before = await auditCount();
      await partner.patch(`/api/actions/${id['DI-003']}`).send({ version: 1, title: 'Not allowed' }).expect(403);
      await partner.post(`/api/actions/${id['DI-003']}/updates`).send({ commentary: 'Not allowed', rag: 'green', percentComplete: 1 }).expect(403);
      await partner.patch(`/api/actions/${id['DI-001']}`).send({ version: 99, title: 'Stale' }).expect(409);
      expect(await auditCount()).toBe(before);
    });
  });
});
