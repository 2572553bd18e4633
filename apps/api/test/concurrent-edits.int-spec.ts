import { ADMIN, BOARD, demoIds, LEADER } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const EDITORS = 20;

/** Sends the requests at once and sorts the answers into the successes and the rest. */
async function race(requests: (() => PromiseLike<{ status: number; body: Record<string, unknown> }>)[]) {
  const responses = await Promise.all(requests.map((send) => send()));
  const indexed = responses.map((response, index) => ({ index, status: response.status, body: response.body }));
  return { won: indexed.filter((r) => r.status >= 200 && r.status < 300), lost: indexed.filter((r) => r.status < 200 || r.status >= 300) };
}

describe('no lost updates when many people change one record at once', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
  });
  afterAll(() => t.close());

  it(`lets exactly one of ${EDITORS} edits of an action based on the same version through; the others get 409 stale_version`, async () => {
    const editors = await Promise.all(Array.from({ length: EDITORS }, (_, i) => t.signIn(i % 2 ? BOARD : LEADER)));
    const id = ids['DI-002'];
    const [{ version }] = await t.sql<{ version: number }>(`SELECT version FROM action WHERE id = $1`, [id]);
    const bodies = editors.map((_, i) => ({ version, title: `Edited by editor ${i}`, description: `Description from editor ${i}`, dueDate: `2027-0${(i % 9) + 1}-15` }));

    const { won, lost } = await race(editors.map((agent, i) => () => agent.patch(`/api/actions/${id}`).send(bodies[i])));

    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(EDITORS - 1);
    for (const loser of lost) {
      expect(loser.status).toBe(409);
      expect(loser.body).toMatchObject({ error: { code: 'stale_version' } });
    }
    const winner = bodies[won[0].index];
    const [stored] = await t.sql(`SELECT title, description, to_char(due_date, 'YYYY-MM-DD') AS due_date, version FROM action WHERE id = $1`, [id]);
    expect(stored).toEqual({ title: winner.title, description: winner.description, due_date: winner.dueDate, version: version + 1 });
    const audits = await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND operation = 'edit'`, [id]);
    expect(audits[0].n).toBe(1);
  });

  it(`records exactly one of ${EDITORS} decisions on one escalation; the others get 409 stale_version`, async () => {
    const board = await t.signIn(BOARD);
    const raised = await board
      .post(`/api/actions/${ids['DI-001']}/escalations`)
      .send({ problem: 'The Forum closes in January', impact: 'Drop-ins stop', decisionSought: 'Fund a new venue', urgency: 'high', neededBy: '2027-01-31' })
      .expect(201);
    const taken = await board.post(`/api/escalations/${raised.body.id}/take`).send({ version: raised.body.version }).expect(200);
    const deciders = await Promise.all(Array.from({ length: EDITORS }, () => t.signIn(BOARD)));
    const bodies = deciders.map((_, i) => ({
      version: taken.body.version,
      outcome: i % 2 ? 'agreed' : 'declined',
      decisionText: `Decision number ${i}`,
      conditions: `Condition ${i}`,
    }));

    const { won, lost } = await race(deciders.map((agent, i) => () => agent.post(`/api/escalations/${raised.body.id}/decision`).send(bodies[i])));

    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(EDITORS - 1);
    for (const loser of lost) {
      expect(loser.status).toBe(409);
      expect(loser.body).toMatchObject({ error: { code: 'stale_version' } });
    }
    const winner = bodies[won[0].index];
    const stored = await board.get(`/api/escalations/${raised.body.id}`).expect(200);
    expect(stored.body).toMatchObject({
      status: winner.outcome,
      version: taken.body.version + 1,
      decision: { outcome: winner.outcome, text: winner.decisionText, conditions: winner.conditions },
    });
    const log = await board.get(`/api/decisions?action=${ids['DI-001']}`).expect(200);
    expect(log.body.map((entry: { decisionText: string }) => entry.decisionText)).toEqual([winner.decisionText]);
  });

  describe('a review return', () => {
    let returnId: string;
    let owner: Awaited<ReturnType<TestApp['signIn']>>;
    beforeAll(async () => {
      const admin = await t.signIn(ADMIN);
      owner = await t.signIn(BOARD);
      const cycle = await admin.post('/api/reviews/cycles').send({ name: 'Concurrent review', periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' }).expect(201);
      await owner.post(`/api/reviews/cycles/${cycle.body.id}/open`).send({ version: cycle.body.version }).expect(200);
      const [row] = await t.sql<{ id: string }>(`SELECT id FROM review_return WHERE cycle_id = $1 AND action_id = $2`, [cycle.body.id, ids['DI-003']]);
      returnId = row.id;
    });

    it(`keeps exactly one of ${EDITORS} saves of the owner's draft based on the same version`, async () => {
      const owners = await Promise.all(Array.from({ length: EDITORS }, () => t.signIn(BOARD)));
      const [{ version }] = await t.sql<{ version: number }>(`SELECT version FROM review_return WHERE id = $1`, [returnId]);
      const bodies = owners.map((_, i) => ({ version, actionStatus: 'in_progress', rag: 'green', narrative: `Narrative from tab ${i}`, nextSteps: `Next steps ${i}` }));

      const { won, lost } = await race(owners.map((agent, i) => () => agent.put(`/api/reviews/returns/${returnId}`).send(bodies[i])));

      expect(won).toHaveLength(1);
      expect(lost.map((loser) => [loser.status, (loser.body.error as { code?: string })?.code])).toEqual(Array(EDITORS - 1).fill([409, 'stale_version']));
      const winner = bodies[won[0].index];
      const [stored] = await t.sql(`SELECT narrative, next_steps, rag, action_status, version FROM review_return WHERE id = $1`, [returnId]);
      expect(stored).toEqual({ narrative: winner.narrative, next_steps: winner.nextSteps, rag: 'green', action_status: 'in_progress', version: version + 1 });
    });

    it(`submits the return once out of ${EDITORS} simultaneous submissions; the others get 409 stale_version`, async () => {
      const owners = await Promise.all(Array.from({ length: EDITORS }, () => t.signIn(BOARD)));
      const current = await owner.get(`/api/reviews/returns/${returnId}`).expect(200);

      const { won, lost } = await race(owners.map((agent) => () => agent.post(`/api/reviews/returns/${returnId}/submit`).send({ version: current.body.version })));

      expect(won).toHaveLength(1);
      expect(lost.map((loser) => [loser.status, (loser.body.error as { code?: string })?.code])).toEqual(Array(EDITORS - 1).fill([409, 'stale_version']));
      const [stored] = await t.sql(`SELECT status, version FROM review_return WHERE id = $1`, [returnId]);
      expect(stored).toEqual({ status: 'submitted', version: current.body.version + 1 });
      const submissions = await t.sql(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND changes::text LIKE '%submitted%'`, [returnId]);
      expect(submissions[0].n).toBe(1);
    });
  });
});
