import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { MailMessage } from '../notifications/mail.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { reminderNotice, type PendingReturn } from './reminder-notices.js';
import { londonDate, type ReminderKind, reminderOwed } from './reminder-rules.js';
import { claimReminders, selectPendingReturns } from './reminders.queries.js';

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
      const claimed = await claimReminders(manager, batch.map((owed) => owed.returnId), batch.map((owed) => owed.kind), PENDING_STATUSES);
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
    return selectPendingReturns(this.db.manager, COLLECTING_STATUSES, PENDING_STATUSES);
  }
}
