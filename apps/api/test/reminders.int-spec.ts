import type { NestExpressApplication } from '@nestjs/platform-express';
import { simpleParser } from 'mailparser';
import { createApp } from '../src/app.factory.js';
import { loadConfig } from '../src/config/env.js';
import { REMINDER_QUEUE, ReminderScheduler } from '../src/reminders/reminder-scheduler.service.js';
import { addDays, londonDate } from '../src/reminders/reminder-rules.js';
import { type ReminderRun, RemindersService } from '../src/reminders/reminders.service.js';
import { BOARD, demoIds, PARTNER, WORKING } from './support/demo.js';
import { startSmtpServer } from './support/smtp-server.js';
import { createTestApp, type TestApp } from './support/test-app.js';

async function waitFor(check: () => boolean | Promise<boolean>, what: string, seconds = 20): Promise<void> {
  for (const end = Date.now() + seconds * 1000; Date.now() < end; ) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A cron expression (seconds first) for one instant, in the Europe/London wall-clock time the schedule runs in. */
function cronAt(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', second: 'numeric', minute: 'numeric', hour: 'numeric', day: 'numeric', month: 'numeric' }).formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return `${part('second')} ${part('minute')} ${part('hour')} ${part('day')} ${part('month')} *`;
}

/** Another API replica on the same database, as a second pod would be. */
async function startReplica(databaseUrl: string, settings: Record<string, string>): Promise<NestExpressApplication> {
  const app = await createApp(loadConfig({ LOG_LEVEL: 'silent', ...settings, DATABASE_URL: databaseUrl }));
  await app.init();
  return app;
}

describe('review return reminders across two API replicas', () => {
  const today = londonDate(new Date());
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let replicas: NestExpressApplication[] = [];
  const id: Record<string, string> = {};

  const reminderNotifications = (email: string) =>
    t.sql<{ kind: string; title: string; action_id: string; review_cycle_id: string }>(
      `SELECT n.kind, n.title, n.action_id, n.review_cycle_id FROM notification n JOIN app_user u ON u.id = n.user_id
       WHERE u.email = $1 AND n.kind LIKE 'review_return_%' ORDER BY n.created_at`,
      [email],
    );
  const mailsTo = (email: string) => smtp.received.filter((mail) => mail.to.includes(email)).map((mail) => mail.subject);
  const runOnBoth = (date: string): Promise<ReminderRun[]> => Promise.all(replicas.map((app) => app.get(RemindersService).runNow(date)));
  const total = (runs: ReminderRun[], kind: 'due_soon' | 'overdue') => runs.reduce((sum, run) => sum + run.sent[kind], 0);

  /** A cycle of its own strategy: a strategy has one cycle in progress at a time, and these cycles overlap. */
  async function cycle(name: string, status: string, returnsDue: string): Promise<string> {
    const [row] = await t.sql<{ id: string }>(
      `WITH s AS (INSERT INTO strategy (name, purpose, reference_prefix) VALUES ($1, 'Reminder tests', 'RT') RETURNING id)
       INSERT INTO review_cycle (strategy_id, name, period_start, period_end, returns_due, reminder_days_before, status, created_by_id)
       SELECT s.id, $1, '2026-04-01', '2026-09-30', $2, 7, $3, $4 FROM s RETURNING id`,
      [name, returnsDue, status, id[BOARD]],
    );
    return row.id;
  }
  async function addReturn(cycleId: string, action: string, status: string): Promise<void> {
    const done = status === 'submitted' || status === 'accepted';
    await t.sql(
      `INSERT INTO review_return (cycle_id, action_id, owner_id, status, action_status, rag, submitted_at, board_comment)
       SELECT $1, a.id, a.owner_id, $2, $3, $4, $5, $6 FROM action a WHERE a.reference = $7`,
      [cycleId, status, done ? 'in_progress' : null, done ? 'green' : null, done ? new Date() : null, status === 'sent_back' ? 'Add the figures.' : null, action],
    );
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // This instance only migrates, seeds and answers SQL: the reminders run on the two replicas below.
    t = await createTestApp({ REMINDERS_ENABLED: 'false' });
    Object.assign(id, await demoIds(t));
    const open = await cycle('Apr-Sep 2026', 'open', addDays(today, 3));
    await addReturn(open, 'DI-001', 'not_started'); // partner@: due soon
    await addReturn(open, 'DI-003', 'submitted'); // board@: nothing
    const late = await cycle('Oct 2025-Mar 2026', 'board_review', addDays(today, -2));
    await addReturn(late, 'DI-002', 'sent_back'); // working@: overdue
    await addReturn(late, 'DI-001', 'accepted'); // partner@: nothing
    await addReturn(await cycle('Not opened yet', 'draft', addDays(today, -2)), 'DI-003', 'not_started'); // nothing: not open
    await addReturn(await cycle('Far off', 'open', addDays(today, 30)), 'DI-002', 'draft'); // nothing yet
    // Both replicas start together, both schedule the job on a cron occurrence a moment from now, both work the queue.
    const settings = { REMINDER_CRON: cronAt(new Date(Date.now() + 2000)), REMINDER_CHECK_SECONDS: '1', SMTP_URL: smtp.url };
    replicas = await Promise.all([startReplica(t.databaseUrl, settings), startReplica(t.databaseUrl, settings)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(replicas.map((app) => app.close()));
    await t?.close();
    await smtp?.close();
  });

  it('runs the scheduled job once, on one replica, although both watch the schedule and the queue', async () => {
    const runs = () => replicas.map((app) => app.get(ReminderScheduler).scheduledRunsHere);
    const jobs = () => t.sql<{ state: string }>(`SELECT state FROM pgboss.job WHERE name = $1`, [REMINDER_QUEUE]);
    await waitFor(async () => (await jobs()).some((job) => job.state === 'completed'), 'the scheduled reminder job to complete');
    await pause(3000); // three more passes of each replica's cron monitor and queue poll
    expect((await jobs()).map((job) => job.state)).toEqual(['completed']);
    expect(runs().sort()).toEqual([0, 1]);
    const [schedule] = await t.sql(`SELECT cron, timezone FROM pgboss.schedule WHERE name = $1`, [REMINDER_QUEUE]);
    expect(schedule).toEqual({ cron: expect.stringMatching(/^\d+ \d+ \d+ \d+ \d+ \*$/), timezone: 'Europe/London' });
  }, 40_000);

  it('reminded each owner of a pending return once, in the app and by e-mail, and nobody else', async () => {
    await waitFor(() => smtp.received.length >= 2, 'two e-mails');
    await pause(500);
    expect(await reminderNotifications(PARTNER)).toEqual([
      { kind: 'review_return_due_soon', title: expect.stringMatching(/^Review return due \d+ \w+ \d{4}: DI-001$/), action_id: id['DI-001'], review_cycle_id: expect.any(String) },
    ]);
    expect(await reminderNotifications(WORKING)).toEqual([
      { kind: 'review_return_overdue', title: 'Review return overdue: DI-002', action_id: id['DI-002'], review_cycle_id: expect.any(String) },
    ]);
    expect(await reminderNotifications(BOARD)).toEqual([]);
    expect(mailsTo(PARTNER)).toEqual([expect.stringMatching(/^Review return due .*: DI-001$/)]);
    expect(mailsTo(WORKING)).toEqual(['Review return overdue: DI-002']);
    expect(smtp.received).toHaveLength(2);

    const partner = await t.signIn(PARTNER);
    const { body } = await partner.get('/api/notifications').expect(200);
    expect(body.items[0]).toMatchObject({ kind: 'review_return_due_soon', actionId: id['DI-001'], readAt: null });
    expect(body.items[0].body).toContain('for the review cycle "Apr-Sep 2026" is due on');
    // The notice and its e-mail lead to the owner's own return, not to the cycle's page.
    const [due] = await t.sql<{ id: string }>(`SELECT r.id FROM review_return r JOIN review_cycle c ON c.id = r.cycle_id WHERE c.name = 'Apr-Sep 2026'`);
    expect(body.items[0].reviewReturnId).toBe(due.id);
    const mail = await simpleParser(smtp.received.find((received) => received.to.includes(PARTNER))!.raw);
    expect(mail.text).toMatch(new RegExp(`Open your return: https?://\\S+/reviews/returns/${due.id}\\s*$`));
    const working = await t.signIn(WORKING);
    expect((await working.get('/api/notifications').expect(200)).body.items[0].body).toContain('The board sent it back to you');
  });

  it('sends nothing new when both replicas run it again the same day and the next', async () => {
    const runs = [...(await runOnBoth(today)), ...(await runOnBoth(addDays(today, 1)))];
    expect(runs.map((run) => run.sent)).toEqual(Array(4).fill({ due_soon: 0, overdue: 0 }));
    await pause(500);
    expect(smtp.received).toHaveLength(2);
    expect(await t.sql(`SELECT count(*)::int AS n FROM notification WHERE kind LIKE 'review_return_%'`)).toEqual([{ n: 2 }]);
  });

  it('sends the overdue reminder once when a due-soon return passes its due date, however many replicas race', async () => {
    const runs = await runOnBoth(addDays(today, 4));
    expect(total(runs, 'overdue')).toBe(1);
    expect(total(runs, 'due_soon')).toBe(0);
    await waitFor(() => mailsTo(PARTNER).length >= 2, 'the overdue e-mail');
    await pause(500);
    expect(mailsTo(PARTNER)).toEqual([expect.stringMatching(/^Review return due /), 'Review return overdue: DI-001']);
    expect((await reminderNotifications(PARTNER)).map((n) => n.kind)).toEqual(['review_return_due_soon', 'review_return_overdue']);
    expect(total(await runOnBoth(addDays(today, 5)), 'overdue')).toBe(0);
  });

  it('stops no later than the database: closing both replicas does not hang', async () => {
    const started = Date.now();
    await Promise.all(replicas.map((app) => app.close()));
    replicas = [];
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
