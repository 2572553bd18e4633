import { DASHBOARD_LIST_LIMIT, type PriorityRef, type RiskActionRef, type RiskListFilters, type RiskMitigation, type RiskReview, type RiskStatus } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

export interface RiskSummaryRow {
  id: string;
  reference: string;
  title: string;
  owner_id: string;
  owner_name: string;
  likelihood: number;
  impact: number;
  score: number;
  target_score: number;
  status: RiskStatus;
  review_date: string;
  review_overdue: boolean;
  version: number;
}

export interface RiskDetailRow extends RiskSummaryRow {
  cause: string;
  effect: string;
  actions: RiskActionRef[];
  priorities: PriorityRef[];
  mitigations: RiskMitigation[];
  history: RiskReview[];
  escalations: { id: string; status: string; problem: string; raisedAt: string }[];
}

/** A risk's summary columns over `risk r JOIN app_user o ON o.id = r.owner_id`. */
const SUMMARY = `
  r.id, 'R-' || lpad(r.number::text, 3, '0') AS reference, r.title, r.owner_id, o.name AS owner_name,
  r.likelihood, r.impact, r.score, r.target_score, r.status, r.review_date::text AS review_date,
  (r.review_date < current_date AND r.status <> 'closed') AS review_overdue, r.version`;

/** The whole risk in one statement: its links, mitigations, history and escalations as JSON lists. */
const ONE = new PreparedStatement(`
  SELECT ${SUMMARY}, r.cause, r.effect,
    coalesce((SELECT json_agg(json_build_object('id', a.id, 'reference', a.reference, 'title', a.title) ORDER BY a.reference)
                FROM risk_action x JOIN action a ON a.id = x.action_id WHERE x.risk_id = r.id), '[]') AS actions,
    coalesce((SELECT json_agg(json_build_object('id', p.id, 'number', p.number, 'title', p.title) ORDER BY p.number)
                FROM risk_priority x JOIN priority p ON p.id = x.priority_id WHERE x.risk_id = r.id), '[]') AS priorities,
    coalesce((SELECT json_agg(json_build_object('id', m.id, 'description', m.description, 'owner', json_build_object('id', u.id, 'name', u.name),
                       'dueDate', m.due_date::text, 'done', m.done, 'version', m.version) ORDER BY m.due_date, m.created_at)
                FROM risk_mitigation m JOIN app_user u ON u.id = m.owner_id WHERE m.risk_id = r.id), '[]') AS mitigations,
    coalesce((SELECT json_agg(json_build_object('id', v.id, 'reviewedBy', json_build_object('id', u.id, 'name', u.name),
                       'reviewedAt', v.reviewed_at, 'likelihood', v.likelihood, 'impact', v.impact, 'score', v.score, 'status', v.status,
                       'note', v.note, 'nextReviewDate', v.next_review_date::text,
                       'reviewCycle', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('id', c.id, 'name', c.name) END)
                       ORDER BY v.reviewed_at DESC, v.id)
                FROM risk_review v JOIN app_user u ON u.id = v.reviewed_by_id LEFT JOIN review_cycle c ON c.id = v.review_cycle_id
               WHERE v.risk_id = r.id), '[]') AS history,
    coalesce((SELECT json_agg(json_build_object('id', e.id, 'status', e.status, 'problem', e.problem, 'raisedAt', e.raised_at) ORDER BY e.raised_at DESC)
                FROM escalation e WHERE e.risk_id = r.id), '[]') AS escalations
  FROM risk r JOIN app_user o ON o.id = r.owner_id
  WHERE r.id = $1`);

/** The register: highest score first, then the oldest. Filters are optional parameters of one statement (a small table). */
const LIST = new PreparedStatement(`
  SELECT ${SUMMARY}
  FROM risk r JOIN app_user o ON o.id = r.owner_id
  WHERE ($1::text[] IS NULL OR r.status = ANY($1)) AND ($2::uuid IS NULL OR r.owner_id = $2)
  ORDER BY r.score DESC, r.number`);

/** Risks not closed whose review date has passed, most overdue first; `total` counts them all (risk_review_due_idx). */
const REVIEWS_OVERDUE = new PreparedStatement(`
  SELECT ${SUMMARY}, count(*) OVER ()::int AS total
  FROM risk r JOIN app_user o ON o.id = r.owner_id
  WHERE r.status <> 'closed' AND r.review_date < current_date
  ORDER BY r.review_date, r.score DESC, r.number
  LIMIT ${DASHBOARD_LIST_LIMIT}`);

const LOCK = new PreparedStatement(`SELECT id, owner_id, version, status FROM risk WHERE id = $1 FOR UPDATE`);

const INSERT = new PreparedStatement(`
  INSERT INTO risk (strategy_id, title, cause, effect, owner_id, likelihood, impact, target_score, review_date, created_by_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`);

const UPDATE = new PreparedStatement(`
  UPDATE risk SET title = $2, cause = $3, effect = $4, owner_id = $5, target_score = $6, review_date = $7,
                  version = version + 1, updated_at = now()
  WHERE id = $1`);

const ASSESS = new PreparedStatement(`
  UPDATE risk SET likelihood = $2, impact = $3, status = $4, review_date = $5, version = version + 1, updated_at = now() WHERE id = $1`);

const TOUCH = new PreparedStatement(`UPDATE risk SET version = version + 1, updated_at = now() WHERE id = $1`);

