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
    const queue = async (query = '') => (await board.get(`/api/escalations/queue${query}`).expect(200)).body;

    it('pages open and under-review escalations, overdue first, then by urgency, then oldest first, with the count', async () => {
      const body = await queue();
      expect(body).toMatchObject({ total: 6, page: 1, pageSize: 25 });
      expect(names(body.items)).toEqual(['highOverdue', 'routineOverdue', 'urgentOld', 'urgentNew', 'taken', 'routineOld']);
      expect(body.items[0]).toMatchObject({ overdue: true, ageDays: 5, neededBy: '2020-01-01', status: 'open' });
      expect(body.items[5]).toMatchObject({ overdue: false, ageDays: 30 });
      expect(body.items[4]).toMatchObject({ status: 'under_review', reviewer: { name: 'Bola Board' } });
    });

    it('answers each escalation as GET /api/escalations/:id does', async () => {
      const { items } = await queue();
      for (const item of items) expect(item).toEqual((await board.get(`/api/escalations/${item.id}`).expect(200)).body);
    });

    it('pages in the same order, the count on every page, and an empty page past the end', async () => {
      expect(await queue('?pageSize=4')).toMatchObject({ total: 6, page: 1, pageSize: 4 });
      const second = await queue('?page=2&pageSize=4');
      expect(second).toMatchObject({ total: 6, page: 2, pageSize: 4 });
      expect(names(second.items)).toEqual(['taken', 'routineOld']);
      expect(names((await queue('?page=2&pageSize=2')).items)).toEqual(['urgentOld', 'urgentNew']);
      expect(await queue('?page=4&pageSize=2')).toEqual({ items: [], total: 6, page: 4, pageSize: 2 });
      expect(await queue('?page=1000000')).toEqual({ items: [], total: 6, page: 1000000, pageSize: 25 });
      expect(await queue('?page=2&urgency=urgent')).toEqual({ items: [], total: 2, page: 2, pageSize: 25 });
      expect(await queue('?page=1&urgency=urgent&body=00000000-0000-4000-8000-000000000000')).toEqual({ items: [], total: 0, page: 1, pageSize: 25 });
    });

    it('filters by urgency, owning body and priority, with repeated or comma separated values', async () => {
      const filtered = async (query: string) => names((await queue(query)).items);
      expect(await filtered('?urgency=urgent,high')).toEqual(['highOverdue', 'urgentOld', 'urgentNew', 'taken']);
      expect(await filtered(`?body=${id.channel_shift_board}`)).toEqual(['routineOverdue', 'urgentOld']);
      // DI-001 serves priority 1, DI-002 priority 6.
      expect(await filtered('?priority=1&urgency=routine&urgency=high')).toEqual(['taken', 'routineOld']);
      expect(await filtered(`?priority=${id.priority6}`)).toEqual(['highOverdue', 'urgentNew']);
      expect(await filtered(`?priority=${id.priority6.toUpperCase()},1`)).toEqual(['highOverdue', 'urgentNew', 'taken', 'routineOld']);
      expect(await filtered(`?priority=6&body=${id.channel_shift_board},${id.internal_working_group}&urgency=high`)).toEqual(['highOverdue']);
      const paged = await queue('?urgency=urgent,high&page=2&pageSize=3');
      expect(paged).toMatchObject({ total: 4, page: 2, pageSize: 3 });
      expect(names(paged.items)).toEqual(['taken']);
    });

    it('names invalid filters', async () => {
      const { body } = await board.get('/api/escalations/queue?urgency=soon&body=x&priority=first').expect(400);
      expect(body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['body', 'priority', 'urgency']);
    });

    it.each(['page=0', 'page=-1', 'page=1.5', 'page=two', 'page=1e300', 'page=1&page=2', 'pageSize=0', 'pageSize=101', 'pageSize=ten'])(
      'refuses %s',
      async (query) => {
        const { body } = await board.get(`/api/escalations/queue?${query}`).expect(400);
        expect(body.error.details.map((d: { field: string }) => d.field)).toEqual([query.split('=')[0]]);
      },
    );

    it.each([ADMIN, LEADER, WORKING, PARTNER])('is readable by %s', async (email) => {
      const { body } = await (await t.signIn(email)).get('/api/escalations/queue').expect(200);
      expect(body.items).toHaveLength(6);
      expect(body.total).toBe(6);
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
