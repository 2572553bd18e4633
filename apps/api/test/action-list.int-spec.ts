import type { ActionSummary } from '@steerline/contracts';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const USERS = ['admin', 'leader', 'board', 'working', 'partner'].map((name) => `${name}@steerline.example`);

interface NewAction {
  reference: string;
  title: string;
  description?: string;
  priority: number;
  owner: string;
  body: string;
  status: string;
  rag: string;
  dueInDays: number | null;
  lastUpdateDaysAgo?: number;
}

/** Seeded DI-001..003 plus these; dates count from the database's today, so the expectations never age. */
const ACTIONS: NewAction[] = [
  { reference: 'DI-101', title: 'Library laptop loans', priority: 2, owner: 'working', body: 'internal_working_group', status: 'in_progress', rag: 'red', dueInDays: -10 },
  { reference: 'DI-102', title: 'Promote 50% off broadband offers', description: 'Voucher code BB_2026.', priority: 3, owner: 'leader', body: 'leadership_team', status: 'complete', rag: 'blue', dueInDays: -20 },
  { reference: 'DI-103', title: 'Kiosk pilot', priority: 4, owner: 'board', body: 'channel_shift_board', status: 'cancelled', rag: 'amber', dueInDays: -5 },
  { reference: 'DI-104', title: 'Tablet lending scheme', description: 'Tablets lent from The Forum.', priority: 1, owner: 'partner', body: 'external_steering_group', status: 'in_progress', rag: 'amber', dueInDays: 5, lastUpdateDaysAgo: 2 },
  { reference: 'DI-105', title: 'Help 500 people online', description: 'Reference BBX2026.', priority: 5, owner: 'leader', body: 'leadership_team', status: 'not_started', rag: 'grey', dueInDays: null },
];

