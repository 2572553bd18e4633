import type { DigestFrequency } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

export interface SubscriptionRow {
  id: string;
  user_id: string | null;
  email: string;
  strategy_id: string | null;
  strategy_name: string | null;
  frequency: DigestFrequency;
  unsubscribe_token: string;
  created_at: string;
}

const COLUMNS = `
  s.id, s.user_id, coalesce(s.email, u.email) AS email, s.strategy_id, st.name AS strategy_name, s.frequency, s.unsubscribe_token,
  to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at`;
const FROM = `FROM report_subscription s LEFT JOIN app_user u ON u.id = s.user_id LEFT JOIN strategy st ON st.id = s.strategy_id`;

const OF_USER = new PreparedStatement(`SELECT ${COLUMNS} ${FROM} WHERE s.user_id = $1 ORDER BY s.created_at, s.id`);
const EXTERNAL = new PreparedStatement(`SELECT ${COLUMNS} ${FROM} WHERE s.email IS NOT NULL ORDER BY lower(s.email), s.created_at`);
const ONE = new PreparedStatement(`SELECT ${COLUMNS} ${FROM} WHERE s.id = $1`);
const BY_TOKEN = new PreparedStatement(`SELECT ${COLUMNS} ${FROM} WHERE s.unsubscribe_token = $1`);

export const selectSubscriptionsOf = (db: EntityManager, userId: string) => runPrepared<SubscriptionRow>(db, OF_USER, [userId]);
export const selectExternalSubscriptions = (db: EntityManager) => runPrepared<SubscriptionRow>(db, EXTERNAL, []);

export async function selectSubscription(db: EntityManager, id: string): Promise<SubscriptionRow | undefined> {
  return (await runPrepared<SubscriptionRow>(db, ONE, [id]))[0];
}

export async function selectByToken(db: EntityManager, token: string): Promise<SubscriptionRow | undefined> {
  return (await runPrepared<SubscriptionRow>(db, BY_TOKEN, [token]))[0];
}

/** The new subscription's id, or none when the same recipient already has one for that scope. */
const INSERT = new PreparedStatement(`
  WITH added AS (
    INSERT INTO report_subscription (user_id, email, strategy_id, frequency, unsubscribe_token, created_by_id)
    VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT DO NOTHING
    RETURNING id
  )
  SELECT id FROM added`);

export interface NewSubscriptionRow {
  userId: string | null;
  email: string | null;
  strategyId: string | null;
  frequency: DigestFrequency;
  token: string;
  createdById: string;
}

export async function insertSubscription(db: EntityManager, row: NewSubscriptionRow): Promise<string | undefined> {
  const [added] = await runPrepared<{ id: string }>(db, INSERT, [row.userId, row.email, row.strategyId, row.frequency, row.token, row.createdById]);
  return added?.id;
}

const DELETE = new PreparedStatement(`WITH gone AS (DELETE FROM report_subscription WHERE id = $1 RETURNING id) SELECT id FROM gone`);

export async function deleteSubscription(db: EntityManager, id: string): Promise<boolean> {
  return (await runPrepared(db, DELETE, [id])).length === 1;
}

const STRATEGY_EXISTS = new PreparedStatement(`SELECT 1 FROM strategy WHERE id = $1`);

export async function strategyExists(db: EntityManager, id: string): Promise<boolean> {
  return (await runPrepared(db, STRATEGY_EXISTS, [id])).length === 1;
}
