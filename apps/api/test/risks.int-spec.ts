import { ADMIN, BOARD, demoIds, LEADER, PARTNER, WORKING } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const fields = (body: { error: { details: { field: string }[] } }) => body.error.details.map((detail) => detail.field).sort();

describe('risk register', () => {
  let t: TestApp;
  let ids: Record<string, string>;
  const agents: Record<string, Agent> = {};
  const venueRisk = () => ({
    title: 'The Forum withdraws drop-in space',
    cause: 'The Forum needs the room for paid bookings',
    effect: 'Get online Tuesdays stop; the most excluded residents lose their nearest help',
    ownerId: ids[BOARD],
    likelihood: 3,
    impact: 4,
    targetScore: 4,
    reviewDate: '2027-01-31',
    actionIds: [ids['DI-001'], ids['DI-003']],
    priorityIds: [ids.priority1],
    mitigations: [{ description: 'Agree a second venue with the library service', ownerId: ids[WORKING], dueDate: '2027-01-15' }],
  });
  const create = async (agent: Agent, body: object) => (await agent.post('/api/risks').send(body).expect(201)).body;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await demoIds(t);
    for (const email of [ADMIN, LEADER, BOARD, WORKING, PARTNER]) agents[email] = await t.signIn(email);
  });
  afterAll(() => t.close());

  it('adds a risk with its score, links, mitigations and a first entry in its history, and audits it', async () => {
    const risk = await create(agents[BOARD], venueRisk());
    expect(risk).toMatchObject({
      reference: expect.stringMatching(/^R-\d{3}$/), title: 'The Forum withdraws drop-in space', owner: { id: ids[BOARD], name: 'Bola Board' },
      likelihood: 3, impact: 4, score: 12, targetScore: 4, status: 'open', reviewDate: '2027-01-31', reviewOverdue: false, version: 1,
      can: { edit: true, review: true, manageMitigations: true, raiseEscalation: true },
    });
    expect(risk.actions.map((a: { reference: string }) => a.reference)).toEqual(['DI-001', 'DI-003']);
    expect(risk.priorities.map((p: { number: number }) => p.number)).toEqual([1]);
    expect(risk.mitigations).toEqual([
      { id: expect.any(String), description: 'Agree a second venue with the library service', owner: { id: ids[WORKING], name: expect.any(String) }, dueDate: '2027-01-15', done: false, version: 1 },
    ]);
    expect(risk.history).toHaveLength(1);
    expect(risk.history[0]).toMatchObject({ reviewedBy: { id: ids[BOARD] }, likelihood: 3, impact: 4, score: 12, status: 'open', nextReviewDate: '2027-01-31', reviewCycle: null });

    const [audit] = await t.sql<{ actor_id: string; changes: Record<string, { after: unknown }> }>(
      `SELECT actor_id, changes FROM audit_event WHERE entity_type = 'risk' AND entity_id = $1 AND operation = 'create'`, [risk.id]);
    expect(audit.actor_id).toBe(ids[BOARD]);
    expect(audit.changes.score.after).toBe(12);
    expect(audit.changes.actionIds.after).toEqual([ids['DI-001'], ids['DI-003']]);
    expect(await t.sql(`SELECT 1 FROM audit_event WHERE entity_type = 'risk_mitigation' AND entity_id = $1`, [risk.mitigations[0].id])).toHaveLength(1);

    // Everyone signed in reads it; what they may do follows from who they are.
    const asPartner = (await agents[PARTNER].get(`/api/risks/${risk.id}`).expect(200)).body;
    expect(asPartner.can).toEqual({ edit: false, review: false, manageMitigations: false, raiseEscalation: true });
    expect((await agents[ADMIN].get(`/api/risks/${risk.id}`).expect(200)).body.can.edit).toBe(true);
    await t.http.get(`/api/risks/${risk.id}`).expect(401);
  });

  it('refuses a risk from the external steering group, and anything that is not a 1-5 rating or a reachable target score', async () => {
    const refused = await agents[PARTNER].post('/api/risks').send(venueRisk()).expect(403);
    expect(refused.body).toEqual({ error: { code: 'forbidden', message: expect.any(String), requestId: expect.any(String) } });

    const invalid = await agents[BOARD].post('/api/risks').send({ ...venueRisk(), title: '  ', likelihood: 6, impact: 0, targetScore: 7, reviewDate: '2027-02-30' }).expect(400);
    expect(invalid.body.error.code).toBe('validation_failed');
    expect(fields(invalid.body)).toEqual(['impact', 'likelihood', 'reviewDate', 'targetScore', 'title']);
    expect(invalid.body.error.details.find((d: { field: string }) => d.field === 'likelihood').messages).toEqual(['Choose the likelihood, from 1 to 5']);

    const missing = await agents[BOARD].post('/api/risks').send({ ...venueRisk(), ownerId: UNKNOWN_ID, actionIds: [UNKNOWN_ID], priorityIds: [UNKNOWN_ID] }).expect(400);
    expect(fields(missing.body)).toEqual(['actionIds', 'ownerId', 'priorityIds']);
    expect(await t.sql(`SELECT 1 FROM risk WHERE owner_id = $1`, [UNKNOWN_ID])).toEqual([]);
  });

  it('lists the register highest score first, filtered by status or owner', async () => {
    const low = await create(agents[WORKING], { ...venueRisk(), title: 'Volunteers leave', ownerId: ids[WORKING], likelihood: 1, impact: 2, targetScore: 1, mitigations: [] });
    const high = await create(agents[ADMIN], { ...venueRisk(), title: 'Grant not renewed', ownerId: ids[LEADER], likelihood: 5, impact: 5, targetScore: 10, mitigations: [] });
    const all = (await agents[PARTNER].get('/api/risks').expect(200)).body as { id: string; score: number }[];
    const scores = all.map((risk) => risk.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(all[0].id).toBe(high.id);
    expect(all.at(-1)!.id).toBe(low.id);

    const mine = (await agents[WORKING].get('/api/risks?ownerId=me').expect(200)).body as { id: string }[];
    expect(mine.map((risk) => risk.id)).toEqual([low.id]);
    expect((await agents[WORKING].get('/api/risks?status=closed').expect(200)).body).toEqual([]);
    const badFilter = await agents[WORKING].get('/api/risks?status=gone').expect(400);
    expect(fields(badFilter.body)).toEqual(['status']);
  });

  it("lets only the owner and admins edit a risk, answers a stale edit 409, and keeps likelihood out of edits", async () => {
    const risk = await create(agents[BOARD], venueRisk());
    await agents[WORKING].patch(`/api/risks/${risk.id}`).send({ version: 1, title: 'Hijacked' }).expect(403);
    await agents[LEADER].patch(`/api/risks/${risk.id}`).send({ version: 1, title: 'Hijacked' }).expect(403);

    const edited = await agents[BOARD].patch(`/api/risks/${risk.id}`).send({ version: 1, title: 'The Forum cuts drop-in hours', actionIds: [ids['DI-003']], targetScore: 6 }).expect(200);
    expect(edited.body).toMatchObject({ title: 'The Forum cuts drop-in hours', targetScore: 6, version: 2, score: 12 });
    expect(edited.body.actions.map((a: { reference: string }) => a.reference)).toEqual(['DI-003']);

    const stale = await agents[ADMIN].patch(`/api/risks/${risk.id}`).send({ version: 1, title: 'Based on the old page' }).expect(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { current: { title: 'The Forum cuts drop-in hours', version: 2 } } });

    const scoreByEdit = await agents[BOARD].patch(`/api/risks/${risk.id}`).send({ version: 2, likelihood: 1 }).expect(400);
    expect(scoreByEdit.body.error.code).toBe('validation_failed');

    const [audit] = await t.sql<{ changes: Record<string, { before: unknown; after: unknown }> }>(
      `SELECT changes FROM audit_event WHERE entity_type = 'risk' AND entity_id = $1 AND operation = 'edit'`, [risk.id]);
    expect(audit.changes.title).toEqual({ before: 'The Forum withdraws drop-in space', after: 'The Forum cuts drop-in hours' });
    expect(Object.keys(audit.changes).sort()).toEqual(['actionIds', 'targetScore', 'title']);

    await agents[BOARD].patch(`/api/risks/${UNKNOWN_ID}`).send({ version: 1, title: 'x' }).expect(404);
    await agents[BOARD].get('/api/risks/not-an-id').expect(404);
  });

  it('appends each review to the history, which PostgreSQL will not let anyone change', async () => {
    const risk = await create(agents[BOARD], venueRisk());
    const reviewed = await agents[BOARD].post(`/api/risks/${risk.id}/reviews`)
      .send({ version: 1, likelihood: 2, impact: 4, status: 'mitigated', note: 'Second venue agreed with the library service.', nextReviewDate: '2027-04-30' }).expect(201);
    expect(reviewed.body).toMatchObject({ likelihood: 2, impact: 4, score: 8, status: 'mitigated', reviewDate: '2027-04-30', version: 2 });
    expect(reviewed.body.history.map((entry: { score: number; status: string; note: string }) => [entry.score, entry.status, entry.note])).toEqual([
      [8, 'mitigated', 'Second venue agreed with the library service.'],
      [12, 'open', 'Risk added to the register.'],
    ]);

    const stale = await agents[BOARD].post(`/api/risks/${risk.id}/reviews`).send({ version: 1, likelihood: 5, impact: 5, status: 'open', note: 'Old page', nextReviewDate: '2027-04-30' }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
    await agents[PARTNER].post(`/api/risks/${risk.id}/reviews`).send({ version: 2, likelihood: 5, impact: 5, status: 'open', note: 'Not mine', nextReviewDate: '2027-04-30' }).expect(403);
    const blank = await agents[BOARD].post(`/api/risks/${risk.id}/reviews`).send({ version: 2, likelihood: 2, impact: 4, status: 'gone', note: ' ', nextReviewDate: 'soon' }).expect(400);
    expect(fields(blank.body)).toEqual(['nextReviewDate', 'note', 'status']);

    await expect(t.sql(`UPDATE risk_review SET note = 'rewritten' WHERE risk_id = $1`, [risk.id])).rejects.toThrow(/append-only/);
    await expect(t.sql(`DELETE FROM risk_review WHERE risk_id = $1`, [risk.id])).rejects.toThrow(/append-only/);
    expect(await t.sql(`SELECT 1 FROM audit_event WHERE entity_type = 'risk_review' AND changes -> 'riskId' ->> 'after' = $1`, [risk.id])).toHaveLength(1);

    // Closing it shuts it to edits; a review reopens it.
    const closed = (await agents[ADMIN].post(`/api/risks/${risk.id}/reviews`).send({ version: 2, likelihood: 1, impact: 4, status: 'closed', note: 'Venue secured for 3 years.', nextReviewDate: '2027-12-31' }).expect(201)).body;
    expect(closed.can).toMatchObject({ edit: false, review: true, raiseEscalation: false });
    const refused = await agents[BOARD].patch(`/api/risks/${risk.id}`).send({ version: closed.version, title: 'x' }).expect(409);
    expect(refused.body.error.code).toBe('conflict');
  });

  it('adds and updates mitigations: the risk owner does both, the mitigation owner marks their own done', async () => {
    const risk = await create(agents[BOARD], venueRisk());
    const added = await agents[BOARD].post(`/api/risks/${risk.id}/mitigations`)
      .send({ version: 1, description: 'Ask Barclays Digital Eagles to host one session a month', ownerId: ids[PARTNER], dueDate: '2026-12-31' }).expect(201);
    expect(added.body.version).toBe(2);
    expect(added.body.mitigations.map((m: { dueDate: string }) => m.dueDate)).toEqual(['2026-12-31', '2027-01-15']);
    const partners = added.body.mitigations[0];

    await agents[PARTNER].patch(`/api/risks/${risk.id}/mitigations/${risk.mitigations[0].id}`).send({ version: 1, done: true }).expect(403);
    const done = await agents[PARTNER].patch(`/api/risks/${risk.id}/mitigations/${partners.id}`).send({ version: 1, done: true }).expect(200);
    expect(done.body.mitigations[0]).toMatchObject({ id: partners.id, done: true, version: 2 });
    await agents[PARTNER].patch(`/api/risks/${risk.id}/mitigations/${partners.id}`).send({ version: 1, done: false }).expect(409);
    await agents[PARTNER].post(`/api/risks/${risk.id}/mitigations`).send({ version: 3, description: 'x', ownerId: ids[PARTNER], dueDate: '2026-12-31' }).expect(403);

    const noOwner = await agents[BOARD].post(`/api/risks/${risk.id}/mitigations`).send({ version: 3, description: '', ownerId: 'nobody', dueDate: '2026-13-01' }).expect(400);
    expect(fields(noOwner.body)).toEqual(['description', 'dueDate', 'ownerId']);
    await agents[BOARD].patch(`/api/risks/${risk.id}/mitigations/${UNKNOWN_ID}`).send({ version: 1, done: true }).expect(404);

    const [audit] = await t.sql<{ actor_id: string; changes: Record<string, { before: unknown; after: unknown }> }>(
      `SELECT actor_id, changes FROM audit_event WHERE entity_type = 'risk_mitigation' AND entity_id = $1 AND operation = 'edit'`, [partners.id]);
    expect(audit).toEqual({ actor_id: ids[PARTNER], changes: { done: { before: false, after: true } } });
  });

  it('shows on the dashboard the risks whose review date has passed, unless they are closed, most overdue first', async () => {
    const late = await create(agents[WORKING], { ...venueRisk(), title: 'Library opening hours cut', ownerId: ids[WORKING], reviewDate: '2020-03-31', mitigations: [] });
    const later = await create(agents[WORKING], { ...venueRisk(), title: 'Card print run late', ownerId: ids[WORKING], reviewDate: '2020-06-30', mitigations: [] });
    const closed = await create(agents[WORKING], { ...venueRisk(), title: 'Old venue risk', ownerId: ids[WORKING], reviewDate: '2020-01-31', mitigations: [] });
    await agents[WORKING].post(`/api/risks/${closed.id}/reviews`).send({ version: 1, likelihood: 1, impact: 1, status: 'closed', note: 'Gone', nextReviewDate: '2020-02-01' }).expect(201);
    const dashboard = (await agents[PARTNER].get('/api/dashboard').expect(200)).body;
    expect(dashboard.riskReviewsOverdue.items.map((risk: { id: string }) => risk.id)).toEqual([late.id, later.id]);
    expect(dashboard.riskReviewsOverdue.total).toBe(2);
    expect(dashboard.riskReviewsOverdue.items[0]).toMatchObject({ reviewOverdue: true, reviewDate: '2020-03-31', owner: { id: ids[WORKING] } });

    // Reviewing it sets the next date, and it leaves the list.
    await agents[WORKING].post(`/api/risks/${late.id}/reviews`).send({ version: 1, likelihood: 3, impact: 4, status: 'open', note: 'Still there', nextReviewDate: '2099-01-31' }).expect(201);
    const after = (await agents[PARTNER].get('/api/dashboard').expect(200)).body;
    expect(after.riskReviewsOverdue.items.map((risk: { id: string }) => risk.id)).toEqual([later.id]);
  });

  it('raises an escalation from a risk on one of its linked actions, for the board to decide, and lists it on the risk', async () => {
    const risk = await create(agents[BOARD], venueRisk());
    const text = { problem: 'The Forum is withdrawing the room', impact: 'Drop-ins stop in January', decisionSought: 'Fund the Millennium Library room', urgency: 'high', neededBy: '2026-12-20' };
    const notLinked = await agents[PARTNER].post(`/api/risks/${risk.id}/escalations`).send({ ...text, actionId: ids['DI-002'] }).expect(400);
    expect(fields(notLinked.body)).toEqual(['actionId']);

    const raised = await agents[PARTNER].post(`/api/risks/${risk.id}/escalations`).send({ ...text, actionId: ids['DI-003'] }).expect(201);
    expect(raised.body).toMatchObject({ action: { reference: 'DI-003' }, raisedBy: { id: ids[PARTNER] }, status: 'open', urgency: 'high' });
    const [stored] = await t.sql<{ risk_id: string }>(`SELECT risk_id FROM escalation WHERE id = $1`, [raised.body.id]);
    expect(stored.risk_id).toBe(risk.id);
    const [audit] = await t.sql<{ changes: Record<string, { after: unknown }> }>(`SELECT changes FROM audit_event WHERE entity_type = 'escalation' AND entity_id = $1`, [raised.body.id]);
    expect(audit.changes.riskId.after).toBe(risk.id);

    // The board's queue has it like any other; the risk lists it.
    const queue = (await agents[BOARD].get('/api/escalations/queue').expect(200)).body.items.map((e: { id: string }) => e.id);
    expect(queue).toContain(raised.body.id);
    const reread = (await agents[LEADER].get(`/api/risks/${risk.id}`).expect(200)).body;
    expect(reread.escalations).toEqual([{ id: raised.body.id, status: 'open', problem: 'The Forum is withdrawing the room', raisedAt: raised.body.raisedAt }]);

    const missing = await agents[PARTNER].post(`/api/risks/${risk.id}/escalations`).send({ actionId: ids['DI-003'] }).expect(400);
    expect(fields(missing.body)).toEqual(['decisionSought', 'impact', 'neededBy', 'problem', 'urgency']);
    await agents[PARTNER].post(`/api/risks/${UNKNOWN_ID}/escalations`).send({ ...text, actionId: ids['DI-003'] }).expect(404);
  });
});
