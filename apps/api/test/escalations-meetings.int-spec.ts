import { randomUUID } from 'node:crypto';
import { ADMIN, BOARD, demoIds, LEADER, PARTNER, WORKING } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const asked = { problem: 'Venue lost.', impact: 'Drop-ins stop.', decisionSought: 'Fund a new venue.', urgency: 'routine', neededBy: '2030-01-31' };
const fields = (response: { body: { error: { details: { field: string }[] } } }) => response.body.error.details.map((detail) => detail.field).sort();

describe('board meetings and follow-ups', () => {
  let t: TestApp;
  let board: Agent;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    Object.assign(id, await demoIds(t));
    board = await t.signIn(BOARD);
  });
  afterAll(() => t.close());

  const raise = async (actionRef = 'DI-002') => (await board.post(`/api/actions/${id[actionRef]}/escalations`).send(asked).expect(201)).body;
  const meeting = async (title = 'December board') => (await board.post('/api/board-meetings').send({ meetingDate: '2026-12-10', title }).expect(201)).body;
  const schedule = async (meetingId: string, escalation: { id: string; version: number }) =>
    (await board.post(`/api/board-meetings/${meetingId}/agenda`).send({ escalationId: escalation.id, version: escalation.version }).expect(200)).body;

  it('creates a meeting with a date and an empty agenda, audited', async () => {
    const created = await meeting();
    expect(created).toEqual({ id: expect.any(String), meetingDate: '2026-12-10', title: 'December board', createdBy: { id: id[BOARD], name: 'Bola Board' }, agenda: [] });
    const [row] = await t.sql(`SELECT operation, changes FROM audit_event WHERE entity_type = 'board_meeting' AND entity_id = $1`, [created.id]);
    expect(row).toMatchObject({ operation: 'create', changes: { meetingDate: { before: null, after: '2026-12-10' } } });
    const list = (await (await t.signIn(PARTNER)).get('/api/board-meetings').expect(200)).body;
    expect(list).toContainEqual({ id: created.id, meetingDate: '2026-12-10', title: 'December board', agendaCount: 0 });
  });

  it('puts an open escalation on the agenda, which moves it under review; one under review stays there', async () => {
    const created = await meeting();
    const open = await raise();
    const taken = (await board.post(`/api/escalations/${(await raise()).id}/take`).send({ version: 1 }).expect(200)).body;
    await schedule(created.id, open);
    const withBoth = await schedule(created.id, taken);
    expect(withBoth.agenda.map((e: { id: string; status: string }) => [e.id, e.status])).toEqual([[open.id, 'under_review'], [taken.id, 'under_review']]);
    expect(withBoth.agenda[0]).toMatchObject({ version: 2, reviewer: null, reviewStartedAt: expect.stringMatching(/^\d{4}-/) });
    expect((await board.get(`/api/board-meetings/${created.id}`).expect(200)).body).toEqual(withBoth);
  });

  it('refuses an escalation already on the agenda, a decided one, a stale version and an unknown one', async () => {
    const created = await meeting();
    const escalation = await raise();
    const scheduled = (await schedule(created.id, escalation)).agenda[0];
    const twice = await board.post(`/api/board-meetings/${created.id}/agenda`).send({ escalationId: escalation.id, version: scheduled.version }).expect(409);
    expect(twice.body.error.message).toBe('This escalation is already on the agenda of that meeting.');
    const stale = await board.post(`/api/board-meetings/${created.id}/agenda`).send({ escalationId: escalation.id, version: 1 }).expect(409);
    expect(stale.body.error.code).toBe('stale_version');
    const agreed = (await board.post(`/api/escalations/${escalation.id}/decision`).send({ version: scheduled.version, outcome: 'agreed', decisionText: 'Yes' }).expect(200)).body;
    const later = await meeting('January board');
    const decided = await board.post(`/api/board-meetings/${later.id}/agenda`).send({ escalationId: escalation.id, version: agreed.version }).expect(409);
    expect(decided.body.error.message).toBe('Only an open or under-review escalation can be put on an agenda; this one is agreed.');
    const unknown = await board.post(`/api/board-meetings/${later.id}/agenda`).send({ escalationId: randomUUID(), version: 1 }).expect(400);
    expect(fields(unknown)).toEqual(['escalationId']);
  });

  it('records a decision during the meeting, and an agreed follow-up becomes a milestone on the action', async () => {
    const created = await meeting();
    const scheduled = (await schedule(created.id, await raise('DI-002'))).agenda[0];
    const actionBefore = (await board.get(`/api/actions/${id['DI-002']}`).expect(200)).body;
    const { body } = await board.post(`/api/escalations/${scheduled.id}/decision`).send({
      version: scheduled.version, outcome: 'agreed', decisionText: 'Fund it.', meetingId: created.id,
      followUp: { ownerId: id[WORKING], dueDate: '2027-03-31', title: 'Report attendance at the new venue' },
    }).expect(200);
    expect(body.decision).toMatchObject({
      meeting: { id: created.id, meetingDate: '2026-12-10', title: 'December board' },
      followUp: { owner: { id: id[WORKING], name: 'Wren Working' }, dueDate: '2027-03-31', milestoneId: expect.any(String) },
    });
    const action = (await board.get(`/api/actions/${id['DI-002']}`).expect(200)).body;
    expect(action.milestones).toContainEqual(expect.objectContaining({ id: body.decision.followUp.milestoneId, title: 'Report attendance at the new venue', dueDate: '2027-03-31' }));
    expect(action.version).toBe(actionBefore.version + 1);
    const [audit] = await t.sql(`SELECT operation FROM audit_event WHERE entity_type = 'milestone' AND entity_id = $1`, [body.decision.followUp.milestoneId]);
    expect(audit).toEqual({ operation: 'create' });
    const log = (await board.get(`/api/decisions?meeting=${created.id}`).expect(200)).body;
    expect(log.map((entry: { escalationId: string; meeting: unknown }) => [entry.escalationId, entry.meeting]))
      .toEqual([[scheduled.id, { id: created.id, meetingDate: '2026-12-10', title: 'December board' }]]);
    const csv = (await board.get(`/api/decisions.csv?meeting=${created.id}`).expect(200)).text;
    expect(csv).toContain(',2026-12-10 December board,');
  });

  it('names a default milestone title after the follow-up owner', async () => {
    const taken = (await board.post(`/api/escalations/${(await raise('DI-003')).id}/take`).send({ version: 1 }).expect(200)).body;
    const { body } = await board.post(`/api/escalations/${taken.id}/decision`)
      .send({ version: taken.version, outcome: 'agreed', decisionText: 'Fund it.', followUp: { ownerId: id[PARTNER], dueDate: '2027-01-15' } }).expect(200);
    const [milestone] = await t.sql(`SELECT title FROM milestone WHERE id = $1`, [body.decision.followUp.milestoneId]);
    expect(milestone).toEqual({ title: "Follow-up to the board's decision (owner: Pat Partner)" });
  });

  it('refuses a follow-up on a declined decision, an unknown owner, and a meeting the escalation is not on', async () => {
    const created = await meeting();
    const taken = (await board.post(`/api/escalations/${(await raise()).id}/take`).send({ version: 1 }).expect(200)).body;
    const decide = (extra: Record<string, unknown>) => board.post(`/api/escalations/${taken.id}/decision`).send({ version: taken.version, decisionText: 'x', ...extra });
    expect(fields(await decide({ outcome: 'declined', followUp: { ownerId: id[WORKING], dueDate: '2027-01-01' } }).expect(400))).toEqual(['followUp']);
    expect(fields(await decide({ outcome: 'agreed', followUp: { ownerId: randomUUID(), dueDate: '2027-01-01' } }).expect(400))).toEqual(['followUp.ownerId']);
    expect(fields(await decide({ outcome: 'agreed', followUp: { ownerId: 'x', dueDate: '2027-02-30' } }).expect(400))).toEqual(['followUp.dueDate', 'followUp.ownerId']);
    expect(fields(await decide({ outcome: 'agreed', meetingId: created.id }).expect(400))).toEqual(['meetingId']);
    expect((await board.get(`/api/escalations/${taken.id}`).expect(200)).body).toMatchObject({ status: 'under_review', version: taken.version });
    expect(await t.sql(`SELECT 1 FROM milestone WHERE title LIKE 'Follow-up%' AND due_date = '2027-01-01'`)).toEqual([]);
  });

  it('names invalid meeting fields', async () => {
    const { body } = await board.post('/api/board-meetings').send({ meetingDate: 'soon', title: ' ' }).expect(400);
    expect(body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(['meetingDate', 'title']);
  });

  it.each([ADMIN, LEADER, WORKING, PARTNER])('lets %s read meetings but not create them or change an agenda', async (email) => {
    const agent = await t.signIn(email);
    const created = await meeting();
    const escalation = await raise();
    await agent.post('/api/board-meetings').send({ meetingDate: '2026-12-10', title: 'Mine' }).expect(403);
    await agent.post(`/api/board-meetings/${created.id}/agenda`).send({ escalationId: escalation.id, version: 1 }).expect(403);
    await agent.get(`/api/board-meetings/${created.id}`).expect(200);
  });

  it('answers 404 for unknown and malformed meeting ids, and 401 signed out', async () => {
    for (const meetingId of [randomUUID(), 'nope']) {
      await board.get(`/api/board-meetings/${meetingId}`).expect(404);
      await board.post(`/api/board-meetings/${meetingId}/agenda`).send({ escalationId: randomUUID(), version: 1 }).expect(404);
    }
    await t.http.get('/api/board-meetings').expect(401);
  });
});
