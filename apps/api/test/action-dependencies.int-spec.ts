import { randomUUID } from 'node:crypto';
import { DependencyNoticesService } from '../src/actions/dependencies/dependency-notices.service.js';
import { BOARD, demoIds, PARTNER, WORKING } from './support/demo.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = Awaited<ReturnType<TestApp['signIn']>>;

/** The message text with quoted-printable soft line breaks and escapes undone. */
const decoded = (raw: string) => raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

async function waitFor<T>(check: () => T | undefined, what: string): Promise<T> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const value = check();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

const references = (links: { reference: string }[]) => links.map((link) => link.reference);

describe('dependencies between actions', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let board: Agent;
  let working: Agent;
  let partner: Agent;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url });
    Object.assign(id, await demoIds(t));
    [board, working, partner] = [await t.signIn(BOARD), await t.signIn(WORKING), await t.signIn(PARTNER)];
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** A new action of the channel shift board, owned by working@ unless said otherwise. */
  async function newAction(title: string, dueDate: string, ownerId = id[WORKING]): Promise<{ id: string; reference: string; version: number }> {
    const { body } = await board
      .post('/api/actions')
      .send({ title, priorityId: id.priority2, ownerId, owningBodyId: id.channel_shift_board, startDate: '2026-01-01', dueDate })
      .expect(201);
    return body;
  }
  const read = async (actionId: string) => (await board.get(`/api/actions/${actionId}`).expect(200)).body;
  const link = (agent: Agent, blockedId: string, blockerId: string) => agent.post(`/api/actions/${blockedId}/blockers`).send({ blockerId });
  const concernNotices = (email: string) =>
    t.sql<{ title: string; body: string; action_id: string }>(
      `SELECT n.title, n.body, n.action_id FROM notification n JOIN app_user u ON u.id = n.user_id
       WHERE u.email = $1 AND n.kind = 'blocker_concern' ORDER BY n.created_at, n.id`,
      [email],
    );

  describe('adding and removing "blocked by" links', () => {
    it('shows the link on both actions, marks the waiting one blocked, and lists it under the blocked filter', async () => {
      const waiting = await newAction('Code clubs in libraries', '2027-06-30');
      const blocker = await newAction('Library laptops bought', '2027-03-31');
      const { body } = await link(board, waiting.id, blocker.id).expect(201);
      expect(body.blocked).toBe(true);
      expect(body.dependencies).toEqual({
        blockedBy: [
          {
            id: blocker.id, reference: blocker.reference, title: 'Library laptops bought', status: 'not_started', rag: 'grey',
            dueDate: '2027-03-31', owner: { id: id[WORKING], name: expect.any(String) }, concern: null,
          },
        ],
        blocks: [],
        canChange: true,
      });
      const other = await read(blocker.id);
      expect(references(other.dependencies.blocks)).toEqual([waiting.reference]);
      expect(other.dependencies.blockedBy).toEqual([]);
      expect(other.blocked).toBe(false);

      const blockedList = (await board.get('/api/actions?blocked=true&pageSize=100').expect(200)).body;
      expect(blockedList.items.map((item: { reference: string }) => item.reference)).toContain(waiting.reference);
      expect(blockedList.items.every((item: { blocked: boolean }) => item.blocked)).toBe(true);
      const notBlocked = (await board.get('/api/actions?blocked=false&pageSize=100').expect(200)).body;
      expect(notBlocked.items.map((item: { reference: string }) => item.reference)).toEqual(expect.arrayContaining([blocker.reference, 'DI-001']));
      expect(notBlocked.items.map((item: { reference: string }) => item.reference)).not.toContain(waiting.reference);
    });

    it('stops counting a blocker once it is complete', async () => {
      const waiting = await newAction('Tablet loans', '2027-06-30');
      const blocker = await newAction('Tablets donated', '2027-03-31');
      await link(board, waiting.id, blocker.id).expect(201);
      await board.patch(`/api/actions/${blocker.id}`).send({ version: blocker.version, status: 'complete' }).expect(200);
      const after = await read(waiting.id);
      expect(after.blocked).toBe(false);
      expect(after.dependencies.blockedBy[0]).toMatchObject({ reference: blocker.reference, status: 'complete', concern: null });
      const blockedList = (await board.get('/api/actions?blocked=true&pageSize=100').expect(200)).body;
      expect(blockedList.items.map((item: { reference: string }) => item.reference)).not.toContain(waiting.reference);
    });

    it('links actions of different strategies', async () => {
      const [strategy] = await t.sql<{ id: string }>(`INSERT INTO strategy (name, purpose, reference_prefix) VALUES ('Customer access strategy', 'Serve customers', 'CA') RETURNING id`);
      const [priority] = await t.sql<{ id: string }>(`INSERT INTO priority (strategy_id, number, title) VALUES ($1, 1, 'Front desk') RETURNING id`, [strategy.id]);
      const [owningBody] = await t.sql<{ id: string }>(`INSERT INTO body (strategy_id, name, kind) VALUES ($1, 'Customer access board', 'channel_shift_board') RETURNING id`, [strategy.id]);
      const { body: elsewhere } = await board
        .post('/api/actions')
        .send({ title: 'Front desk kiosks', priorityId: priority.id, ownerId: id[BOARD], owningBodyId: owningBody.id })
        .expect(201);
      expect(elsewhere.reference).toBe('CA-001');
      const { body } = await link(board, id['DI-003'], elsewhere.id).expect(201);
      expect(references(body.dependencies.blockedBy)).toEqual(['CA-001']);
      expect(references((await read(elsewhere.id)).dependencies.blocks)).toEqual(['DI-003']);
      await board.delete(`/api/actions/${id['DI-003']}/blockers/${elsewhere.id}`).expect(200);
    });

    it('removes a link, records both changes in the history, and answers 404 for a link that is not there', async () => {
      const waiting = await newAction('Digital champions rota', '2027-06-30');
      const blocker = await newAction('Champions trained', '2027-03-31');
      await link(working, waiting.id, blocker.id).expect(201);
      const { body } = await working.delete(`/api/actions/${waiting.id}/blockers/${blocker.id}`).expect(200);
      expect(body.dependencies.blockedBy).toEqual([]);
      expect(body.blocked).toBe(false);
      expect((await read(blocker.id)).dependencies.blocks).toEqual([]);

      const gone = await working.delete(`/api/actions/${waiting.id}/blockers/${blocker.id}`).expect(404);
      expect(gone.body.error).toMatchObject({ code: 'not_found', message: 'That "blocked by" link was not found.' });
      await working.delete(`/api/actions/${waiting.id}/blockers/not-an-id`).expect(404);

      const history = (await working.get(`/api/actions/${waiting.id}/history`).expect(200)).body;
      const name = `${blocker.reference} Champions trained`;
      expect(history.slice(0, 2).map((entry: { changes: unknown }) => entry.changes)).toEqual(
        expect.arrayContaining([
          { blockedBy: { before: [], after: [{ id: blocker.id, name }] } },
          { blockedBy: { before: [{ id: blocker.id, name }], after: [] } },
        ]),
      );
    });

    it('refuses a duplicate, an unknown action, a malformed id, and a cancelled action', async () => {
      const waiting = await newAction('Wi-Fi in community centres', '2027-06-30');
      const blocker = await newAction('Community centre survey', '2027-03-31');
      await link(board, waiting.id, blocker.id).expect(201);
      const twice = await link(board, waiting.id, blocker.id.toUpperCase()).expect(409);
      expect(twice.body.error).toMatchObject({ code: 'conflict', message: `${waiting.reference} is already blocked by ${blocker.reference}.` });

      const unknown = await link(board, waiting.id, randomUUID()).expect(400);
      expect(unknown.body.error).toMatchObject({ code: 'validation_failed', details: [{ field: 'blockerId', messages: ['Choose an action from the list'] }] });
      const malformed = await link(board, waiting.id, 'DI-001').expect(400);
      expect(malformed.body.error.details).toEqual([{ field: 'blockerId', messages: ['Choose the action this one is blocked by'] }]);
      await link(board, randomUUID(), blocker.id).expect(404);

      const current = await read(waiting.id);
      await board.post(`/api/actions/${waiting.id}/cancel`).send({ version: current.version, reason: 'Merged into the survey' }).expect(200);
      const closed = await link(board, waiting.id, id['DI-001']).expect(409);
      expect(closed.body.error.code).toBe('conflict');
      expect(closed.body.error.message).toMatch(/is cancelled/);
    });

    it('lets only those who may edit the waiting action change its links', async () => {
      // partner@ (external steering group) may edit only their own body's actions: DI-001, not DI-003.
      const refused = await link(partner, id['DI-003'], id['DI-001']).expect(403);
      expect(refused.body.error).toMatchObject({ code: 'forbidden', message: 'You can only change what an action is blocked by if you may edit the action.' });
      expect((await partner.get(`/api/actions/${id['DI-003']}`).expect(200)).body.dependencies.canChange).toBe(false);
      const { body } = await link(partner, id['DI-001'], id['DI-003']).expect(201);
      expect(body.dependencies.canChange).toBe(true);
      await partner.delete(`/api/actions/${id['DI-001']}/blockers/${id['DI-003']}`).expect(200);
      await t.http.post(`/api/actions/${id['DI-001']}/blockers`).send({ blockerId: id['DI-003'] }).expect(401);
    });
  });

  describe('cycles', () => {
    it('refuses an action blocked by itself', async () => {
      const action = await newAction('Self-referential plan', '2027-06-30');
      const { body } = await link(board, action.id, action.id).expect(409);
      expect(body.error).toMatchObject({ code: 'dependency_cycle', message: `${action.reference} cannot be blocked by itself.`, details: { path: [action.reference, action.reference] } });
    });

    it('refuses a link that closes a circle, direct or through others, naming the circle; nothing is stored', async () => {
      const [a, b, c] = [await newAction('Step A', '2027-06-30'), await newAction('Step B', '2027-06-30'), await newAction('Step C', '2027-06-30')];
      await link(board, a.id, b.id).expect(201); // A waits on B
      await link(board, b.id, c.id).expect(201); // B waits on C

      const direct = await link(board, b.id, a.id).expect(409);
      expect(direct.body.error.details).toEqual({ path: [b.reference, a.reference, b.reference] });

      const around = await link(board, c.id, a.id).expect(409);
      expect(around.body.error).toMatchObject({
        code: 'dependency_cycle',
        message: `${c.reference} cannot be blocked by ${a.reference}, because ${a.reference} already waits on ${c.reference}: ${c.reference} → ${a.reference} → ${b.reference} → ${c.reference}.`,
        details: { path: [c.reference, a.reference, b.reference, c.reference] },
      });
      const stored = await t.sql(`SELECT 1 FROM action_dependency WHERE blocked_id = ANY($1::uuid[]) AND blocker_id = $2`, [[b.id, c.id], a.id]);
      expect(stored).toEqual([]);

      // Two actions both waiting on a third is no circle.
      await link(board, c.id, randomUUID()).expect(400);
      const d = await newAction('Step D', '2027-06-30');
      await link(board, d.id, c.id).expect(201);
      await link(board, a.id, c.id).expect(201);
    });

    it('refuses cycles raced from two sessions: one of the two links wins', async () => {
      const [x, y] = [await newAction('Race X', '2027-06-30'), await newAction('Race Y', '2027-06-30')];
      const answers = await Promise.all([link(board, x.id, y.id), link(working, y.id, x.id)]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409]);
      const [{ count }] = await t.sql<{ count: number }>(`SELECT count(*)::int AS count FROM action_dependency WHERE blocked_id = ANY($1::uuid[])`, [[x.id, y.id]]);
      expect(count).toBe(1);
    });
  });

  describe('telling the owner of the waiting action', () => {
    it('tells them in the app and by e-mail when a blocker is rated red, once, and the waiting action says so', async () => {
      const waiting = await newAction('Get online week', '2027-06-30', id[PARTNER]);
      const blocker = await newAction('Venue booked', '2027-03-31');
      await link(board, waiting.id, blocker.id).expect(201);
      expect(await concernNotices(PARTNER)).toEqual([]);

      const red = { commentary: 'Venue lost', rag: 'red', percentComplete: 10, problem: 'Venue lost', correctiveAction: 'Looking for another', revisedDate: '2027-03-31' };
      await working.post(`/api/actions/${blocker.id}/updates`).send(red).expect(201);
      const title = `${blocker.reference} is rated red: ${waiting.reference} is waiting on it`;
      expect(await concernNotices(PARTNER)).toEqual([{ title, body: expect.stringContaining('which has been rated red.'), action_id: waiting.id }]);
      const mail = await waitFor(() => smtp.received.find((message) => message.subject === title), 'the e-mail');
      expect(mail.to).toEqual([PARTNER]);
      expect(decoded(mail.raw)).toContain(`${waiting.reference} Get online week is waiting on ${blocker.reference} Venue booked, which has been rated red.`);

      const { body: inApp } = await partner.get('/api/notifications').expect(200);
      expect(inApp.items[0]).toMatchObject({ kind: 'blocker_concern', title, actionId: waiting.id, readAt: null });
      expect((await read(waiting.id)).dependencies.blockedBy[0]).toMatchObject({ reference: blocker.reference, rag: 'red', concern: 'red' });

      // Still red: nothing new to tell. Green and then red again is news again.
      await working.post(`/api/actions/${blocker.id}/updates`).send(red).expect(201);
      expect(await concernNotices(PARTNER)).toHaveLength(1);
      await working.post(`/api/actions/${blocker.id}/updates`).send({ commentary: 'New venue', rag: 'green', percentComplete: 20 }).expect(201);
      await working.post(`/api/actions/${blocker.id}/updates`).send(red).expect(201);
      expect(await concernNotices(PARTNER)).toHaveLength(2);
      const mails = await waitFor(() => {
        const found = smtp.received.filter((message) => message.subject === title);
        return found.length >= 2 ? found : undefined;
      }, 'the second e-mail');
      expect(mails).toHaveLength(2);
    });

    it('tells them when the blocker\'s due date is moved past theirs', async () => {
      const waiting = await newAction('Silver surfers course', '2027-03-31', id[BOARD]);
      const blocker = await newAction('Course materials', '2027-01-31');
      await link(working, waiting.id, blocker.id).expect(201);
      await board.patch(`/api/actions/${blocker.id}`).send({ version: blocker.version, dueDate: '2027-02-28' }).expect(200);
      expect(await concernNotices(BOARD)).toEqual([]);

      const moved = await read(blocker.id);
      await board.patch(`/api/actions/${blocker.id}`).send({ version: moved.version, dueDate: '2027-05-31' }).expect(200);
      const title = `${blocker.reference} is now due after ${waiting.reference}: ${waiting.reference} is waiting on it`;
      expect(await concernNotices(BOARD)).toEqual([
        { title, body: expect.stringContaining('which is now due on 31 May 2027, after'), action_id: waiting.id },
      ]);
      await waitFor(() => smtp.received.find((message) => message.subject === title && message.to.includes(BOARD)), 'the e-mail');
      expect((await read(waiting.id)).dependencies.blockedBy[0].concern).toBe('due_after');
    });

    it('tells them, in the daily run, when a blocker has gone overdue, once however often it runs', async () => {
      const waiting = await newAction('Digital skills fair', '2027-06-30', id[PARTNER]);
      const blocker = await newAction('Fair sponsors found', '2027-01-31');
      await link(board, waiting.id, blocker.id).expect(201);
      // The blocker's due date passes overnight: no request changes it.
      await t.sql(`UPDATE action SET start_date = current_date - 30, due_date = current_date - 1 WHERE id = $1`, [blocker.id]);
      const notices = t.app.get(DependencyNoticesService);
      expect(await notices.runNow()).toBe(1);
      expect(await notices.runNow()).toBe(0);
      const title = `${blocker.reference} is overdue: ${waiting.reference} is waiting on it`;
      expect((await concernNotices(PARTNER)).filter((notice) => notice.title === title)).toEqual([
        { title, body: expect.stringMatching(/which was due on \d+ \w+ \d{4} and is not complete\./), action_id: waiting.id },
      ]);
      await waitFor(() => smtp.received.find((message) => message.subject === title), 'the e-mail');
      expect((await read(waiting.id)).dependencies.blockedBy[0]).toMatchObject({ concern: 'overdue' });
    });

    it('does not tell anyone about a blocker that was already a concern when it was linked', async () => {
      const before = (await concernNotices(WORKING)).length;
      const waiting = await newAction('Job club online', '2027-01-31');
      const blocker = await newAction('Job club venue', '2027-02-28');
      const { body } = await link(board, waiting.id, blocker.id).expect(201);
      expect(body.dependencies.blockedBy[0].concern).toBe('due_after');
      expect(await t.app.get(DependencyNoticesService).runNow()).toBe(0);
      expect(await concernNotices(WORKING)).toHaveLength(before);
    });
  });
});
