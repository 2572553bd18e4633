import type { DecisionOutcome, EscalationStatus } from '@steerline/contracts';
import type { EntityManager } from 'typeorm';
import { PreparedStatement, runPrepared } from '../database/prepared-statement.js';

/** The statements that raise an escalation and move it through its lifecycle (the reads are in escalation.queries.ts). */

const ACTION_STATE = new PreparedStatement(`SELECT status, reference, owner_id FROM action WHERE id = $1`);
const INSERT = new PreparedStatement(`
  INSERT INTO escalation (action_id, raised_by_id, problem, impact, decision_sought, urgency, needed_by, risk_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`);
const LOCK = new PreparedStatement(`SELECT status, version FROM escalation WHERE id = $1 FOR UPDATE`);
const MOVE = new PreparedStatement(`UPDATE escalation SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`);
const TAKE = new PreparedStatement(`UPDATE escalation SET reviewer_id = $2, review_started_at = now() WHERE id = $1`);
const RESOLVE = new PreparedStatement(`UPDATE escalation SET outcome = $2, resolved_by_id = $3, resolved_at = now() WHERE id = $1`);
const SCHEDULE = new PreparedStatement(`
  UPDATE escalation SET status = $2, review_started_at = coalesce(review_started_at, now()), version = version + 1, updated_at = now()
  WHERE id = $1`);
const ON_AGENDA = new PreparedStatement(`SELECT 1 FROM board_meeting_agenda_item WHERE meeting_id = $1 AND escalation_id = $2`);
const ACTIVE_USER_NAME = new PreparedStatement(`SELECT name FROM app_user WHERE id = $1 AND is_active`);
const INSERT_FOLLOW_UP = new PreparedStatement(`INSERT INTO milestone (action_id, title, due_date) VALUES ($1, $2, $3) RETURNING id`);
const BUMP_ACTION = new PreparedStatement(`UPDATE action SET version = version + 1, updated_at = now() WHERE id = $1`);
const DECIDE = new PreparedStatement(`
  UPDATE escalation SET decision = $2, decision_text = $3, conditions = $4, decided_by_id = $5, decided_at = now(),
    decided_in_meeting_id = $6, follow_up_owner_id = $7, follow_up_due = $8, follow_up_milestone_id = $9
  WHERE id = $1`);

/** The action an escalation is raised on (or whose owner hears of a decision); undefined when there is none. */
export async function selectActionState(db: EntityManager, actionId: string) {
  const [row] = await runPrepared<{ status: string; reference: string; owner_id: string }>(db, ACTION_STATE, [actionId]);
  return row;
}

export interface NewEscalation {
  actionId: string;
  /** The risk it was raised from, if it was. */
  riskId?: string | null;
  raisedById: string;
  problem: string;
  impact: string;
  decisionSought: string;
  urgency: string;
  neededBy: string;
}

export async function insertEscalation(db: EntityManager, e: NewEscalation): Promise<string> {
  const [{ id }] = await runPrepared<{ id: string }>(db, INSERT, [e.actionId, e.raisedById, e.problem, e.impact, e.decisionSought, e.urgency, e.neededBy, e.riskId ?? null]);
  return id;
}

/** Locks the escalation's row until the transaction ends; undefined when there is no such escalation. */
export async function lockEscalation(db: EntityManager, id: string) {
  const [row] = await runPrepared<{ status: EscalationStatus; version: number }>(db, LOCK, [id]);
  return row;
}

export async function moveEscalation(db: EntityManager, id: string, status: EscalationStatus): Promise<void> {
  await runPrepared(db, MOVE, [id, status]);
}

export async function recordReviewer(db: EntityManager, id: string, reviewerId: string): Promise<void> {
  await runPrepared(db, TAKE, [id, reviewerId]);
}

export async function recordResolution(db: EntityManager, id: string, outcome: string, resolvedById: string): Promise<void> {
  await runPrepared(db, RESOLVE, [id, outcome, resolvedById]);
}

/** Put on a meeting's agenda: the new status, the review started now unless it already had. */
export async function scheduleEscalation(db: EntityManager, id: string, status: EscalationStatus): Promise<void> {
  await runPrepared(db, SCHEDULE, [id, status]);
}

export const isOnAgenda = async (db: EntityManager, meetingId: string, escalationId: string) =>
  (await runPrepared(db, ON_AGENDA, [meetingId, escalationId])).length > 0;

/** The active user's name; undefined when there is no such active user. */
export async function selectActiveUserName(db: EntityManager, userId: string): Promise<{ name: string } | undefined> {
  const [row] = await runPrepared<{ name: string }>(db, ACTIVE_USER_NAME, [userId]);
  return row;
}

/** The agreed follow-up, as a milestone on the action; the action's version moves, so stale edits are caught. */
export async function insertFollowUpMilestone(db: EntityManager, actionId: string, title: string, dueDate: string): Promise<string> {
  const [{ id }] = await runPrepared<{ id: string }>(db, INSERT_FOLLOW_UP, [actionId, title, dueDate]);
  await runPrepared(db, BUMP_ACTION, [actionId]);
  return id;
}

export interface DecisionFields {
  outcome: DecisionOutcome;
  decisionText: string;
  conditions: string | null;
  decidedById: string;
  meetingId: string | null;
  followUpOwnerId: string | null;
  followUpDue: string | null;
  followUpMilestoneId: string | null;
}

export async function recordDecisionFields(db: EntityManager, id: string, d: DecisionFields): Promise<void> {
  await runPrepared(db, DECIDE, [
    id, d.outcome, d.decisionText, d.conditions, d.decidedById, d.meetingId, d.followUpOwnerId, d.followUpDue, d.followUpMilestoneId,
  ]);
}
