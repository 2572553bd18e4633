import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * No N+1: the SQL statements behind the action list, the action page and the dashboard stay the same in number
 * whether the plan has 3 actions or 60, and whether an action has one of everything or dozens.
 * Counted at TypeORM's logger, which sees every statement the application sends (the session store's own
 * statements go straight to the pool and are the same for every request, so they are not counted).
 */
describe('SQL statements per request', () => {
  let t: TestApp;
  let agent: Awaited<ReturnType<TestApp['signIn']>>;
  const statements: string[] = [];

  /** The statements the app ran to answer one request. */
  const countFor = async (path: string) => {
    statements.length = 0;
    await agent.get(path).expect(200);
    return statements.length;
  };
  const actionPage = async (id: string) => {
    const counts: Record<string, number> = {};
    for (const suffix of ['', '/updates', '/history', '/escalations']) counts[`action${suffix}`] = await countFor(`/api/actions/${id}${suffix}`);
    return counts;
  };
  const LIST = '/api/actions?status=in_progress,not_started&sort=lastUpdateAt&direction=desc&pageSize=50';
  const actionId = async (reference: string) => (await t.sql<{ id: string }>(`SELECT id FROM action WHERE reference = $1`, [reference]))[0].id;

  beforeAll(async () => {
    // The queries themselves are counted here, not the read cache's answers (read-cache.int-spec.ts).
    t = await createTestApp({ READ_CACHE_SECONDS: '0' });
    const logger = t.app.get(DataSource).logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, queryRunner) => {
      statements.push(query);
      return logQuery(query, parameters, queryRunner);
    };
    agent = await t.signIn('leader@steerline.example');
    await giveOneOfEverything('DI-003');
  });

  afterAll(() => t.close());

  it('the list, the dashboard and an action page take as many statements for 60 actions with dozens of rows each as for 3', async () => {
    const few = { list: await countFor(LIST), dashboard: await countFor('/api/dashboard'), page: await actionPage(await actionId('DI-003')) };
    expect(few.list).toBeGreaterThan(0);

    await addActions(57);
    const busy = await actionId('DI-060');
    const many = { list: await countFor(LIST), dashboard: await countFor('/api/dashboard'), page: await actionPage(busy) };

    const [{ updates, partners, milestones, escalations }] = await t.sql<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM progress_update WHERE action_id = $1) AS updates,
              (SELECT count(*)::int FROM action_partner WHERE action_id = $1) AS partners,
              (SELECT count(*)::int FROM milestone WHERE action_id = $1) AS milestones,
              (SELECT count(*)::int FROM escalation WHERE action_id = $1) AS escalations`,
      [busy],
    );
    expect({ updates, partners, milestones, escalations }).toEqual({ updates: 30, partners: 3, milestones: 6, escalations: 4 });
    expect((await agent.get(LIST).expect(200)).body.items.length).toBe(50);
    expect(many).toEqual(few);
  });

  /** One update (with a measure value), partner, segment, milestone and escalation on the action. */
  async function giveOneOfEverything(reference: string) {
    await t.sql(
      `WITH a AS (SELECT id, owner_id FROM action WHERE reference = $1),
       m AS (INSERT INTO measure (action_id, name, target) SELECT id, 'People helped', 100 FROM a RETURNING id),
       u AS (INSERT INTO progress_update (action_id, author_id, commentary, rag, percent_complete) SELECT id, owner_id, 'Started', 'green', 10 FROM a RETURNING id),
       v AS (INSERT INTO progress_update_measure (update_id, measure_id, value) SELECT u.id, m.id, 5 FROM u, m)
       INSERT INTO milestone (action_id, title, due_date) SELECT id, 'Kick-off', current_date + 10 FROM a`,
      [reference],
    );
    await t.sql(
      `INSERT INTO escalation (action_id, raised_by_id, problem, impact, decision_sought, urgency, needed_by)
       SELECT id, owner_id, 'Late', 'Residents wait', 'More time', 'routine', current_date + 7 FROM action WHERE reference = $1`,
      [reference],
    );
  }

  /** Actions DI-004.. with 30 updates (each with a measure value), 3 partners, 2 segments, 6 milestones, 3 measures, 4 escalations. */
  async function addActions(count: number) {
    await t.sql(
      `INSERT INTO action (strategy_id, reference, title, priority_id, owner_id, owning_body_id, due_date, status, rag)
       SELECT a.strategy_id, 'DI-' || lpad(i::text, 3, '0'), 'Action ' || i, a.priority_id, a.owner_id, a.owning_body_id,
              current_date + (i % 40) - 20, 'in_progress', (ARRAY['red', 'amber', 'green'])[1 + i % 3]
       FROM generate_series(4, $1::int + 3) i, (SELECT * FROM action WHERE reference = 'DI-003') a`,
      [count],
    );
    const added = `SELECT id, owner_id FROM action WHERE reference > 'DI-003'`;
    await t.sql(`INSERT INTO action_partner (action_id, partner_id) SELECT a.id, p.id FROM (${added}) a, (SELECT id FROM partner ORDER BY name LIMIT 3) p`);
    await t.sql(`INSERT INTO action_segment (action_id, segment_id) SELECT a.id, s.id FROM (${added}) a, (SELECT id FROM population_segment ORDER BY name LIMIT 2) s`);
    await t.sql(`INSERT INTO milestone (action_id, title, due_date) SELECT a.id, 'Step ' || k, current_date + k * 5 FROM (${added}) a, generate_series(1, 6) k`);
    await t.sql(`INSERT INTO measure (action_id, name, target) SELECT a.id, 'Measure ' || k, 100 FROM (${added}) a, generate_series(1, 3) k`);
    await t.sql(
      `INSERT INTO progress_update (action_id, author_id, created_at, commentary, rag, percent_complete)
       SELECT a.id, a.owner_id, now() - make_interval(days => k), 'Week ' || k, 'green', 50 FROM (${added}) a, generate_series(1, 30) k`,
    );
    await t.sql(
      `INSERT INTO progress_update_measure (update_id, measure_id, value)
       SELECT u.id, m.id, 7 FROM progress_update u JOIN measure m ON m.action_id = u.action_id WHERE u.action_id IN (SELECT id FROM (${added}) a)`,
    );
    await t.sql(
      `INSERT INTO escalation (action_id, raised_by_id, problem, impact, decision_sought, urgency, needed_by)
       SELECT a.id, a.owner_id, 'Late ' || k, 'Residents wait', 'More time', 'high', current_date + k FROM (${added}) a, generate_series(1, 4) k`,
    );
  }
});