const CLEAR_ACTIONS = new PreparedStatement(`DELETE FROM risk_action WHERE risk_id = $1`);
const LINK_ACTIONS = new PreparedStatement(`INSERT INTO risk_action (risk_id, action_id) SELECT $1, unnest($2::uuid[])`);
const CLEAR_PRIORITIES = new PreparedStatement(`DELETE FROM risk_priority WHERE risk_id = $1`);
const LINK_PRIORITIES = new PreparedStatement(`INSERT INTO risk_priority (risk_id, priority_id) SELECT $1, unnest($2::uuid[])`);

const INSERT_REVIEW = new PreparedStatement(`
  INSERT INTO risk_review (risk_id, review_cycle_id, reviewed_by_id, likelihood, impact, status, note, next_review_date)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`);

const INSERT_MITIGATION = new PreparedStatement(`
  INSERT INTO risk_mitigation (risk_id, description, owner_id, due_date) VALUES ($1, $2, $3, $4) RETURNING id`);
const LOCK_MITIGATION = new PreparedStatement(`
  SELECT id, risk_id, description, owner_id, due_date::text AS due_date, done, version FROM risk_mitigation WHERE id = $1 AND risk_id = $2 FOR UPDATE`);
const UPDATE_MITIGATION = new PreparedStatement(`
  UPDATE risk_mitigation SET description = $2, owner_id = $3, due_date = $4, done = $5, version = version + 1 WHERE id = $1`);

export async function readRisk(db: EntityManager, id: string): Promise<RiskDetailRow | undefined> {
  const [row] = await runPrepared<RiskDetailRow>(db, ONE, [id]);
  return row;
}

export function readRisks(db: EntityManager, filters: RiskListFilters): Promise<RiskSummaryRow[]> {
  return runPrepared<RiskSummaryRow>(db, LIST, [filters.status?.length ? filters.status : null, filters.ownerId ?? null]);
}

export const readReviewsOverdue = (db: EntityManager) => runPrepared<RiskSummaryRow & { total: number }>(db, REVIEWS_OVERDUE);

export interface LockedRisk {
  id: string;
  owner_id: string;
  version: number;
  status: RiskStatus;
}

/** The risk, its row locked until the transaction ends; undefined when there is none. */
export async function lockRisk(db: EntityManager, id: string): Promise<LockedRisk | undefined> {
  const [row] = await runPrepared<LockedRisk>(db, LOCK, [id]);
  return row;
}

export interface RiskFields {
  title: string;
  cause: string;
  effect: string;
  ownerId: string;
  targetScore: number;
  reviewDate: string;
}

export async function insertRisk(
  db: EntityManager,
  strategyId: string,
  r: RiskFields & { likelihood: number; impact: number },
  createdById: string,
): Promise<string> {
  const [row] = await runPrepared<{ id: string }>(db, INSERT, [
    strategyId, r.title, r.cause, r.effect, r.ownerId, r.likelihood, r.impact, r.targetScore, r.reviewDate, createdById,
  ]);
  return row.id;
}

export async function updateRisk(db: EntityManager, id: string, r: RiskFields): Promise<void> {
  await runPrepared(db, UPDATE, [id, r.title, r.cause, r.effect, r.ownerId, r.targetScore, r.reviewDate]);
}

/** The risk's current assessment, as its newest review left it. */
export async function assessRisk(db: EntityManager, id: string, a: { likelihood: number; impact: number; status: RiskStatus; reviewDate: string }) {
  await runPrepared(db, ASSESS, [id, a.likelihood, a.impact, a.status, a.reviewDate]);
}

/** A new version of the risk when only its mitigations changed, so an edit based on the old page is answered 409. */
export async function touchRisk(db: EntityManager, id: string): Promise<void> {
  await runPrepared(db, TOUCH, [id]);
}

export async function linkActions(db: EntityManager, riskId: string, actionIds: string[]): Promise<void> {
  await runPrepared(db, CLEAR_ACTIONS, [riskId]);
  if (actionIds.length) await runPrepared(db, LINK_ACTIONS, [riskId, actionIds]);
}

export async function linkPriorities(db: EntityManager, riskId: string, priorityIds: string[]): Promise<void> {
  await runPrepared(db, CLEAR_PRIORITIES, [riskId]);
  if (priorityIds.length) await runPrepared(db, LINK_PRIORITIES, [riskId, priorityIds]);
}

export interface ReviewFields {
  reviewCycleId: string | null;
  reviewedById: string;
  likelihood: number;
  impact: number;
  status: RiskStatus;
  note: string;
  nextReviewDate: string;
}

export async function insertReview(db: EntityManager, riskId: string, r: ReviewFields): Promise<string> {
  const [row] = await runPrepared<{ id: string }>(db, INSERT_REVIEW, [
    riskId, r.reviewCycleId, r.reviewedById, r.likelihood, r.impact, r.status, r.note, r.nextReviewDate,
  ]);
  return row.id;
}

export interface MitigationRow {
  id: string;
  risk_id: string;
  description: string;
  owner_id: string;
  due_date: string;
  done: boolean;
  version: number;
}

export async function insertMitigation(db: EntityManager, riskId: string, m: { description: string; ownerId: string; dueDate: string }): Promise<string> {
  const [row] = await runPrepared<{ id: string }>(db, INSERT_MITIGATION, [riskId, m.description, m.ownerId, m.dueDate]);
  return row.id;
}

export async function lockMitigation(db: EntityManager, riskId: string, id: string): Promise<MitigationRow | undefined> {
  const [row] = await runPrepared<MitigationRow>(db, LOCK_MITIGATION, [id, riskId]);
  return row;
}

export async function updateMitigation(db: EntityManager, id: string, m: { description: string; ownerId: string; dueDate: string; done: boolean }) {
  await runPrepared(db, UPDATE_MITIGATION, [id, m.description, m.ownerId, m.dueDate, m.done]);
}
