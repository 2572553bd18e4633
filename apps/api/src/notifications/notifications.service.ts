import { Injectable } from '@nestjs/common';
import type { AppNotification, NotificationList } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { CurrentUser } from '../common/auth/current-user.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { type MailMessage, MailService } from './mail.service.js';

export interface NewNotification {
  kind: string;
  title: string;
  body: string;
  actionId?: string | null;
  escalationId?: string | null;
  reviewCycleId?: string | null;
}

interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  action_id: string | null;
  escalation_id: string | null;
  review_cycle_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

const LIST_LIMIT = 100;

const toNotificationResponse = (row: NotificationRow): AppNotification => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  actionId: row.action_id,
  escalationId: row.escalation_id,
  reviewCycleId: row.review_cycle_id,
  createdAt: row.created_at.toISOString(),
  readAt: row.read_at?.toISOString() ?? null,
});

/** In-app notifications, and the e-mails that copy them once the change that caused them has committed. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: DataSource,
    private readonly mail: MailService,
  ) {}

  /** Stores one notification per distinct user on the caller's transaction; returns the e-mails to send after commit. */
  async notify(manager: EntityManager, userIds: readonly string[], notification: NewNotification): Promise<MailMessage[]> {
    const recipients: { id: string; email: string }[] = await manager.query(
      `SELECT id, email FROM app_user WHERE id = ANY($1::uuid[])`,
      [[...new Set(userIds)]],
    );
    for (const { id } of recipients) {
      await manager.query(
        `INSERT INTO notification (user_id, kind, title, body, action_id, escalation_id, review_cycle_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, notification.kind, notification.title, notification.body, notification.actionId ?? null, notification.escalationId ?? null, notification.reviewCycleId ?? null],
      );
    }
    return recipients.map(({ email }) => ({ to: email, subject: notification.title, text: notification.body }));
  }

  /** Sends after the response path has moved on: a slow or failing mail server never holds up or fails the change. */
  deliver(messages: readonly MailMessage[]): void {
    if (messages.length > 0) void this.mail.send(messages);
  }

  async list(user: CurrentUser): Promise<NotificationList> {
    const rows: NotificationRow[] = await this.db.query(
      `SELECT id, kind, title, body, action_id, escalation_id, review_cycle_id, created_at, read_at FROM notification
       WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT ${LIST_LIMIT}`,
      [user.id],
    );
    const [{ unread }] = await this.db.query(`SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`, [user.id]);
    return { items: rows.map(toNotificationResponse), unreadCount: unread };
  }

  /** Marks one of the user's own notifications read; someone else's is answered as not found. */
  async markRead(user: CurrentUser, id: string): Promise<AppNotification> {
    const [row]: NotificationRow[] = await this.db.query(
      `WITH marked AS (
         UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2
         RETURNING id, kind, title, body, action_id, escalation_id, review_cycle_id, created_at, read_at)
       SELECT * FROM marked`,
      [id, user.id],
    );
    if (!row) throw new NotFoundError('The notification');
    return toNotificationResponse(row);
  }
}
