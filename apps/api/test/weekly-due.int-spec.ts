import type { NestExpressApplication } from '@nestjs/platform-express';
import { simpleParser } from 'mailparser';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/env.js';
import { addDays, londonDate } from '../src/reminders/reminder-rules.js';
import { mondayOf, WeeklyDueService } from '../src/reminders/weekly-due/weekly-due.service.js';
import { ADMIN, BOARD, demoIds, LEADER, PARTNER, WORKING } from './support/demo.js';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_URL = 'https://steerline.council.example';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Owners' weekly "what is due": what each is asked for, with links, once a week across replicas, and only if they want it. */
describe('the weekly "what is due" e-mail', () => {
  const today = londonDate(new Date());
  let smtp: TestSmtpServer;
  let t: TestApp;
  let replica: NestExpressApplication;
  let id: Record<string, string>;
  const returnIds: Record<string, string> = {};
  let escalationId: string;

  const mailsTo = async (email: string) =>
    Promise.all(smtp.received.filter((mail) => mail.to.includes(email)).map(async (mail) => simpleParser(mail.raw)));
  const runOnBoth = (date: string) => Promise.all([t.app, replica].map((app) => app.get(WeeklyDueService).runNow(date)));

  beforeAll(async () => {
    smtp = await startSmtpServer();
    const settings = { SMTP_URL: smtp.url, PUBLIC_URL };
    t = await createTestApp(settings);
    replica = await createApp(loadConfig({ LOG_LEVEL: 'silent', REMINDERS_ENABLED: 'false', ...settings, DATABASE_URL: t.databaseUrl }));
    await replica.init();
    id = await demoIds(t);

    // DI-001 (Pat Partner's): last updated 40 days ago, a milestone due in 5 days and one done, a return to write.
    await t.sql(`UPDATE action SET status = 'in_progress', last_update_at = now() - interval '40 days', created_at = now() - interval '90 days' WHERE reference = 'DI-001'`);
    await t.sql(`INSERT INTO milestone (action_id, title, due_date) VALUES ($1, 'Leaflets at every library', $2)`, [id['DI-001'], addDays(today, 5)]);
    await t.sql(`INSERT INTO milestone (action_id, title, due_date, done_date) VALUES ($1, 'Venue booked', $2, $2)`, [id['DI-001'], addDays(today, 2)]);
    await t.sql(`INSERT INTO milestone (action_id, title, due_date) VALUES ($1, 'Far-off milestone', $2)`, [id['DI-001'], addDays(today, 40)]);
    const [cycle] = await t.sql<{ id: string }>(
      `INSERT INTO review_cycle (strategy_id, name, period_start, period_end, returns_due, reminder_days_before, status, created_by_id)
       SELECT strategy_id, 'Apr-Sep 2026', '2026-04-01', '2026-09-30', $1, 7, 'open', $2 FROM priority LIMIT 1 RETURNING id`,
      [addDays(today, 10), id[BOARD]],
    );
    for (const [reference, status] of [['DI-001', 'draft'], ['DI-002', 'submitted'], ['DI-003', 'not_started']]) {
      const [row] = await t.sql<{ id: string }>(
        `INSERT INTO review_return (cycle_id, action_id, owner_id, status, submitted_at, action_status, rag)
         SELECT $1, a.id, a.owner_id, $2, $3, $4, $5 FROM action a WHERE a.reference = $6 RETURNING id`,
        [cycle.id, status, status === 'submitted' ? new Date() : null, status === 'submitted' ? 'in_progress' : null, status === 'submitted' ? 'green' : null, reference],
      );
      returnIds[reference] = row.id;
    }
    // The board agreed an escalation on DI-002 and asked Pat to follow it up.
    const [escalation] = await t.sql<{ id: string }>(
      `INSERT INTO escalation (action_id, raised_by_id, problem, impact, decision_sought, urgency, needed_by, status, decision, decision_text, decided_by_id, decided_at, follow_up_owner_id, follow_up_due)
       VALUES ($1, $2, 'Venue lost', 'Drop-ins stop', 'Fund a venue', 'high', $3, 'agreed', 'agreed', 'Fund the Millennium Library for six months', $4, now(), $5, $3)
       RETURNING id`,
      [id['DI-002'], id[WORKING], addDays(today, 7), id[BOARD], id[PARTNER]],
    );
    escalationId = escalation.id;
    // Everything else recent, so only what the test made is due.
    await t.sql(`UPDATE action SET last_update_at = now() WHERE reference <> 'DI-001'`);
  }, 60_000);

  afterAll(async () => {
    await replica?.close();
    await t?.close();
    await smtp?.close();
  });

  it('sends each owner with something due one e-mail for the week, however many replicas run it, and nobody else', async () => {
    const runs = await runOnBoth(today);
    expect(runs.map((run) => run.weekOf)).toEqual([mondayOf(today), mondayOf(today)]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(2);
    await pause(300);
    expect(smtp.received.map((mail) => mail.to).sort()).toEqual([[BOARD], [PARTNER]]);
    for (const nobody of [ADMIN, LEADER, WORKING]) expect(await mailsTo(nobody)).toEqual([]);

    // Run again the same week, on both: nothing more.
    expect((await runOnBoth(addDays(mondayOf(today), 6))).map((run) => run.sent)).toEqual([0, 0]);
    await pause(300);
    expect(smtp.received).toHaveLength(2);
  });

  it('lists each thing under its heading with the link to where the owner acts on it', async () => {
    const [mail] = await mailsTo(PARTNER);
    expect(mail.subject).toBe('What is due from you this week: 4 things');
    const text = mail.text!;
    const sections = ['Review returns to complete:', 'Follow-ups the board asked of you:', 'Milestones due in the next 14 days, or late:', 'Actions with no progress update in 30 days:'];
    const at = sections.map((heading) => text.indexOf(heading));
    expect(at.every((position, index) => position >= 0 && (index === 0 || position > at[index - 1]))).toBe(true);
    expect(text).toContain(`your return for "Apr-Sep 2026" is due by`);
    expect(text).toContain(`${PUBLIC_URL}/reviews/returns/${returnIds['DI-001']}`);
    expect(text).toContain('the board agreed "Fund the Millennium Library for six months" and asked you to follow up by');
    expect(text).toContain(`${PUBLIC_URL}/escalations/${escalationId}`);
    expect(text).toContain('"Leaflets at every library" is due on');
    expect(text).not.toContain('Venue booked');
    expect(text).not.toContain('Far-off milestone');
    expect(text).toContain(`${PUBLIC_URL}/actions/${id['DI-001']}/updates/new`);
    expect(text).toContain(`${PUBLIC_URL}/account`);

    const [boards] = await mailsTo(BOARD);
    expect(boards.subject).toBe('What is due from you this week: 1 thing');
    expect(boards.text).toContain(`${PUBLIC_URL}/reviews/returns/${returnIds['DI-003']}`);
    expect(boards.text).not.toContain('DI-002');
  });

  it('stops for a person who turns it off on their account, audited, and carries on for the others the next week', async () => {
    const partner = await t.signIn(PARTNER);
    expect((await partner.get('/api/account/weekly-email').expect(200)).body).toEqual({ weeklyDueEmail: true });
    const refused = await partner.put('/api/account/weekly-email').send({ weeklyDueEmail: 'no' }).expect(400);
    expect(refused.body.error.details).toEqual([{ field: 'weeklyDueEmail', messages: ['weeklyDueEmail must be true or false'] }]);
    expect((await partner.put('/api/account/weekly-email').send({ weeklyDueEmail: false }).expect(200)).body).toEqual({ weeklyDueEmail: false });
    expect((await partner.get('/api/account/weekly-email').expect(200)).body).toEqual({ weeklyDueEmail: false });
    const audited = await t.sql(`SELECT changes FROM audit_event WHERE entity_type = 'user' AND entity_id = $1 AND operation = 'edit'`, [id[PARTNER]]);
    expect(JSON.stringify(audited)).toContain('weeklyDueEmail');

    const nextWeek = addDays(mondayOf(today), 7);
    expect((await runOnBoth(nextWeek)).reduce((sum, run) => sum + run.sent, 0)).toBe(1);
    await pause(300);
    expect((await mailsTo(PARTNER)).length).toBe(1);
    expect((await mailsTo(BOARD)).length).toBe(2);
  });
});