describe('the action list', () => {
  let t: TestApp;
  const agents: Record<string, Agent> = {};
  const ids: Record<string, string> = {};

  const idOf = async (table: string, where: string, value: unknown) => (await t.sql<{ id: string }>(`SELECT id FROM ${table} WHERE ${where} = $1`, [value]))[0].id;
  const references = (body: { items: ActionSummary[] }) => body.items.map((item) => item.reference);
  const list = async (query: string, as = 'board@steerline.example') => (await agents[as].get(`/api/actions?${query}`).expect(200)).body;

  beforeAll(async () => {
    t = await createTestApp();
    await t.sql(`UPDATE action SET start_date = current_date - 30, due_date = current_date + CASE reference WHEN 'DI-001' THEN 200 WHEN 'DI-002' THEN 100 ELSE 300 END`);
    for (const action of ACTIONS) {
      const [{ id }] = await t.sql<{ id: string }>(
        `INSERT INTO action (strategy_id, reference, title, description, priority_id, owner_id, owning_body_id, due_date, status, rag, last_update_at)
         SELECT s.id, $1, $2, $3, (SELECT id FROM priority WHERE number = $4), (SELECT id FROM app_user WHERE email = $5 || '@steerline.example'),
           (SELECT id FROM body WHERE kind = $6), current_date + $7::int, $8, $9, now() - make_interval(days => $10::int)
         FROM strategy s RETURNING id`,
        [action.reference, action.title, action.description ?? '', action.priority, action.owner, action.body, action.dueInDays, action.status, action.rag, action.lastUpdateDaysAgo ?? null],
      );
      ids[action.reference] = id;
    }
    const workingId = await idOf('app_user', 'email', 'working@steerline.example');
    await t.sql(
      `INSERT INTO progress_update (action_id, author_id, created_at, commentary, rag, percent_complete, problem, corrective_action)
       VALUES ($1, $2, now() - interval '5 days', 'Laptops late', 'red', 20, 'Supplier late', 'Second supplier'),
              ($3, $4, now() - interval '40 days', 'Launched', 'blue', 100, NULL, NULL)`,
      [ids['DI-101'], workingId, ids['DI-102'], await idOf('app_user', 'email', 'leader@steerline.example')],
    );
    await t.sql(`INSERT INTO action_partner (action_id, partner_id) SELECT $1, id FROM partner WHERE name = 'The Forum'`, [ids['DI-104']]);
    await t.sql(`INSERT INTO action_segment (action_id, segment_id) SELECT $1, id FROM population_segment WHERE name LIKE 'Young people renting%'`, [ids['DI-101']]);
    for (const email of USERS) agents[email] = await t.signIn(email);
  });
  afterAll(() => t.close());

  it('lists actions that are not cancelled, sorted by reference, with their summary', async () => {
    const body = await list('');
    expect(references(body)).toEqual(['DI-001', 'DI-002', 'DI-003', 'DI-101', 'DI-102', 'DI-104', 'DI-105']);
    expect(body).toMatchObject({ total: 7, page: 1, pageSize: 25 });
    const laptops = body.items.find((item: ActionSummary) => item.reference === 'DI-101');
    expect(laptops).toMatchObject({
      id: ids['DI-101'], title: 'Library laptop loans', priority: { number: 2 }, owner: { name: 'Wren Working' },
      owningBody: { name: 'Internal digital inclusion working group' }, status: 'in_progress', rag: 'red', overdue: true, version: 1,
    });
    const [{ created_at }] = await t.sql<{ created_at: Date }>(`SELECT created_at FROM progress_update WHERE action_id = $1`, [ids['DI-101']]);
    expect(laptops.lastUpdateAt).toBe(created_at.toISOString());
    expect(body.items.find((item: ActionSummary) => item.reference === 'DI-102').overdue).toBe(false);
    expect(body.items.find((item: ActionSummary) => item.reference === 'DI-105')).toMatchObject({ dueDate: null, lastUpdateAt: null, overdue: false });
  });

  it.each(USERS)('lets %s read the list', async (email) => {
    expect((await agents[email].get('/api/actions').expect(200)).body.total).toBe(7);
  });

  it('refuses anonymous callers with 401', async () => {
    expect((await t.http.get('/api/actions').expect(401)).body.error.code).toBe('unauthenticated');
  });

  describe('filters', () => {
    const cases: [string, () => string, string[]][] = [
      ['priority by number', () => 'priority=1', ['DI-001', 'DI-104']],
      ['priorities as a comma list', () => 'priority=1,2', ['DI-001', 'DI-003', 'DI-101', 'DI-104']],
      ['priorities repeated, by id and number', () => `priority=${ids.P2}&priority=6`, ['DI-002', 'DI-003', 'DI-101']],
      ['status', () => 'status=in_progress', ['DI-001', 'DI-002', 'DI-101', 'DI-104']],
      ['status cancelled', () => 'status=cancelled', ['DI-103']],
      ['statuses repeated', () => 'status=complete&status=cancelled', ['DI-102', 'DI-103']],
      ['rag (cancelled left out)', () => 'rag=amber', ['DI-002', 'DI-104']],
      ['rags as a comma list', () => 'rag=red,blue', ['DI-101', 'DI-102']],
      ['owner', () => `owner=${ids.working}`, ['DI-002', 'DI-101']],
      ['owning body', () => `body=${ids.board}`, ['DI-003']],
      ['partner', () => `partner=${ids.forum}`, ['DI-001', 'DI-104']],
      ['segment', () => `segment=${ids.youngRenters}`, ['DI-003', 'DI-101']],
      ['a partner id nobody uses', () => 'partner=00000000-0000-4000-8000-000000000000', []],
      ['overdue', () => 'overdue=true', ['DI-101']],
      ['not overdue', () => 'overdue=false', ['DI-001', 'DI-002', 'DI-003', 'DI-102', 'DI-104', 'DI-105']],
      ['stale: open and no update for 30 days', () => 'stale=true', ['DI-001', 'DI-002', 'DI-003', 'DI-105']],
      ['not stale', () => 'stale=false', ['DI-101', 'DI-102', 'DI-104']],
      ['text in a title, any case', () => 'q=FORUM', ['DI-001', 'DI-104']],
      ['text in a reference', () => 'q=di-10', ['DI-101', 'DI-102', 'DI-104', 'DI-105']],
      ['a % matching itself', () => `q=${encodeURIComponent('50%')}`, ['DI-102']],
      ['an _ matching itself', () => 'q=BB_2026', ['DI-102']],
      ['priority and rag', () => 'priority=1&rag=amber', ['DI-104']],
      ['rag and statuses including cancelled', () => 'rag=amber&status=cancelled,in_progress', ['DI-002', 'DI-103', 'DI-104']],
      ['status, overdue and text', () => 'status=in_progress&overdue=false&q=online', ['DI-001', 'DI-002']],
      ['body, stale and priority', () => `body=${ids.board}&stale=true&priority=2`, ['DI-003']],
    ];

    beforeAll(async () => {
      ids.P2 = await idOf('priority', 'number', 2);
      ids.working = await idOf('app_user', 'email', 'working@steerline.example');
      ids.board = await idOf('body', 'kind', 'channel_shift_board');
      ids.forum = await idOf('partner', 'name', 'The Forum');
      ids.youngRenters = await idOf('population_segment', 'name', 'Young people renting flats in high density social housing');
    });

    it.each(cases)('filters by %s', async (_, query, expected) => {
      const body = await list(query());
      expect(references(body)).toEqual(expected);
      expect(body.total).toBe(expected.length);
    });

    it('reads owner=me as the signed-in user', async () => {
      expect(references(await list('owner=me', 'partner@steerline.example'))).toEqual(['DI-001', 'DI-104']);
      expect(references(await list('owner=me&stale=true', 'partner@steerline.example'))).toEqual(['DI-001']);
      expect(references(await list('owner=me', 'admin@steerline.example'))).toEqual([]);
    });
  });

  describe('sorting', () => {
    const sorted: [string, string[], string[]][] = [
      ['reference', ['DI-001', 'DI-002', 'DI-003', 'DI-101', 'DI-102', 'DI-104', 'DI-105'], ['DI-105', 'DI-104', 'DI-102', 'DI-101', 'DI-003', 'DI-002', 'DI-001']],
      ['title', ['DI-003', 'DI-001', 'DI-105', 'DI-002', 'DI-101', 'DI-102', 'DI-104'], ['DI-104', 'DI-102', 'DI-101', 'DI-002', 'DI-105', 'DI-001', 'DI-003']],
      ['dueDate', ['DI-102', 'DI-101', 'DI-104', 'DI-002', 'DI-001', 'DI-003', 'DI-105'], ['DI-003', 'DI-001', 'DI-002', 'DI-104', 'DI-101', 'DI-102', 'DI-105']],
      ['rag', ['DI-101', 'DI-002', 'DI-104', 'DI-001', 'DI-102', 'DI-003', 'DI-105'], ['DI-003', 'DI-105', 'DI-102', 'DI-001', 'DI-002', 'DI-104', 'DI-101']],
      ['status', ['DI-003', 'DI-105', 'DI-001', 'DI-002', 'DI-101', 'DI-104', 'DI-102'], ['DI-102', 'DI-001', 'DI-002', 'DI-101', 'DI-104', 'DI-003', 'DI-105']],
      ['priority', ['DI-001', 'DI-104', 'DI-003', 'DI-101', 'DI-102', 'DI-105', 'DI-002'], ['DI-002', 'DI-105', 'DI-102', 'DI-003', 'DI-101', 'DI-001', 'DI-104']],
      ['lastUpdateAt', ['DI-001', 'DI-002', 'DI-003', 'DI-105', 'DI-102', 'DI-101', 'DI-104'], ['DI-104', 'DI-101', 'DI-102', 'DI-001', 'DI-002', 'DI-003', 'DI-105']],
    ];

    it.each(sorted)('sorts by %s both ways, ties by reference', async (sort, ascending, descending) => {
      expect(references(await list(`sort=${sort}&direction=asc`))).toEqual(ascending);
      expect(references(await list(`sort=${sort}&direction=desc`))).toEqual(descending);
    });

    it('sorts ascending when no direction is given', async () => {
      expect(references(await list('sort=dueDate'))).toEqual(sorted[2][1]);
    });
  });

  it('pages through the list with the total on every page', async () => {
    expect(await list('pageSize=3')).toMatchObject({ total: 7, page: 1, pageSize: 3, items: [{ reference: 'DI-001' }, { reference: 'DI-002' }, { reference: 'DI-003' }] });
    expect(references(await list('pageSize=3&page=2'))).toEqual(['DI-101', 'DI-102', 'DI-104']);
    expect(await list('pageSize=3&page=3')).toMatchObject({ total: 7, page: 3, items: [{ reference: 'DI-105' }] });
    expect(await list('pageSize=3&page=4')).toEqual({ items: [], total: 7, page: 4, pageSize: 3 });
    expect(await list('pageSize=1&page=2&rag=amber&sort=reference&direction=desc')).toMatchObject({ total: 2, items: [{ reference: 'DI-002' }] });
  });

  describe('refuses bad parameters with 400 naming the field', () => {
    const bad: [string, string][] = [
      ['owner=not-a-uuid', 'owner'],
      ['body=123', 'body'],
      ['partner=00000000-0000-4000-8000', 'partner'],
      ['segment=x', 'segment'],
      ['priority=first', 'priority'],
      ['priority=0', 'priority'],
      ['status=done', 'status'],
      ['status=in_progress,finished', 'status'],
      ['rag=purple', 'rag'],
      ['overdue=yes', 'overdue'],
      ['stale=1', 'stale'],
      ['sort=colour', 'sort'],
      [`sort=${encodeURIComponent('reference; DROP TABLE action')}`, 'sort'],
      ['direction=up', 'direction'],
      ['pageSize=1000', 'pageSize'],
      ['pageSize=0', 'pageSize'],
      ['page=0', 'page'],
      ['page=two', 'page'],
      ['page=1.5', 'page'],
      ['page=1e300', 'page'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['q=a&q=b', 'q'],
      ['owner=me&owner=me', 'owner'],
      ['colour=red', 'colour'],
    ];

    const named = bad.map(([query, field]) => [query.length > 40 ? `${query.slice(0, 20)}... (${query.length} characters)` : query, query, field]);
    it.each(named)('%s', async (_, query, field) => {
      const response = await agents['board@steerline.example'].get(`/api/actions?${query}`).expect(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.details).toEqual([{ field, messages: expect.arrayContaining([expect.any(String)]) }]);
    });
  });
});
