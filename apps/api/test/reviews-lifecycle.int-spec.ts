import { BOARD, demoIds, LEADER, PARTNER, WORKING } from './support/demo.js';
import { startSmtpServer } from './support/smtp-server.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;
const cycleInput = { name: 'April to September 2026', periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31' };
const zeroCounts = { not_started: 0, draft: 0, submitted: 0, sent_back: 0, accepted: 0 };

async function waitFor(check: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

describe('a review cycle from draft to sign-off', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const id: Record<string, string> = {};
  const agents: Record<string, Agent> = {};
  let cycle: { id: string; version: number };
  let measureId: string;
  const returnOf: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Steerline tests <steerline@tests.example>' });
    Object.assign(id, await demoIds(t));
    for (const email of [BOARD, LEADER, WORKING, PARTNER]) agents[email] = await t.signIn(email);
    await t.sql(
      `INSERT INTO action (strategy_id, reference, title, priority_id, owner_id, owning_body_id, status)
       SELECT strategy_id, 'DI-900', 'Cancelled work', priority_id, owner_id, owning_body_id, 'cancelled' FROM action WHERE reference = 'DI-002'`,
    );
    [{ id: measureId }] = await t.sql<{ id: string }>(
      `INSERT INTO measure (action_id, name, unit, target) VALUES ($1, 'People helped at drop-ins', 'people', 300) RETURNING id`, [id['DI-001']],
    );
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const returnBody = async (agent: Agent, returnId: string) => (await agent.get(`/api/reviews/returns/${returnId}`).expect(200)).body;

  it('lets the board create a draft cycle that everyone can see', async () => {
    const { body } = await agents[BOARD].post('/api/reviews/cycles').send(cycleInput).expect(201);
    expect(body).toEqual({
      id: expect.any(String), ...cycleInput, reminderDaysBefore: 7, status: 'draft', returnCounts: zeroCounts, totalReturns: 0,
      signedOffAt: null, signedOffBy: null, version: 1, createdAt: expect.any(String), openedAt: null, boardReviewAt: null,
      can: { edit: true, open: true, startBoardReview: false, signOff: false },
    });
    cycle = body;
    const list = (await agents[PARTNER].get('/api/reviews/cycles').expect(200)).body;
    expect(list).toEqual([expect.objectContaining({ id: cycle.id, status: 'draft', returnCounts: zeroCounts })]);
    expect((await agents[PARTNER].get(`/api/reviews/cycles/${cycle.id}`).expect(200)).body.can).toEqual({ edit: false, open: false, startBoardReview: false, signOff: false });
    const [audit] = await t.sql(`SELECT operation, actor_id FROM audit_event WHERE entity_type = 'review_cycle' AND entity_id = $1`, [cycle.id]);
    expect(audit).toEqual({ operation: 'create', actor_id: id[BOARD] });
  });

  it('opens the cycle with one return per live action, assigned to its owner, and tells each owner in the app and by e-mail', async () => {
    const { body } = await agents[BOARD].post(`/api/reviews/cycles/${cycle.id}/open`).send({ version: 1 }).expect(200);
    expect(body).toMatchObject({ status: 'open', version: 2, totalReturns: 3, returnCounts: { ...zeroCounts, not_started: 3 }, openedAt: expect.any(String) });
    cycle = body;
    const rows = await t.sql<{ reference: string; owner_id: string; id: string }>(
      `SELECT a.reference, r.owner_id, r.id FROM review_return r JOIN action a ON a.id = r.action_id WHERE r.cycle_id = $1 ORDER BY a.reference`, [cycle.id],
    );
    expect(rows.map((row) => [row.reference, row.owner_id])).toEqual([['DI-001', id[PARTNER]], ['DI-002', id[WORKING]], ['DI-003', id[BOARD]]]);
    for (const row of rows) returnOf[row.reference] = row.id;
    const notices = await t.sql(`SELECT user_id, kind, review_cycle_id FROM notification WHERE review_cycle_id = $1 ORDER BY user_id`, [cycle.id]);
    expect(notices).toHaveLength(3);
    expect(new Set(notices.map((n) => n.user_id))).toEqual(new Set([id[PARTNER], id[WORKING], id[BOARD]]));
    expect(notices.every((n) => n.kind === 'review_cycle_opened')).toBe(true);
    const inApp = (await agents[WORKING].get('/api/notifications').expect(200)).body.items[0];
    expect(inApp.title).toBe('Review returns due by 2026-10-31: April to September 2026');
    expect(inApp.body).toContain('DI-002');
    expect(inApp.reviewCycleId).toBe(cycle.id);
    await waitFor(() => smtp.received.length >= 3, 'three e-mails');
    expect(smtp.received.flatMap((mail) => mail.to).sort()).toEqual([BOARD, PARTNER, WORKING].sort());
  });

  it("shows each owner their own returns and the measures of the action", async () => {
    const mine = (await agents[PARTNER].get('/api/reviews/returns/mine').expect(200)).body;
    expect(mine).toEqual([expect.objectContaining({
      id: returnOf['DI-001'], status: 'not_started', owner: { id: id[PARTNER], name: 'Pat Partner' },
      cycle: { id: cycle.id, name: cycleInput.name, status: 'open', returnsDue: '2026-10-31' }, amendmentCount: 0,
    })]);
    const ret = await returnBody(agents[PARTNER], returnOf['DI-001']);
    expect(ret).toMatchObject({
      status: 'not_started', narrative: '', measures: [{ measureId, name: 'People helped at drop-ins', unit: 'people', target: 300, value: null }],
      amendments: [], can: { edit: true, submit: true, sendBack: false, accept: false },
    });
    expect((await agents[LEADER].get('/api/reviews/returns/mine').expect(200)).body).toEqual([]);
  });

  it('lets the owner save a draft with measure values and amendments, then submit it', async () => {
    const draft = {
      version: 1, actionStatus: 'in_progress', rag: 'amber', ragReason: 'The Forum is closed in January.', correctiveAction: 'Use the Millennium Library.',
      revisedDate: '2027-06-30', narrative: 'Six drop-ins ran; 240 people helped.', nextSteps: 'Move January to the library.',
      measureValues: [{ measureId, value: 240 }],
      amendments: [
        { kind: 'due_date', newDueDate: '2027-06-30', reason: 'New central government guidance on assisted digital.' },
        { kind: 'scope', newScope: 'Monthly drop-ins at The Forum and the Millennium Library.', reason: 'A second venue.' },
        { kind: 'measure_target', measureId, newTarget: 500, reason: 'Two venues double the reach.' },
      ],
    };
    const saved = (await agents[PARTNER].put(`/api/reviews/returns/${returnOf['DI-001']}`).send(draft).expect(200)).body;
    expect(saved).toMatchObject({
      status: 'draft', version: 2, rag: 'amber', narrative: draft.narrative, revisedDate: '2027-06-30',
      measures: [{ measureId, value: 240 }],
      amendments: [
        { kind: 'due_date', newDueDate: '2027-06-30', newScope: null, measureId: null, newTarget: null, appliedAt: null },
        { kind: 'scope', newScope: draft.amendments[1].newScope, newDueDate: null },
        { kind: 'measure_target', measureId, newTarget: 500 },
      ],
    });
    const submitted = (await agents[PARTNER].post(`/api/reviews/returns/${returnOf['DI-001']}/submit`).send({ version: 2 }).expect(200)).body;
    expect(submitted).toMatchObject({ status: 'submitted', version: 3, submittedAt: expect.any(String), can: { edit: false, submit: false } });
    const [audit] = await t.sql<{ changes: Record<string, { after: unknown }> }>(
      `SELECT changes FROM audit_event WHERE entity_type = 'review_return' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [returnOf['DI-001']],
    );
    expect(audit.changes.status).toEqual({ before: 'draft', after: 'submitted' });
  });

  it('lets the board send it back with a comment, tells the owner, and takes the resubmission', async () => {
    const sent = (await agents[BOARD].post(`/api/reviews/returns/${returnOf['DI-001']}/send-back`)
      .send({ version: 3, comment: 'Please add the September figures.' }).expect(200)).body;
    expect(sent).toMatchObject({ status: 'sent_back', boardComment: 'Please add the September figures.', version: 4 });
    const notice = (await agents[PARTNER].get('/api/notifications').expect(200)).body.items[0];
    expect(notice).toMatchObject({ kind: 'review_return_sent_back', title: 'Review return sent back: DI-001', actionId: id['DI-001'], reviewCycleId: cycle.id });
    expect(notice.body).toContain('Please add the September figures.');

    const saved = (await agents[PARTNER].put(`/api/reviews/returns/${returnOf['DI-001']}`)
      .send({ version: 4, narrative: 'Seven drop-ins ran; 260 people helped.', measureValues: [{ measureId, value: 260 }] }).expect(200)).body;
    expect(saved).toMatchObject({ status: 'sent_back', rag: 'amber', measures: [{ value: 260 }], amendments: [{}, {}, {}] });
    await agents[PARTNER].post(`/api/reviews/returns/${returnOf['DI-001']}/submit`).send({ version: 5 }).expect(200);
    const accepted = (await agents[BOARD].post(`/api/reviews/returns/${returnOf['DI-001']}/accept`).send({ version: 6 }).expect(200)).body;
    expect(accepted).toMatchObject({ status: 'accepted', acceptedAt: expect.any(String), can: { edit: false, submit: false, sendBack: false, accept: false } });
  });

  it('tracks which returns are missing, submitted or accepted', async () => {
    const working = (await agents[WORKING].put(`/api/reviews/returns/${returnOf['DI-002']}`)
      .send({ version: 1, actionStatus: 'in_progress', rag: 'green', narrative: 'Card printed.', amendments: [{ kind: 'scope', newScope: 'Add the libraries', reason: 'Asked by partners' }] })
      .expect(200)).body;
    await agents[WORKING].post(`/api/reviews/returns/${returnOf['DI-002']}/submit`).send({ version: working.version }).expect(200);
    const tracker = (await agents[PARTNER].get(`/api/reviews/cycles/${cycle.id}/returns`).expect(200)).body;
    expect(tracker).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    expect(tracker.items.map((row: { action: { reference: string }; status: string }) => [row.action.reference, row.status])).toEqual([
      ['DI-001', 'accepted'], ['DI-002', 'submitted'], ['DI-003', 'not_started'],
    ]);
    const summary = (await agents[PARTNER].get(`/api/reviews/cycles/${cycle.id}`).expect(200)).body;
    expect(summary.returnCounts).toEqual({ ...zeroCounts, accepted: 1, submitted: 1, not_started: 1 });
  });

  it('moves to board review, where returns can still be decided', async () => {
    cycle = (await agents[BOARD].post(`/api/reviews/cycles/${cycle.id}/board-review`).send({ version: cycle.version }).expect(200)).body;
    expect(cycle).toMatchObject({ status: 'board_review', boardReviewAt: expect.any(String), can: { edit: false, startBoardReview: false, signOff: false } });
    expect((await agents[LEADER].get(`/api/reviews/cycles/${cycle.id}`).expect(200)).body.can.signOff).toBe(true);
    const edit = await agents[BOARD].patch(`/api/reviews/cycles/${cycle.id}`).send({ version: cycle.version, name: 'Too late' }).expect(409);
    expect(edit.body.error).toMatchObject({ code: 'conflict', message: 'A review cycle can only be edited while it is a draft or open for returns.' });
    const ret = await returnBody(agents[BOARD], returnOf['DI-002']);
    await agents[BOARD].post(`/api/reviews/returns/${returnOf['DI-002']}/send-back`).send({ version: ret.version, comment: 'Say which libraries.' }).expect(200);
  });

  it('signs off: applies only accepted amendments, audited with their reasons, snapshots the report and freezes the cycle', async () => {
    const [before] = await t.sql<{ version: number }>(`SELECT version FROM action WHERE id = $1`, [id['DI-001']]);
    const { body } = await agents[LEADER].post(`/api/reviews/cycles/${cycle.id}/sign-off`).send({ version: cycle.version }).expect(200);
    expect(body).toMatchObject({ status: 'signed_off', signedOffAt: expect.any(String), signedOffBy: { id: id[LEADER], name: expect.any(String) } });

    const [action] = await t.sql<{ due_date: string; description: string; version: number }>(
      `SELECT due_date::text, description, version FROM action WHERE id = $1`, [id['DI-001']]);
    expect(action).toEqual({ due_date: '2027-06-30', description: 'Monthly drop-ins at The Forum and the Millennium Library.', version: before.version + 3 });
    const [measure] = await t.sql<{ target: string }>(`SELECT target FROM measure WHERE id = $1`, [measureId]);
    expect(Number(measure.target)).toBe(500);
    const [notAccepted] = await t.sql<{ description: string }>(`SELECT description FROM action WHERE id = $1`, [id['DI-002']]);
    expect(notAccepted.description).not.toBe('Add the libraries');

    const audits = await t.sql<{ actor_id: string; changes: Record<string, { before: unknown; after: unknown }> }>(
      `SELECT actor_id, changes FROM audit_event WHERE entity_type = 'action' AND entity_id = $1 ORDER BY id DESC LIMIT 3`, [id['DI-001']]);
    const changes = audits.map((audit) => audit.changes).reverse();
    expect(audits.every((audit) => audit.actor_id === id[LEADER])).toBe(true);
    expect(changes[0]).toEqual({ dueDate: { before: '2027-03-31', after: '2027-06-30' }, amendmentReason: { before: null, after: 'New central government guidance on assisted digital.' } });
    expect(changes[1].description.after).toBe('Monthly drop-ins at The Forum and the Millennium Library.');
    expect(changes[2].amendmentReason.after).toBe('Two venues double the reach.');
    expect(changes[2].measures).toEqual({ before: [expect.objectContaining({ id: measureId, target: 300 })], after: [expect.objectContaining({ id: measureId, target: 500 })] });

    const applied = (await returnBody(agents[PARTNER], returnOf['DI-001'])).amendments;
    expect(applied.every((a: { appliedAt: string | null }) => a.appliedAt !== null)).toBe(true);
    expect((await returnBody(agents[WORKING], returnOf['DI-002'])).amendments[0].appliedAt).toBeNull();

    const [snapshot] = await t.sql<{ report: { cycle: { status: string; signedOffAt: string }; draft: boolean; actions: { reference: string }[] } }>(
      `SELECT report FROM review_cycle_snapshot WHERE cycle_id = $1`, [cycle.id]);
    expect(snapshot.report.cycle.status).toBe('signed_off');
    expect(snapshot.report.cycle.signedOffAt).toBe(body.signedOffAt);
    expect(snapshot.report.draft).toBe(false);
    expect(snapshot.report.actions.map((a) => a.reference).sort()).toEqual(['DI-001', 'DI-002', 'DI-003']);

    const [signOffAudit] = await t.sql(`SELECT operation, actor_id FROM audit_event WHERE entity_type = 'review_cycle' AND entity_id = $1 ORDER BY id DESC LIMIT 1`, [cycle.id]);
    expect(signOffAudit).toEqual({ operation: 'sign_off', actor_id: id[LEADER] });
    expect((await agents[PARTNER].get('/api/reviews/returns/mine').expect(200)).body).toEqual([]);
    expect((await agents[BOARD].get(`/api/reviews/cycles/${cycle.id}`).expect(200)).body.can).toEqual({ edit: false, open: false, startBoardReview: false, signOff: false });
  });

  it('lets the next cycle open once the last one is signed off, lists it first, and leaves cancelled actions out', async () => {
    const next = (await agents[BOARD].post('/api/reviews/cycles')
      .send({ name: 'October 2026 to March 2027', periodStart: '2026-10-01', periodEnd: '2027-03-31', returnsDue: '2027-04-30' }).expect(201)).body;
    const opened = (await agents[BOARD].post(`/api/reviews/cycles/${next.id}/open`).send({ version: next.version }).expect(200)).body;
    expect(opened.totalReturns).toBe(3);
    const list = (await agents[WORKING].get('/api/reviews/cycles').expect(200)).body;
    expect(list.map((c: { name: string }) => c.name)).toEqual(['October 2026 to March 2027', 'April to September 2026']);
  });
});
