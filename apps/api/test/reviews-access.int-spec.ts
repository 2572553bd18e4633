import { ADMIN, BOARD, demoIds, LEADER, PARTNER, WORKING } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const EVERYONE = [ADMIN, LEADER, BOARD, WORKING, PARTNER];
const period = { periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' };
const complete = { actionStatus: 'in_progress', rag: 'green', narrative: 'On track.' };

describe('who may do what with review cycles and returns', () => {
  let t: TestApp;
  const id: Record<string, string> = {};
  const agents: Record<string, Agent> = {};
  let cycle: { id: string; version: number };
  const returnOf: Record<string, string> = {};

  const current = async (returnId: string) => (await agents[ADMIN].get(`/api/reviews/returns/${returnId}`).expect(200)).body;
  const currentCycle = async (cycleId = cycle.id) => (await agents[ADMIN].get(`/api/reviews/cycles/${cycleId}`).expect(200)).body;
  const createDraft = async (name: string) => (await agents[ADMIN].post('/api/reviews/cycles').send({ name, ...period }).expect(201)).body;

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(id, await demoIds(t));
    for (const email of EVERYONE) agents[email] = await t.signIn(email);
    // The leadership team owns an action too, so its own return can be tried.
    await t.sql(
      `INSERT INTO action (strategy_id, reference, title, priority_id, owner_id, owning_body_id)
       SELECT strategy_id, 'DI-004', 'Digital champions', priority_id, $1, owning_body_id FROM action WHERE reference = 'DI-002'`, [id[LEADER]],
    );
    const draft = await createDraft('April to September 2026');
    cycle = (await agents[ADMIN].post(`/api/reviews/cycles/${draft.id}/open`).send({ version: draft.version }).expect(200)).body;
    const rows = await t.sql<{ reference: string; id: string }>(
      `SELECT a.reference, r.id FROM review_return r JOIN action a ON a.id = r.action_id WHERE r.cycle_id = $1`, [cycle.id]);
    for (const row of rows) returnOf[row.reference] = row.id;
  });
  afterAll(() => t.close());

  const forbidden = (response: { status: number; body: { error: { code: string } } }) => {
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('forbidden');
  };

  describe('reading', () => {
    it.each(EVERYONE)('lets %s read cycles, trackers and any return', async (email) => {
      expect((await agents[email].get('/api/reviews/cycles').expect(200)).body).toHaveLength(1);
      await agents[email].get(`/api/reviews/cycles/${cycle.id}`).expect(200);
      expect((await agents[email].get(`/api/reviews/cycles/${cycle.id}/returns`).expect(200)).body.total).toBe(4);
      await agents[email].get(`/api/reviews/returns/${returnOf['DI-002']}`).expect(200);
      await agents[email].get('/api/reviews/returns/mine').expect(200);
    });

    it('refuses every review route to someone signed out', async () => {
      await t.http.get('/api/reviews/cycles').expect(401);
      await t.http.get(`/api/reviews/cycles/${cycle.id}`).expect(401);
      await t.http.get(`/api/reviews/cycles/${cycle.id}/returns`).expect(401);
      await t.http.get('/api/reviews/returns/mine').expect(401);
      await t.http.get(`/api/reviews/returns/${returnOf['DI-001']}`).expect(401);
      await t.http.post('/api/reviews/cycles').send({ name: 'x', ...period }).expect(401);
      await t.http.put(`/api/reviews/returns/${returnOf['DI-001']}`).send({ version: 1 }).expect(401);
    });
  });

  describe('managing cycles', () => {
    it.each([LEADER, WORKING, PARTNER])('refuses %s creating, editing, opening or moving a cycle', async (email) => {
      forbidden(await agents[email].post('/api/reviews/cycles').send({ name: 'Not allowed', ...period }));
      const draft = await createDraft(`Draft for ${email}`);
      forbidden(await agents[email].patch(`/api/reviews/cycles/${draft.id}`).send({ version: 1, name: 'Renamed' }));
      forbidden(await agents[email].post(`/api/reviews/cycles/${draft.id}/open`).send({ version: 1 }));
      forbidden(await agents[email].post(`/api/reviews/cycles/${cycle.id}/board-review`).send({ version: cycle.version }));
      expect(await currentCycle(draft.id)).toMatchObject({ name: `Draft for ${email}`, status: 'draft', version: 1 });
      expect((await currentCycle()).status).toBe('open');
      expect(await t.sql(`SELECT 1 FROM review_cycle WHERE name = 'Not allowed'`)).toEqual([]);
    });

    it.each([ADMIN, BOARD])('lets %s create and edit a cycle', async (email) => {
      const created = (await agents[email].post('/api/reviews/cycles').send({ name: `Made by ${email}`, ...period }).expect(201)).body;
      const edited = (await agents[email].patch(`/api/reviews/cycles/${created.id}`).send({ version: 1, reminderDaysBefore: 14 }).expect(200)).body;
      expect(edited).toMatchObject({ reminderDaysBefore: 14, version: 2, can: { edit: true, open: true } });
    });

    it.each([ADMIN, BOARD, WORKING, PARTNER])('refuses %s signing off: only the leadership team signs off', async (email) => {
      forbidden(await agents[email].post(`/api/reviews/cycles/${cycle.id}/sign-off`).send({ version: cycle.version }));
    });
  });

  describe('writing returns', () => {
    it('gives the owner, and only the owner, the right to edit and submit in `can`', async () => {
      expect((await agents[PARTNER].get(`/api/reviews/returns/${returnOf['DI-001']}`).expect(200)).body.can).toEqual({ edit: true, submit: true, sendBack: false, accept: false });
      for (const email of [ADMIN, LEADER, BOARD, WORKING]) {
        expect((await agents[email].get(`/api/reviews/returns/${returnOf['DI-001']}`).expect(200)).body.can).toEqual({ edit: false, submit: false, sendBack: false, accept: false });
      }
    });

    it.each([
      [PARTNER, 'DI-001'], [WORKING, 'DI-002'], [BOARD, 'DI-003'], [LEADER, 'DI-004'],
    ])('lets %s save and submit the return of their own action %s', async (email, reference) => {
      const saved = (await agents[email].put(`/api/reviews/returns/${returnOf[reference]}`).send({ version: 1, ...complete }).expect(200)).body;
      const submitted = (await agents[email].post(`/api/reviews/returns/${returnOf[reference]}/submit`).send({ version: saved.version }).expect(200)).body;
      expect(submitted.status).toBe('submitted');
    });

    it.each([
      [PARTNER, 'DI-002'], [PARTNER, 'DI-003'], [WORKING, 'DI-001'], [BOARD, 'DI-001'], [LEADER, 'DI-001'], [ADMIN, 'DI-001'],
    ])("refuses %s writing someone else's return (%s)", async (email, reference) => {
      const before = await current(returnOf[reference]);
      forbidden(await agents[email].put(`/api/reviews/returns/${returnOf[reference]}`).send({ version: before.version, narrative: 'Not mine' }));
      forbidden(await agents[email].post(`/api/reviews/returns/${returnOf[reference]}/submit`).send({ version: before.version }));
      expect(await current(returnOf[reference])).toEqual(before);
    });
  });

  describe('deciding on returns', () => {
    it.each([LEADER, WORKING, PARTNER])('refuses %s sending back or accepting a return', async (email) => {
      const before = await current(returnOf['DI-002']);
      forbidden(await agents[email].post(`/api/reviews/returns/${returnOf['DI-002']}/send-back`).send({ version: before.version, comment: 'No' }));
      forbidden(await agents[email].post(`/api/reviews/returns/${returnOf['DI-002']}/accept`).send({ version: before.version }));
      expect(await current(returnOf['DI-002'])).toEqual(before);
    });

    it('lets an admin send back and the board accept', async () => {
      const before = await current(returnOf['DI-002']);
      expect((await agents[BOARD].get(`/api/reviews/returns/${returnOf['DI-002']}`).expect(200)).body.can).toEqual({ edit: false, submit: false, sendBack: true, accept: true });
      const sent = (await agents[ADMIN].post(`/api/reviews/returns/${returnOf['DI-002']}/send-back`).send({ version: before.version, comment: 'More detail' }).expect(200)).body;
      const resubmitted = (await agents[WORKING].post(`/api/reviews/returns/${returnOf['DI-002']}/submit`).send({ version: sent.version }).expect(200)).body;
      expect((await agents[BOARD].post(`/api/reviews/returns/${returnOf['DI-002']}/accept`).send({ version: resubmitted.version }).expect(200)).body.status).toBe('accepted');
    });
  });

  describe('sign-off', () => {
    it('lets the board and admins move the cycle to board review, and the leadership team sign it off', async () => {
      const inReview = (await agents[BOARD].post(`/api/reviews/cycles/${cycle.id}/board-review`).send({ version: (await currentCycle()).version }).expect(200)).body;
      forbidden(await agents[ADMIN].post(`/api/reviews/cycles/${cycle.id}/sign-off`).send({ version: inReview.version }));
      forbidden(await agents[BOARD].post(`/api/reviews/cycles/${cycle.id}/sign-off`).send({ version: inReview.version }));
      expect((await agents[LEADER].post(`/api/reviews/cycles/${cycle.id}/sign-off`).send({ version: inReview.version }).expect(200)).body.status).toBe('signed_off');
    });
  });
});
