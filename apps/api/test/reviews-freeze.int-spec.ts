import { BOARD, demoIds, LEADER, PARTNER, WORKING } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;

describe('a signed-off review cycle is frozen', () => {
  let t: TestApp;
  const id: Record<string, string> = {};
  const agents: Record<string, Agent> = {};
  let cycle: { id: string; version: number };
  let measureId: string;
  const returnOf: Record<string, { id: string; version: number }> = {};

  /** Everything stored about the cycle, to show a refused edit changed nothing. */
  const stored = async () => ({
    cycle: await t.sql(`SELECT * FROM review_cycle WHERE id = $1`, [cycle.id]),
    returns: await t.sql(`SELECT * FROM review_return WHERE cycle_id = $1 ORDER BY id`, [cycle.id]),
    measures: await t.sql(`SELECT v.* FROM review_return_measure v JOIN review_return r ON r.id = v.return_id WHERE r.cycle_id = $1 ORDER BY 1, 2`, [cycle.id]),
    amendments: await t.sql(`SELECT m.* FROM review_amendment m JOIN review_return r ON r.id = m.return_id WHERE r.cycle_id = $1 ORDER BY m.id`, [cycle.id]),
    snapshot: await t.sql(`SELECT * FROM review_cycle_snapshot WHERE cycle_id = $1`, [cycle.id]),
    actions: await t.sql(`SELECT id, due_date, description, version FROM action ORDER BY id`),
  });

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(id, await demoIds(t));
    for (const email of [BOARD, LEADER, WORKING, PARTNER]) agents[email] = await t.signIn(email);
    [{ id: measureId }] = await t.sql<{ id: string }>(`INSERT INTO measure (action_id, name, target) VALUES ($1, 'Cards issued', 100) RETURNING id`, [id['DI-002']]);
    const created = (await agents[BOARD].post('/api/reviews/cycles')
      .send({ name: 'April to September 2026', periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' }).expect(201)).body;
    cycle = (await agents[BOARD].post(`/api/reviews/cycles/${created.id}/open`).send({ version: created.version }).expect(200)).body;
    const rows = await t.sql<{ reference: string; id: string }>(
      `SELECT a.reference, r.id FROM review_return r JOIN action a ON a.id = r.action_id WHERE r.cycle_id = $1`, [cycle.id]);
    const ids = Object.fromEntries(rows.map((row) => [row.reference, row.id]));
    const draft = {
      version: 1, actionStatus: 'in_progress', rag: 'green', narrative: 'Cards printed.', measureValues: [{ measureId, value: 80 }],
      amendments: [{ kind: 'due_date', newDueDate: '2027-03-31', reason: 'Printing delayed by new guidance.' }],
    };
    await agents[WORKING].put(`/api/reviews/returns/${ids['DI-002']}`).send(draft).expect(200);
    await agents[WORKING].post(`/api/reviews/returns/${ids['DI-002']}/submit`).send({ version: 2 }).expect(200);
    await agents[BOARD].post(`/api/reviews/returns/${ids['DI-002']}/accept`).send({ version: 3 }).expect(200);
    await agents[PARTNER].put(`/api/reviews/returns/${ids['DI-001']}`).send({ version: 1, narrative: 'Half written' }).expect(200);
    await agents[BOARD].put(`/api/reviews/returns/${ids['DI-003']}`).send({ version: 1, actionStatus: 'not_started', rag: 'grey', narrative: 'Starts in January.' }).expect(200);
    await agents[BOARD].post(`/api/reviews/returns/${ids['DI-003']}/submit`).send({ version: 2 }).expect(200);
    cycle = (await agents[BOARD].post(`/api/reviews/cycles/${cycle.id}/board-review`).send({ version: cycle.version }).expect(200)).body;
    cycle = (await agents[LEADER].post(`/api/reviews/cycles/${cycle.id}/sign-off`).send({ version: cycle.version }).expect(200)).body;
    for (const [reference, returnId] of Object.entries(ids)) {
      returnOf[reference] = (await agents[BOARD].get(`/api/reviews/returns/${returnId}`).expect(200)).body;
    }
  });
  afterAll(() => t.close());

  const refusedAsSignedOff = (response: { status: number; body: { error: { code: string; message: string } } }) => {
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('cycle_signed_off');
    expect(response.body.error.message).toBe('This review cycle is signed off, so nothing in it can change.');
  };

  it.each([
    ['edit the cycle', BOARD, 'patch', () => `/api/reviews/cycles/${cycle.id}`, () => ({ version: cycle.version, name: 'Renamed' })],
    ['open it again', BOARD, 'post', () => `/api/reviews/cycles/${cycle.id}/open`, () => ({ version: cycle.version })],
    ['move it to board review', BOARD, 'post', () => `/api/reviews/cycles/${cycle.id}/board-review`, () => ({ version: cycle.version })],
    ['sign it off again', LEADER, 'post', () => `/api/reviews/cycles/${cycle.id}/sign-off`, () => ({ version: cycle.version })],
    ['save a draft return', PARTNER, 'put', () => `/api/reviews/returns/${returnOf['DI-001'].id}`, () => ({ version: returnOf['DI-001'].version, narrative: 'Late' })],
    ['replace the amendments of an accepted return', WORKING, 'put', () => `/api/reviews/returns/${returnOf['DI-002'].id}`, () => ({ version: returnOf['DI-002'].version, amendments: [] })],
    ['submit a draft return', PARTNER, 'post', () => `/api/reviews/returns/${returnOf['DI-001'].id}/submit`, () => ({ version: returnOf['DI-001'].version })],
    ['send back a submitted return', BOARD, 'post', () => `/api/reviews/returns/${returnOf['DI-003'].id}/send-back`, () => ({ version: returnOf['DI-003'].version, comment: 'Too late' })],
    ['accept a submitted return', BOARD, 'post', () => `/api/reviews/returns/${returnOf['DI-003'].id}/accept`, () => ({ version: returnOf['DI-003'].version })],
    ['send back an accepted return', BOARD, 'post', () => `/api/reviews/returns/${returnOf['DI-002'].id}/send-back`, () => ({ version: returnOf['DI-002'].version, comment: 'Reopen' })],
  ] as const)('refuses to %s with 409 cycle_signed_off and changes nothing', async (_what, email, method, path, body) => {
    const before = await stored();
    refusedAsSignedOff(await agents[email][method](path()).send(body()));
    expect(await stored()).toEqual(before);
  });

  it('shows the frozen cycle and returns with nothing left to do', async () => {
    for (const email of [BOARD, LEADER, WORKING, PARTNER]) {
      const seen = (await agents[email].get(`/api/reviews/cycles/${cycle.id}`).expect(200)).body;
      expect(Object.values(seen.can)).toEqual([false, false, false, false]);
      for (const ret of Object.values(returnOf)) {
        expect(Object.values((await agents[email].get(`/api/reviews/returns/${ret.id}`).expect(200)).body.can)).toEqual([false, false, false, false]);
      }
    }
  });

  it.each([
    ['update a return', () => `UPDATE review_return SET narrative = 'Rewritten' WHERE id = '${returnOf['DI-002'].id}'`],
    ['delete a return', () => `DELETE FROM review_return WHERE id = '${returnOf['DI-001'].id}'`],
    ['update an amendment', () => `UPDATE review_amendment SET reason = 'Other' WHERE return_id = '${returnOf['DI-002'].id}'`],
    ['delete an amendment', () => `DELETE FROM review_amendment WHERE return_id = '${returnOf['DI-002'].id}'`],
    ['add an amendment', () => `INSERT INTO review_amendment (return_id, kind, new_scope, reason) VALUES ('${returnOf['DI-001'].id}', 'scope', 'More', 'Because')`],
    ['change a measure value', () => `UPDATE review_return_measure SET value = 1 WHERE return_id = '${returnOf['DI-002'].id}'`],
    ['add a measure value', () => `INSERT INTO review_return_measure (return_id, measure_id, value) VALUES ('${returnOf['DI-001'].id}', '${measureId}', 1)`],
    ['reopen the cycle', () => `UPDATE review_cycle SET status = 'open' WHERE id = '${cycle.id}'`],
    ['rewrite the snapshot', () => `UPDATE review_cycle_snapshot SET report = '{}' WHERE cycle_id = '${cycle.id}'`],
  ])('has the database itself refuse a direct SQL statement to %s', async (_what, statement) => {
    const before = await stored();
    await expect(t.sql(statement())).rejects.toMatchObject({ code: '55000' });
    expect(await stored()).toEqual(before);
  });

  it('has the database refuse a return added to the cycle for a new action', async () => {
    const [{ id: actionId }] = await t.sql<{ id: string }>(
      `INSERT INTO action (strategy_id, reference, title, priority_id, owner_id, owning_body_id)
       SELECT strategy_id, 'DI-950', 'New after sign-off', priority_id, owner_id, owning_body_id FROM action WHERE reference = 'DI-001' RETURNING id`);
    await expect(t.sql(`INSERT INTO review_return (cycle_id, action_id, owner_id) SELECT $1, id, owner_id FROM action WHERE id = $2`, [cycle.id, actionId]))
      .rejects.toMatchObject({ code: '55000' });
    expect(await t.sql(`SELECT 1 FROM review_return WHERE action_id = $1`, [actionId])).toEqual([]);
  });
});
