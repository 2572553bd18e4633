import type { AppNotification } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

export interface NotificationRow {
  id: string;
  kind: string;
  title: string;
  body: string;
  action_id: string | null;
  escalation_id: string | null;
  review_cycle_id: string | null;
  review_return_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

const LIST_LIMIT = 100;
const COLUMNS = 'id, kind, title, body, action_id, escalation_id, review_cycle_id, review_return_id, created_at, read_at';

const RECIPIENTS = new PreparedStatement(`SELECT id, email FROM app_user WHERE id = ANY($1::uuid[])`);
const INSERT = new PreparedStatement(`
  INSERT INTO notification (user_id, kind, title, body, action_id, escalation_id, review_cycle_id, review_return_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`);
const LATEST = new PreparedStatement(`
  SELECT ${COLUMNS} FROM notification WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT ${LIST_LIMIT}`);
const UNREAD = new PreparedStatement(`SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`);
const MARK_READ = new PreparedStatement(`
  WITH marked AS (
    UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = $1 AND user_id = $2
    RETURNING ${COLUMNS})
  SELECT * FROM marked`);

/** The users with these ids (each once) and their e-mail addresses. */
export const selectRecipients = (db: EntityManager, userIds: string[]) => runPrepared<{ id: string; email: string }>(db, RECIPIENTS, [userIds]);

export type NotificationInsert = Omit<AppNotification, 'id' | 'createdAt' | 'readAt'>;

export async function insertNotification(db: EntityManager, userId: string, n: NotificationInsert): Promise<void> {
  await runPrepared(db, INSERT, [userId, n.kind, n.title, n.body, n.actionId, n.escalationId, n.reviewCycleId, n.reviewReturnId]);
}

/** The user's latest notifications, newest first. */
export const selectLatest = (db: EntityManager, userId: string) => runPrepared<NotificationRow>(db, LATEST, [userId]);

export async function countUnread(db: EntityManager, userId: string): Promise<number> {
  const [{ unread }] = await runPrepared<{ unread: number }>(db, UNREAD, [userId]);
  return unread;
}

/** Marks the user's own notification read (keeping the first time); undefined when they have no such notification. */
export async function markRead(db: EntityManager, id: string, userId: string): Promise<NotificationRow | undefined> {
  const [row] = await runPrepared<NotificationRow>(db, MARK_READ, [id, userId]);
  return row;
}
