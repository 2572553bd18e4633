import type { DigestFrequency } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';
import type { SubscriptionRow } from './subscription.queries.js';

const SUBSCRIPTIONS = `
  SELECT s.id, s.user_id, coalesce(s.email, u.email) AS email, s.strategy_id, st.name AS strategy_name, s.frequency, s.unsubscribe_token,
         to_char(s.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS created_at
  FROM report_subscription s LEFT JOIN app_user u ON u.id = s.user_id LEFT JOIN strategy st ON st.id = s.strategy_id
  WHERE (s.user_id IS NULL OR u.is_active)`;

/** The live subscriptions of one frequency (a deactivated person's wait, and start again if they come back). */
const OF_FREQUENCY = new PreparedStatement(`${SUBSCRIPTIONS} AND s.frequency = $1 ORDER BY s.id`);
export const selectDigestSubscriptions = (db: EntityManager, frequency: DigestFrequency) => runPrepared<SubscriptionRow>(db, OF_FREQUENCY, [frequency]);

/**
 * Each signed-off cycle a live subscription covers (its strategy, or any for the whole plan) and has not had the
 * report of yet, if the cycle was signed off after the subscription began: nobody gets years of old reports at once.
 */
const SIGNED_OFF_DUE = new PreparedStatement(`
  SELECT sub.*, c.id AS cycle_id, c.name AS cycle_name
  FROM (${SUBSCRIPTIONS}) sub
  JOIN review_cycle c ON c.status = 'signed_off' AND (sub.strategy_id IS NULL OR c.strategy_id = sub.strategy_id)
  WHERE c.signed_off_at >= sub.created_at::timestamptz
    AND NOT EXISTS (SELECT 1 FROM report_mailing m WHERE m.subscription_id = sub.id AND m.period = 'sign-off:' || c.id)
  ORDER BY c.signed_off_at, sub.id`);
export const selectSignedOffReportsDue = (db: EntityManager) => runPrepared<SubscriptionRow & { cycle_id: string; cycle_name: string }>(db, SIGNED_OFF_DUE, []);

/** Claims one e-mail (subscription, period): true for the one run, on any replica, that may send it. */
const CLAIM = new PreparedStatement(`
  WITH claimed AS (INSERT INTO report_mailing (subscription_id, period) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING subscription_id)
  SELECT subscription_id FROM claimed`);

export async function claimMailing(db: EntityManager, subscriptionId: string, period: string): Promise<boolean> {
  return (await runPrepared(db, CLAIM, [subscriptionId, period])).length === 1;
}

export interface DigestFigures {
  rags: { rag: string; actions: number }[];
  updates: { reference: string; title: string; rag: string; previous_rag: string | null; at: string }[];
  escalations: { reference: string; title: string; urgency: string; raised_at: string }[];
  decisions: { reference: string; title: string; decision: string; decision_text: string; decided_at: string }[];
}

const RAGS = new PreparedStatement(`
  SELECT a.rag, count(*)::int AS actions FROM action a
  WHERE a.status <> 'cancelled' AND ($1::uuid IS NULL OR a.strategy_id = $1)
  GROUP BY a.rag ORDER BY array_position(ARRAY['red', 'amber', 'green', 'blue', 'grey'], a.rag)`);
/** Each action's latest update in the period, with the RAG it had before the period. */
const UPDATES = new PreparedStatement(`
  SELECT DISTINCT ON (a.id) a.reference, a.title, p.rag,
         (SELECT q.rag FROM progress_update q WHERE q.action_id = a.id AND q.created_at < ($2::date::timestamp AT TIME ZONE 'Europe/London') ORDER BY q.created_at DESC LIMIT 1) AS previous_rag,
         to_char(p.created_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS at
  FROM progress_update p JOIN action a ON a.id = p.action_id
  WHERE p.created_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London') AND p.created_at < ($3::date::timestamp AT TIME ZONE 'Europe/London') AND ($1::uuid IS NULL OR a.strategy_id = $1)
  ORDER BY a.id, p.created_at DESC`);
const ESCALATIONS = new PreparedStatement(`
  SELECT a.reference, a.title, e.urgency, to_char(e.raised_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS raised_at
  FROM escalation e JOIN action a ON a.id = e.action_id
  WHERE e.raised_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London') AND e.raised_at < ($3::date::timestamp AT TIME ZONE 'Europe/London') AND ($1::uuid IS NULL OR a.strategy_id = $1)
  ORDER BY e.raised_at`);
const DECISIONS = new PreparedStatement(`
  SELECT a.reference, a.title, e.decision, e.decision_text, to_char(e.decided_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS decided_at
  FROM escalation e JOIN action a ON a.id = e.action_id
  WHERE e.decided_at >= ($2::date::timestamp AT TIME ZONE 'Europe/London') AND e.decided_at < ($3::date::timestamp AT TIME ZONE 'Europe/London') AND ($1::uuid IS NULL OR a.strategy_id = $1)
  ORDER BY e.decided_at`);

/** What a digest says for one scope (a strategy, or all of them) over the UK days [from, to). */
export async function selectDigestFigures(db: EntityManager, strategyId: string | null, from: string, to: string): Promise<DigestFigures> {
  const [rags, updates, escalations, decisions] = await Promise.all([
    runPrepared<DigestFigures['rags'][number]>(db, RAGS, [strategyId]),
    runPrepared<DigestFigures['updates'][number]>(db, UPDATES, [strategyId, from, to]),
    runPrepared<DigestFigures['escalations'][number]>(db, ESCALATIONS, [strategyId, from, to]),
    runPrepared<DigestFigures['decisions'][number]>(db, DECISIONS, [strategyId, from, to]),
  ]);
  return { rags, updates: updates.sort((a, b) => a.reference.localeCompare(b.reference)), escalations, decisions };
}
