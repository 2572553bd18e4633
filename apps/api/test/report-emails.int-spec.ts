import type { NestExpressApplication } from '@nestjs/platform-express';
import { type ParsedMail, simpleParser } from 'mailparser';
import type supertest from 'supertest';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/env.js';
import { ReportMailer } from '../src/subscriptions/report-mailer.service.js';
import { ADMIN, BOARD, demoIds, PARTNER, WORKING } from './support/demo.js';
import { pdfText } from './support/report-readers.js';
import { createReviewFlow } from './support/review-flow.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Agent = ReturnType<typeof supertest.agent>;
const PUBLIC_URL = 'https://steerline.council.example';
const COUNCILLORS = 'councillors@council.example';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Monday of this UK week at 08:00, and days from it. */
function mondayMorning(weeksLater = 0): Date {
  const now = new Date();
  const monday = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7) + 7 * weeksLater, 8));
  return monday;
}

/** Report e-mails over a real SMTP server: digests, signed-off reports as PDF, one-click unsubscribe, two replicas. */
describe('report e-mails to subscribers', () => {
  let smtp: TestSmtpServer;
  let t: TestApp;
  let replica: NestExpressApplication;
  let id: Record<string, string>;
  let partner: Agent;
  let admin: Agent;
  let strategyId: string;

  const mails = async (to: string): Promise<ParsedMail[]> =>
    Promise.all(smtp.received.filter((mail) => mail.to.includes(to)).map((mail) => simpleParser(mail.raw)));
  const runOnBoth = async (now: Date) => {
    const runs = await Promise.all([t.app, replica].map((app) => app.get(ReportMailer).runNow(now)));
    await pause(300);
    return { digests: runs.reduce((sum, run) => sum + run.digests, 0), reports: runs.reduce((sum, run) => sum + run.reports, 0) };
  };
  const tokenOf = (mail: ParsedMail) => /\/unsubscribe\/([A-Za-z0-9_-]{43})/.exec(mail.text!)![1];

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const settings = { SMTP_URL: smtp.url, PUBLIC_URL };
    t = await createTestApp(settings);
    replica = await createApp(loadConfig({ LOG_LEVEL: 'silent', REMINDERS_ENABLED: 'false', ...settings, DATABASE_URL: t.databaseUrl }));
    await replica.init();
    id = await demoIds(t);
    [{ id: strategyId }] = await t.sql<{ id: string }>(`SELECT id FROM strategy`);
    partner = await t.signIn(PARTNER);
    admin = await t.signIn(ADMIN);
  }, 60_000);

  afterAll(async () => {
    await replica?.close();
    await t?.close();
    await smtp?.close();
  });

  it('lets a reader subscribe to a digest, and an administrator an outside address, refusing what is not valid', async () => {
    const mine = await partner.post('/api/subscriptions').send({ strategyId, frequency: 'weekly' }).expect(201);
    expect(mine.body).toMatchObject({ strategy: { id: strategyId, name: expect.any(String) }, frequency: 'weekly', email: PARTNER, external: false });
    expect((await partner.post('/api/subscriptions').send({ strategyId, frequency: 'monthly' }).expect(409)).body.error.code).toBe('conflict');
    const bad = await partner.post('/api/subscriptions').send({ strategyId: 'not-a-strategy', frequency: 'daily' }).expect(400);
    expect(bad.body.error.details.map((field: { field: string }) => field.field).sort()).toEqual(['frequency', 'strategyId']);
    const unknown = await partner.post('/api/subscriptions').send({ strategyId: '00000000-0000-4000-8000-000000000000', frequency: 'weekly' }).expect(400);
    expect(unknown.body.error.details).toEqual([{ field: 'strategyId', messages: ['Choose a strategy that exists, or the whole Corporate Plan'] }]);

    await partner.post('/api/admin/subscriptions').send({ email: COUNCILLORS, strategyId: null, frequency: 'monthly' }).expect(403);
    expect((await admin.post('/api/admin/subscriptions').send({ email: 'not an address', strategyId: null, frequency: 'monthly' }).expect(400)).body.error.details[0].field).toBe('email');
    const outside = await admin.post('/api/admin/subscriptions').send({ email: COUNCILLORS, strategyId: null, frequency: 'monthly' }).expect(201);
    expect(outside.body).toMatchObject({ strategy: null, email: COUNCILLORS, external: true });
    expect((await admin.get('/api/admin/subscriptions').expect(200)).body.map((row: { email: string }) => row.email)).toEqual([COUNCILLORS]);
    expect((await partner.get('/api/subscriptions').expect(200)).body.map((row: { frequency: string }) => row.frequency)).toEqual(['weekly']);
    // Someone else's subscription is not found, for a person as for the outside list.
    await (await t.signIn(WORKING)).delete(`/api/subscriptions/${mine.body.id}`).expect(404);
    await admin.delete(`/api/admin/subscriptions/${mine.body.id}`).expect(404);
  });

  it('sends each subscriber one digest of the last whole week or month, however many replicas run, with what changed', async () => {
    // The subscriptions began well before the periods; last week DI-001 went red, DI-002 was escalated, and the board decided.
    await t.sql(`UPDATE report_subscription SET created_at = now() - interval '100 days'`);
    const lastWeek = new Date(mondayMorning(-1).getTime() + 2 * 24 * 3600 * 1000);
    await t.sql(`INSERT INTO progress_update (action_id, author_id, commentary, rag, percent_complete, problem, corrective_action, created_at)
                 VALUES ($1, $2, 'Venue lost', 'green', 20, NULL, NULL, $3::timestamptz - interval '30 days'),
                        ($1, $2, 'Venue lost again', 'red', 25, 'No venue', 'Looking for one', $3)`, [id['DI-001'], id[PARTNER], lastWeek]);
    await t.sql(`INSERT INTO escalation (action_id, raised_by_id, raised_at, problem, impact, decision_sought, urgency, needed_by, status, decision, decision_text, decided_by_id, decided_at)
                 VALUES ($1, $2, $3, 'No venue', 'Drop-ins stop', 'Fund a venue', 'urgent', '2030-01-31', 'agreed', 'agreed', 'Fund the Millennium Library', $4, $3)`,
      [id['DI-002'], id[WORKING], lastWeek, id[BOARD]]);

    expect(await runOnBoth(mondayMorning())).toEqual({ digests: 2, reports: 0 });
    expect(smtp.received.map((mail) => mail.to).sort()).toEqual([[COUNCILLORS], [PARTNER]]);
    const [weekly] = await mails(PARTNER);
    expect(weekly.subject).toMatch(/^Steerline weekly digest: .+, \d+ \w+ \d{4} to \d+ \w+ \d{4}$/);
    expect(weekly.text).toContain('Actions by RAG status now:');
    expect(weekly.text).toMatch(/- DI-001 .+: Red, was Green/);
    expect(weekly.text).toMatch(/New escalations \(1\):\n- DI-002 .+: urgent/);
    expect(weekly.text).toContain('"Fund the Millennium Library"');
    expect(weekly.text).toContain(`See it in Steerline: ${PUBLIC_URL}/`);
    expect(weekly.text).toContain(`To stop it: ${PUBLIC_URL}/unsubscribe/${tokenOf(weekly)}`);
    // List-Unsubscribe and List-Unsubscribe-Post (RFC 8058), as mailparser reads them.
    expect(weekly.headers.get('list')).toMatchObject({
      unsubscribe: { url: `${PUBLIC_URL}/api/unsubscribe/${tokenOf(weekly)}` },
      'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' },
    });
    const [monthly] = await mails(COUNCILLORS);
    expect(monthly.subject).toMatch(/^Steerline monthly digest: the whole Corporate Plan, 1 \w+ \d{4} to \d+ \w+ \d{4}$/);

    // The same week again, on both replicas: nothing more.
    expect(await runOnBoth(new Date(mondayMorning().getTime() + 3 * 24 * 3600 * 1000))).toEqual({ digests: 0, reports: 0 });
    expect(smtp.received).toHaveLength(2);
  });

  it('sends the report of a review when it is signed off, as an accessible PDF that opens, once', async () => {
    const cycle = await createReviewFlow(t, id).then((flow) => flow.signedOff());
    const [{ name }] = await t.sql<{ name: string }>(`SELECT name FROM review_cycle WHERE id = $1`, [cycle.id]);
    expect(await runOnBoth(mondayMorning())).toEqual({ digests: 0, reports: 2 });
    for (const to of [PARTNER, COUNCILLORS]) {
      const report = (await mails(to)).find((mail) => mail.subject?.startsWith('Signed off:'))!;
      expect(report.subject).toContain(name);
      expect(report.text).toContain(`${PUBLIC_URL}/reviews/${cycle.id}/report`);
      expect(report.attachments.map((file) => file.contentType)).toEqual(['application/pdf']);
      expect(pdfText(report.attachments[0].content)).toContain(name);
    }
    expect(await runOnBoth(mondayMorning())).toEqual({ digests: 0, reports: 0 });
  });

  it('stops a subscription from its link with no sign-in, by the page or by one click, and sends it no more', async () => {
    const token = tokenOf((await mails(PARTNER))[0]);
    expect((await t.http.get(`/api/unsubscribe/${token}`).expect(200)).body).toEqual({ email: PARTNER, scope: expect.any(String), frequency: 'weekly' });
    await t.http.post(`/api/unsubscribe/${token}`).expect(200, { unsubscribed: true });
    expect((await t.http.get(`/api/unsubscribe/${token}`).expect(404)).body.error.code).toBe('link_unknown');
    await t.http.get('/api/unsubscribe/too-short').expect(404);
    // A mail program's one-click POST (RFC 8058), form-encoded, with no Origin.
    const councillorsToken = tokenOf((await mails(COUNCILLORS))[0]);
    await t.http.post(`/api/unsubscribe/${councillorsToken}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
    const audited = await t.sql<{ operation: string }>(`SELECT operation FROM audit_event WHERE entity_type = 'report_subscription' ORDER BY id`);
    expect(audited.map((event) => event.operation)).toEqual(['create', 'create', 'remove', 'remove']);

    const sent = smtp.received.length;
    expect(await runOnBoth(mondayMorning(1))).toEqual({ digests: 0, reports: 0 });
    expect(smtp.received).toHaveLength(sent);
  });
});
