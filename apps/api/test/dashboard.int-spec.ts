import type { ActionSummary, DashboardResponse, PriorityRagCounts } from '@steerline/contracts';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const USERS = ['admin', 'leader', 'board', 'working', 'partner'].map((name) => `${name}@steerline.example`);
const references = (list: { items: ActionSummary[] }) => list.items.map((item) => item.reference);
const zero = { red: 0, amber: 0, green: 0, blue: 0, grey: 0 };

describe('the dashboard', () => {
  let t: TestApp;
  const agents: Record<string, Agent> = {};
  const dashboard = async (email: string) => (await agents[email].get('/api/dashboard').expect(200)).body as DashboardResponse;
  const priority = (body: DashboardResponse, number: number) => body.ragByPriority.find((row) => row.priority.number === number)!;

  const insertAction = async (reference: string, priorityNumber: number, owner: string, body: string, status: string, rag: string, dueInDays: number) => {
    const [{ id }] = await t.sql<{ id: string }>(
      `INSERT INTO action (strategy_id, reference, title, priority_id, owner_id, owning_body_id, due_date, status, rag)
       SELECT s.id, $1, 'Action ' || $1, (SELECT id FROM priority WHERE number = $2), (SELECT id FROM app_user WHERE email = $3 || '@steerline.example'),
         (SELECT id FROM body WHERE kind = $4), current_date + $5::int, $6, $7
       FROM strategy s RETURNING id`,
      [reference, priorityNumber, owner, body, dueInDays, status, rag],
    );
    return id;
  };
  const actionId = async (reference: string) => (await t.sql<{ id: string }>(`SELECT id FROM action WHERE reference = $1`, [reference]))[0].id;
  const insertMilestone = (action: string, title: string, dueInDays: number, done = false) =>
    t.sql(`INSERT INTO milestone (action_id, title, due_date, done_date) VALUES ($1, $2, current_date + $3::int, CASE WHEN $4 THEN current_date END)`, [action, title, dueInDays, done]);
  const insertUpdate = (reference: string, daysAgo: number) =>
    t.sql(
      `INSERT INTO progress_update (action_id, author_id, created_at, commentary, rag, percent_complete)
       SELECT a.id, a.owner_id, now() - make_interval(days => $2), 'On track', 'green', 40 FROM action a WHERE a.reference = $1`,
      [reference, daysAgo],
    );

  beforeAll(async () => {
    t = await createTestApp();
    await t.sql(`UPDATE action SET start_date = current_date - 30, due_date = current_date + CASE reference WHEN 'DI-001' THEN 200 WHEN 'DI-002' THEN 100 ELSE 300 END`);
    await insertAction('DI-301', 3, 'working', 'internal_working_group', 'in_progress', 'amber', -15);
    await insertAction('DI-302', 3, 'board', 'channel_shift_board', 'in_progress', 'red', -40);
    await insertAction('DI-303', 3, 'leader', 'leadership_team', 'complete', 'blue', -60);
    const cancelled = await insertAction('DI-304', 3, 'board', 'channel_shift_board', 'cancelled', 'red', -90);
    const [forum, inline] = [await actionId('DI-001'), await actionId('DI-002')];
    await insertMilestone(forum, 'Venue booked', 10);
    await insertMilestone(forum, 'Evaluation report', 40);
    await insertMilestone(forum, 'Flyers printed', 5, true);
    await insertMilestone(forum, 'Room plan agreed', -1);
    await insertMilestone(inline, 'Card printed', 30);
    await insertMilestone(inline, 'Protocol signed', 0);
    await insertMilestone(cancelled, 'Kiosk delivered', 3);
    for (const email of USERS) agents[email] = await t.signIn(email);
  });
  afterAll(() => t.close());

  it('counts the RAG ratings of every priority, leaving out cancelled actions', async () => {
    const body = await dashboard('board@steerline.example');
    expect(body.ragByPriority.map((row) => row.priority.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(priority(body, 1).priority.title).toMatch(/^Support and promote awareness of free digital access points/);
    expect(priority(body, 1)).toMatchObject<Partial<PriorityRagCounts>>({ ...zero, green: 1, total: 1 });
    expect(priority(body, 2)).toMatchObject({ ...zero, grey: 1, total: 1 });
    expect(priority(body, 3)).toMatchObject({ ...zero, red: 1, amber: 1, blue: 1, total: 3 });
    expect(priority(body, 4)).toMatchObject({ ...zero, total: 0 });
    expect(priority(body, 6)).toMatchObject({ ...zero, amber: 1, total: 1 });
  });

  it('lists overdue actions most overdue first, not complete or cancelled ones', async () => {
    const { overdue } = await dashboard('working@steerline.example');
    expect(references(overdue)).toEqual(['DI-302', 'DI-301']);
    expect(overdue.total).toBe(2);
    expect(overdue.items[1]).toMatchObject({ rag: 'amber', overdue: true, priority: { number: 3 }, owner: { name: 'Wren Working' } });
  });

  it('lists open milestones due in the next 30 days, soonest first', async () => {
    const { milestonesDueSoon } = await dashboard('partner@steerline.example');
    expect(milestonesDueSoon.items.map((milestone) => [milestone.action.reference, milestone.title])).toEqual([
      ['DI-002', 'Protocol signed'],
      ['DI-001', 'Venue booked'],
      ['DI-002', 'Card printed'],
    ]);
    expect(milestonesDueSoon.total).toBe(3);
    const [{ in10Days }] = await t.sql<{ in10Days: string }>(`SELECT to_char(current_date + 10, 'YYYY-MM-DD') AS "in10Days"`);
    expect(milestonesDueSoon.items[1]).toEqual({
      id: expect.any(String), title: 'Venue booked', dueDate: in10Days,
      action: { id: await actionId('DI-001'), reference: 'DI-001', title: 'Get online Tuesdays at The Forum' },
    });
  });

  it('shows each user their own open actions with no update for 30 days', async () => {
    expect(references((await dashboard('working@steerline.example')).myActionsNeedingUpdate)).toEqual(['DI-002', 'DI-301']);
    expect(references((await dashboard('board@steerline.example')).myActionsNeedingUpdate)).toEqual(['DI-003', 'DI-302']);
    expect((await dashboard('admin@steerline.example')).myActionsNeedingUpdate).toEqual({ items: [], total: 0 });
    expect((await dashboard('leader@steerline.example')).myActionsNeedingUpdate.total).toBe(0);
  });

  it('drops an action from "needing update" once its owner posts a fresh update', async () => {
    expect((await dashboard('partner@steerline.example')).myActionsNeedingUpdate).toMatchObject({ items: [{ reference: 'DI-001' }], total: 1 });
    await insertUpdate('DI-001', 31);
    expect(references((await dashboard('partner@steerline.example')).myActionsNeedingUpdate)).toEqual(['DI-001']);
    await insertUpdate('DI-001', 0);
    expect((await dashboard('partner@steerline.example')).myActionsNeedingUpdate).toEqual({ items: [], total: 0 });
  });

  it.each(USERS)('lets %s see the dashboard', async (email) => {
    const body = await dashboard(email);
    expect(body.ragByPriority).toHaveLength(6);
    expect(body.overdue.total).toBeGreaterThan(0);
  });

  it('refuses anonymous callers with 401', async () => {
    expect((await t.http.get('/api/dashboard').expect(401)).body.error.code).toBe('unauthenticated');
  });

  it('shows at most 20 overdue actions, with the full count', async () => {
    for (let index = 0; index < 22; index += 1) {
      await insertAction(`DI-4${String(index).padStart(2, '0')}`, 5, 'leader', 'leadership_team', 'not_started', 'grey', -1 - index);
    }
    const { overdue, ragByPriority } = await dashboard('leader@steerline.example');
    expect(overdue.total).toBe(24);
    expect(overdue.items).toHaveLength(20);
    expect(references(overdue).slice(0, 3)).toEqual(['DI-302', 'DI-421', 'DI-420']);
    expect(ragByPriority.find((row) => row.priority.number === 5)).toMatchObject({ ...zero, grey: 22, total: 22 });
  });

  it('keeps its RAG counts equal to a fresh count through updates, cancellation, a new priority and a deletion', async () => {
    const fresh = async () =>
      Object.fromEntries((await t.sql<{ key: string; actions: number }>(
        `SELECT p.number || ':' || a.rag AS key, count(*)::int AS actions FROM action a JOIN priority p ON p.id = a.priority_id
         WHERE a.status <> 'cancelled' GROUP BY 1 ORDER BY 1`,
      )).map((row) => [row.key, row.actions]));
    const shown = async () => {
      const counts: Record<string, number> = {};
      for (const row of (await dashboard('board@steerline.example')).ragByPriority) {
        for (const rag of ['red', 'amber', 'green', 'blue', 'grey'] as const) if (row[rag] > 0) counts[`${row.priority.number}:${rag}`] = row[rag];
      }
      return counts;
    };
    const before = await shown();
    expect(before).toEqual(await fresh());

    const board = agents['board@steerline.example'];
    const di301 = await actionId('DI-301');
    await board.post(`/api/actions/${di301}/updates`).send({ commentary: 'Back on track', rag: 'green', percentComplete: 60 }).expect(201);
    expect(await shown()).toMatchObject({ '3:green': (before['3:green'] ?? 0) + 1 });
    expect(await shown()).toEqual(await fresh());

    const { version } = (await board.get(`/api/actions/${di301}`).expect(200)).body as { version: number };
    await board.post(`/api/actions/${di301}/cancel`).send({ reason: 'Merged into DI-302', version }).expect(200);
    await t.sql(`UPDATE action SET priority_id = (SELECT id FROM priority WHERE number = 4), rag = 'amber' WHERE reference = 'DI-302'`);
    await t.sql(`DELETE FROM action WHERE reference = 'DI-421'`);
    const after = await shown();
    expect(after).toEqual(await fresh());
    expect(after).toMatchObject({ '4:amber': 1, '5:grey': 21 });
    expect(after['3:red']).toBeUndefined();
  });
});
