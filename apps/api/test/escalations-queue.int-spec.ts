import { ADMIN, BOARD, demoIds, LEADER, PARTNER, WORKING } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const asked = { problem: 'Venue lost.', impact: 'Drop-ins stop.', decisionSought: 'Fund a new venue.' };

describe('the board’s escalation queue and the decision log', () => {
  let t: TestApp;
  let board: Agent;
  const id: Record<string, string> = {};
  const e: Record<string, { id: string; version: number }> = {};

  /** Raises on the action, then back-dates it so that age and overdue can be checked. */
  const raise = async (name: string, actionRef: string, urgency: string, daysAgo: number, neededBy: string) => {
    const { body } = await board.post(`/api/actions/${id[actionRef]}/escalations`).send({ ...asked, urgency, neededBy: '2030-01-01' }).expect(201);
    await t.sql(`UPDATE escalation SET raised_at = now() - make_interval(days => $2), needed_by = $3 WHERE id = $1`, [body.id, daysAgo, neededBy]);
    e[name] = body;
  };
  const decide = async (name: string, outcome: string, decisionText: string) => {
    const taken = (await board.post(`/api/escalations/${e[name].id}/take`).send({ version: e[name].version }).expect(200)).body;
    e[name] = (await board.post(`/api/escalations/${e[name].id}/decision`).send({ version: taken.version, outcome, decisionText }).expect(200)).body;
  };
  const names = (list: { id: string }[]) => list.map((item) => Object.keys(e).find((name) => e[name].id === item.id));

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(id, await demoIds(t));
    board = await t.signIn(BOARD);
    await raise('routineOld', 'DI-001', 'routine', 30, '2030-01-01');
    await raise('urgentNew', 'DI-002', 'urgent', 1, '2030-01-01');
    await raise('urgentOld', 'DI-003', 'urgent', 10, '2030-01-01');
    await raise('highOverdue', 'DI-002', 'high', 5, '2020-01-01');
    await raise('routineOverdue', 'DI-003', 'routine', 2, '2020-01-01');
    await raise('taken', 'DI-001', 'high', 3, '2030-01-01');
    e.taken = (await board.post(`/api/escalations/${e.taken.id}/take`).send({ version: 1 }).expect(200)).body;
    await raise('agreedOne', 'DI-001', 'urgent', 40, '2020-01-01');
    await decide('agreedOne', 'agreed', '=Fund it, with care');
    await raise('declinedOne', 'DI-002', 'routine', 40, '2030-01-01');
    await decide('declinedOne', 'declined', 'Not this year.');
  });
  afterAll(() => t.close());

  describe('GET /api/escalations/queue', () => {
    it('lists open and under-review escalations, overdue first, then by urgency, then oldest first', async () => {
      const { body } = await board.get('/api/escalations/queue').expect(200);
      expect(names(body)).toEqual(['highOverdue', 'routineOverdue', 'urgentOld', 'urgentNew', 'taken', 'routineOld']);
      expect(body[0]).toMatchObject({ overdue: true, ageDays: 5, neededBy: '2020-01-01', status: 'open' });
      expect(body[5]).toMatchObject({ overdue: false, ageDays: 30 });
      expect(body[4]).toMatchObject({ status: 'under_review', reviewer: { name: 'Bola Board' } });
    });

    it('filters by urgency, owning body and priority, with repeated or comma separated values', async () => {
      expect(names((await board.get('/api/escalations/queue?urgency=urgent,high').expect(200)).body)).toEqual(['highOverdue', 'urgentOld', 'urgentNew', 'taken']);
      expect(names((await board.get(`/api/escalations/queue?body=${id.channel_shift_board}`).expect(200)).body)).toEqual(['routineOverdue', 'urgentOld']);
      // DI-001 serves priority 1, DI-002 priority 6.
      expect(names((await board.get('/api/escalations/queue?priority=1&urgency=routine&urgency=high').expect(200)).body)).toEqual(['taken', 'routineOld']);
      expect(names((await board.get(`/api/escalations/queue?priority=${id.priority6}`).expect(200)).body)).toEqual(['highOverdue', 'urgentNew']);
    });

    it('names invalid filters', async () => {
      const { body } = await board.get('/api/escalations/queue?urgency=soon&body=x&priority=first').expect(400);
      expect(body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['body', 'priority', 'urgency']);
    });

    it.each([ADMIN, LEADER, WORKING, PARTNER])('is readable by %s', async (email) => {
      const { body } = await (await t.signIn(email)).get('/api/escalations/queue').expect(200);
      expect(body).toHaveLength(6);
    });

    it('refuses anyone signed out', async () => {
      await t.http.get('/api/escalations/queue').expect(401);
    });
  });

  describe('GET /api/decisions', () => {
    it('lists every decision, newest first, with its escalation, action and date', async () => {
      const { body } = await board.get('/api/decisions').expect(200);
      expect(names(body.map((entry: { escalationId: string }) => ({ id: entry.escalationId })))).toEqual(['declinedOne', 'agreedOne']);
      expect(body[1]).toEqual({
        escalationId: e.agreedOne.id,
        action: { id: id['DI-001'], reference: 'DI-001', title: expect.any(String) },
        decisionSought: asked.decisionSought,
        urgency: 'urgent',
        outcome: 'agreed',
        decisionText: '=Fund it, with care',
        conditions: null,
        decidedBy: { id: id[BOARD], name: 'Bola Board' },
        decidedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        raisedBy: { id: id[BOARD], name: 'Bola Board' },
        status: 'agreed',
        meeting: null,
      });
    });

    it('filters by outcome, action, body and date', async () => {
      const ids = async (query: string) => (await board.get(`/api/decisions?${query}`).expect(200)).body.map((entry: { escalationId: string }) => entry.escalationId);
      expect(await ids('outcome=declined')).toEqual([e.declinedOne.id]);
      expect(await ids(`action=${id['DI-001']}`)).toEqual([e.agreedOne.id]);
      expect(await ids(`body=${id.internal_working_group}`)).toEqual([e.declinedOne.id]);
      expect(await ids('to=2020-01-01')).toEqual([]);
      expect(await ids('from=2020-01-01&outcome=agreed,declined')).toHaveLength(2);
      const bad = await board.get('/api/decisions?outcome=maybe&from=2026-02-30&action=x&meeting=y&to=z').expect(400);
      expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['action', 'from', 'meeting', 'outcome', 'to']);
    });

    it('exports the filtered log as CSV, a formula-like cell kept as text', async () => {
      const response = await (await t.signIn(PARTNER)).get('/api/decisions.csv?outcome=agreed').expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      expect(response.headers['content-disposition']).toBe('attachment; filename="decision-log.csv"');
      const text = response.text.replace(/^\uFEFF/, '');
      const lines = text.trim().split('\r\n');
      expect(lines[0]).toBe('Decided on,Action,Action title,Decision asked,Urgency,Outcome,Decision,Conditions,Decided by,Raised by,Board meeting,Escalation status,Escalation id');
      expect(lines).toHaveLength(2);
      expect(lines[1]).toContain(`,DI-001,`);
      expect(lines[1]).toContain(`"'=Fund it, with care"`);
      expect(lines[1]).toContain(e.agreedOne.id);
    });

    it('refuses anyone signed out', async () => {
      await t.http.get('/api/decisions').expect(401);
      await t.http.get('/api/decisions.csv').expect(401);
    });
  });
});
