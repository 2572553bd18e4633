import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MailMessage } from '../notifications/mail.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { reminderNotice, type PendingReturn } from './reminder-notices.js';
import { londonDate, type ReminderKind, reminderOwed } from './reminder-rules.js';

/** Returns still in the owner's hands: not submitted, or sent back to them. */
const PENDING_STATUSES = ['not_started', 'draft', 'sent_back'];
/** Cycles still collecting returns. */
const COLLECTING_STATUSES = ['open', 'board_review'];
const BATCH_SIZE = 100;

export interface ReminderRun {
  /** The Europe/London date the run judged the due dates against */
  date: string;
  sent: Record<ReminderKind, number>;
}

type Owed = PendingReturn & { kind: ReminderKind };

/**
 * Reminds owners of returns that are due soon or overdue. Safe to run any number of times, on any number of replicas
 * at once: the review_reminder row (one per return and kind) is claimed first, and only its claimant notifies.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger(RemindersService.name);

  constructor(
    private readonly db: DataSource,
    private readonly notifications: NotificationsService,
  ) {}

  /** Sends every reminder owed on `today` (YYYY-MM-DD, default: today in the UK) that has not been sent before. */
  async runNow(today: string = londonDate(new Date())): Promise<ReminderRun> {
    const owed = (await this.pendingReturns()).flatMap((pending) => {
      const kind = reminderOwed(today, { returnsDue: pending.returnsDue, reminderDaysBefore: pending.reminderDaysBefore });
      return kind && !pending.sentKinds.includes(kind) ? [{ ...pending, kind }] : [];
    });
    const sent: Record<ReminderKind, number> = { due_soon: 0, overdue: 0 };
    for (let start = 0; start < owed.length; start += BATCH_SIZE) {
      for (const kind of await this.sendBatch(owed.slice(start, start + BATCH_SIZE))) sent[kind] += 1;
    }
    if (sent.due_soon + sent.overdue > 0) this.logger.log(`Review return reminders for ${today}: ${sent.due_soon} due soon, ${sent.overdue} overdue`);
    return { date: today, sent };
  }

  /** Claims each reminder, then notifies for the claims this transaction won; e-mails go once it has committed. */
  private async sendBatch(batch: Owed[]): Promise<ReminderKind[]> {
    const byKey = new Map(batch.map((owed) => [`${owed.returnId}:${owed.kind}`, owed]));
    let mail: MailMessage[] = [];
    const sentKinds = await this.db.transaction(async (manager) => {
      // Same order in every replica, so two runs racing wait on each other instead of deadlocking.
      const claimed: { return_id: string; kind: ReminderKind }[] = await manager.query(
        `INSERT INTO review_reminder (return_id, kind)
         SELECT owed.return_id, owed.kind
         FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS owed(return_id, kind, position)
         JOIN review_return r ON r.id = owed.return_id AND r.status = ANY($3::text[])
         ORDER BY owed.position
         ON CONFLICT DO NOTHING
         RETURNING return_id, kind`,
        [batch.map((owed) => owed.returnId), batch.map((owed) => owed.kind), PENDING_STATUSES],
      );
      for (const claim of claimed) {
        const owed = byKey.get(`${claim.return_id}:${claim.kind}`)!;
        mail = mail.concat(await this.notifications.notify(manager, [owed.ownerId], reminderNotice(claim.kind, owed)));
      }
      return claimed.map((claim) => claim.kind);
    });
    this.notifications.deliver(mail);
    return sentKinds;
  }

  private async pendingReturns(): Promise<(PendingReturn & { reminderDaysBefore: number; sentKinds: ReminderKind[] })[]> {
    return this.db.query(
      `SELECT r.id AS "returnId", r.owner_id AS "ownerId", r.status, c.id AS "cycleId", c.name AS "cycleName",
              to_char(c.returns_due, 'YYYY-MM-DD') AS "returnsDue", c.reminder_days_before AS "reminderDaysBefore",
              a.id AS "actionId", a.reference, a.title,
              array(SELECT m.kind FROM review_reminder m WHERE m.return_id = r.id) AS "sentKinds"
       FROM review_return r
       JOIN review_cycle c ON c.id = r.cycle_id
       JOIN action a ON a.id = r.action_id
       JOIN app_user u ON u.id = r.owner_id
       WHERE c.status = ANY($1::text[]) AND r.status = ANY($2::text[]) AND u.is_active
       ORDER BY r.id`,
      [COLLECTING_STATUSES, PENDING_STATUSES],
    );
  }
}
