import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config/env.js';
import { ADMIN, BOARD, demoIds, LEADER, PARTNER, WORKING } from './support/demo.js';
import { startSmtpServer } from './support/smtp-server.js';
import { createTestApp, type TestApp } from './support/test-app.js';

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

const asked = { problem: 'Venue lost.', impact: 'Drop-ins stop.', decisionSought: 'Fund a new venue.', urgency: 'urgent', neededBy: '2030-01-31' };

async function raiseAndDecide(t: TestApp, raiserEmail: string, actionId: string, outcome = 'agreed') {
  const board = await t.signIn(BOARD);
  const raised = (await (await t.signIn(raiserEmail)).post(`/api/actions/${actionId}/escalations`).send(asked).expect(201)).body;
  const taken = (await board.post(`/api/escalations/${raised.id}/take`).send({ version: raised.version }).expect(200)).body;
  const decision = { version: taken.version, outcome, decisionText: 'Fund the Millennium Library for six months.', conditions: 'Report attendance monthly.' };
  return (await board.post(`/api/escalations/${raised.id}/decision`).send(decision).expect(200)).body;
}

describe('notifications of decisions', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await createTestApp({ SMTP_URL: smtp.url, MAIL_FROM: 'Steerline tests <steerline@tests.example>' });
    Object.assign(id, await demoIds(t));
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  it('tells the raiser and the action’s owner in the app, with an unread count', async () => {
    const leader = await t.signIn(LEADER);
    const partner = await t.signIn(PARTNER);
    const before = (await partner.get('/api/notifications').expect(200)).body.unreadCount;
    const decided = await raiseAndDecide(t, LEADER, id['DI-001']);

    for (const agent of [leader, partner]) {
      const { body } = await agent.get('/api/notifications').expect(200);
      expect(body.items[0]).toEqual({
        id: expect.any(String),
        kind: 'escalation_decided',
        title: 'Escalation agreed: DI-001',
        body: expect.stringContaining('Decision: Fund the Millennium Library for six months.\nConditions: Report attendance monthly.\nDecided by Bola Board'),
        actionId: id['DI-001'],
        escalationId: decided.id,
        reviewCycleId: null,
        reviewReturnId: null,
        createdAt: expect.stringMatching(/^\d{4}-/),
        readAt: null,
      });
    }
    expect((await partner.get('/api/notifications').expect(200)).body.unreadCount).toBe(before + 1);
    const working = await t.signIn(WORKING);
    expect((await working.get('/api/notifications').expect(200)).body).toEqual({ items: [], unreadCount: 0 });
  });

  it('sends each of them an e-mail through SMTP_URL, from MAIL_FROM', async () => {
    const decided = await raiseAndDecide(t, WORKING, id['DI-003'], 'declined');
    const mails = await waitFor(() => {
      const found = smtp.received.filter((mail) => mail.raw.includes('Escalation declined: DI-003'));
      return found.length >= 2 ? found : undefined;
    }, 'two e-mails');
    expect(mails.flatMap((mail) => mail.to).sort()).toEqual([BOARD, WORKING]);
    for (const mail of mails) {
      expect(mail.from).toBe('steerline@tests.example');
      expect(mail.raw).toMatch(/^From: Steerline tests <steerline@tests\.example>/m);
      expect(mail.raw).toMatch(/^Subject: Escalation declined: DI-003/m);
      expect(decoded(mail.raw)).toContain(`The channel shift board declined the escalation on DI-003`);
      expect(decoded(mail.raw)).toContain('Decision: Fund the Millennium Library for six months.');
      expect(decoded(mail.raw)).toMatch(new RegExp(`Open the escalation: https?://[^\\s/]+/escalations/${decided.id}`));
    }
    expect(decided.status).toBe('declined');
  });

  it('sends one e-mail and one notification when the raiser owns the action', async () => {
    const sent = smtp.received.length;
    const decided = await raiseAndDecide(t, WORKING, id['DI-002']);
    await waitFor(() => (smtp.received.length > sent ? true : undefined), 'an e-mail');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.received.slice(sent).map((mail) => mail.to)).toEqual([[WORKING]]);
    const rows = await t.sql(`SELECT user_id FROM notification WHERE escalation_id = $1`, [decided.id]);
    expect(rows).toEqual([{ user_id: id[WORKING] }]);
  });

  it('marks a notification read, lowering the unread count', async () => {
    const partner = await t.signIn(PARTNER);
    const { body: list } = await partner.get('/api/notifications').expect(200);
    expect(list.unreadCount).toBeGreaterThan(0);
    const { body: read } = await partner.post(`/api/notifications/${list.items[0].id}/read`).expect(200);
    expect(read).toMatchObject({ id: list.items[0].id, readAt: expect.stringMatching(/^\d{4}-/) });
    expect((await partner.get('/api/notifications').expect(200)).body.unreadCount).toBe(list.unreadCount - 1);
    await partner.post(`/api/notifications/${list.items[0].id}/read`).expect(200);
    expect((await partner.get('/api/notifications').expect(200)).body.unreadCount).toBe(list.unreadCount - 1);
  });

  it('answers 404 for someone else’s, an unknown or a malformed notification id', async () => {
    const [{ id: partnersNotification }] = await t.sql<{ id: string }>(`SELECT id FROM notification WHERE user_id = $1 LIMIT 1`, [id[PARTNER]]);
    await (await t.signIn(ADMIN)).post(`/api/notifications/${partnersNotification}/read`).expect(404);
    await (await t.signIn(PARTNER)).post(`/api/notifications/${randomUUID()}/read`).expect(404);
    await (await t.signIn(PARTNER)).post('/api/notifications/nope/read').expect(404);
  });

  it('refuses anyone signed out', async () => {
    await t.http.get('/api/notifications').expect(401);
    await t.http.post(`/api/notifications/${randomUUID()}/read`).expect(401);
  });
});

describe('when the mail server cannot be reached', () => {
  let t: TestApp;

  beforeAll(async () => {
    const smtp = await startSmtpServer();
    await smtp.close();
    t = await createTestApp({ SMTP_URL: smtp.url });
  });
  afterAll(() => t.close());

  it('still records the decision and the in-app notifications', async () => {
    const ids = await demoIds(t);
    const decided = await raiseAndDecide(t, WORKING, ids['DI-001']);
    expect(decided.status).toBe('agreed');
    const rows = await t.sql<{ user_id: string }>(`SELECT user_id FROM notification WHERE escalation_id = $1 ORDER BY user_id`, [decided.id]);
    expect(rows.map((row) => row.user_id).sort()).toEqual([ids[PARTNER], ids[WORKING]].sort());
  });
});

describe('mail settings', () => {
  it('accepts an smtp:// SMTP_URL, defaults MAIL_FROM, and refuses any other URL', () => {
    expect(loadConfig({ SMTP_URL: 'smtp://mail.example:25' })).toMatchObject({ SMTP_URL: 'smtp://mail.example:25', MAIL_FROM: 'Steerline <no-reply@steerline.example>' });
    expect(loadConfig({}).SMTP_URL).toBeUndefined();
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
  });
});
