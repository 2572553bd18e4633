import { Inject, Injectable } from '@nestjs/common';
import type { AppNotification, NotificationList } from '@steerline/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { CurrentUser } from '../common/auth/current-user.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { placeOf } from './notification-place.js';
import { type MailMessage, MailService } from './mail.service.js';
import { countUnread, insertNotification, markRead, type NotificationRow, selectLatest, selectRecipients } from './notifications.queries.js';

export interface NewNotification {
  kind: string;
  title: string;
  body: string;
  actionId?: string | null;
  escalationId?: string | null;
  reviewCycleId?: string | null;
  reviewReturnId?: string | null;
}

const toNotificationResponse = (row: NotificationRow): AppNotification => ({
  id: row.id,
  kind: row.kind,
  title: row.title,
  body: row.body,
  actionId: row.action_id,
  escalationId: row.escalation_id,
  reviewCycleId: row.review_cycle_id,
  reviewReturnId: row.review_return_id,
  createdAt: row.created_at.toISOString(),
  readAt: row.read_at?.toISOString() ?? null,
});

/** In-app notifications, and the e-mails that copy them once the change that caused them has committed. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly db: DataSource,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stores one notification per distinct user on the caller's transaction; returns the e-mails to send after commit. */
  async notify(manager: EntityManager, userIds: readonly string[], notification: NewNotification): Promise<MailMessage[]> {
    const recipients = await selectRecipients(manager, [...new Set(userIds)]);
    for (const { id } of recipients) {
      await insertNotification(manager, id, {
        kind: notification.kind, title: notification.title, body: notification.body, actionId: notification.actionId ?? null,
        escalationId: notification.escalationId ?? null, reviewCycleId: notification.reviewCycleId ?? null,
        reviewReturnId: notification.reviewReturnId ?? null,
      });
    }
    const place = placeOf(notification);
    const text = place ? `${notification.body}\n\n${place.label}: ${this.config.PUBLIC_URL}${place.path}` : notification.body;
    return recipients.map(({ email }) => ({ to: email, subject: notification.title, text }));
  }

  /** Whether e-mail is set up (SMTP_URL); without it, what would be e-mailed has to reach people another way. */
  get canEmail(): boolean {
    return this.mail.enabled;
  }

  /** Sends after the response path has moved on: a slow or failing mail server never holds up or fails the change. */
  deliver(messages: readonly MailMessage[]): void {
    if (messages.length > 0) void this.mail.send(messages);
  }

  async list(user: CurrentUser): Promise<NotificationList> {
    const rows = await selectLatest(this.db.manager, user.id);
    const unread = await countUnread(this.db.manager, user.id);
    return { items: rows.map(toNotificationResponse), unreadCount: unread };
  }

  /** Marks one of the user's own notifications read; someone else's is answered as not found. */
  async markRead(user: CurrentUser, id: string): Promise<AppNotification> {
    const row = await markRead(this.db.manager, id, user.id);
    if (!row) throw new NotFoundError('The notification');
    return toNotificationResponse(row);
  }
}
