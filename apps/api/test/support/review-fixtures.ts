import { DataSource } from 'typeorm';
import { CorporatePlanReportBuilder } from '../../src/reviews/reports/corporate-plan-report.builder.js';
import type { TestApp } from './test-app.js';

/**
 * Review cycles, returns and sign-off set up straight in the database, the way the reviews feature stores them,
 * so the report tests do not depend on the order of the review workflow's steps.
 */
export async function createCycle(t: TestApp, cycle: { name: string; periodStart: string; periodEnd: string }): Promise<string> {
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO review_cycle (strategy_id, name, period_start, period_end, returns_due, created_by_id)
     SELECT s.id, $1, $2, $3, $3, (SELECT id FROM app_user WHERE email = 'board@steerline.example') FROM strategy s
     RETURNING id`,
    [cycle.name, cycle.periodStart, cycle.periodEnd],
  );
  return row.id;
}

/** Opens the cycle: one return, not started, per live action, assigned to the action's owner. */
export async function openCycle(t: TestApp, cycleId: string): Promise<void> {
  await t.sql(
    `INSERT INTO review_return (cycle_id, action_id, owner_id)
     SELECT $1, a.id, a.owner_id FROM action a WHERE a.status <> 'cancelled'`,
    [cycleId],
  );
  await t.sql(`UPDATE review_cycle SET status = 'open', opened_at = now() WHERE id = $1`, [cycleId]);
}

export interface ReturnContent {
  status?: 'draft' | 'submitted' | 'accepted' | 'sent_back';
  actionStatus: string;
  rag: string;
  narrative?: string;
  nextSteps?: string;
  ragReason?: string | null;
  correctiveAction?: string | null;
  revisedDate?: string | null;
}

export async function writeReturn(t: TestApp, cycleId: string, reference: string, content: ReturnContent): Promise<string> {
  const status = content.status ?? 'accepted';
  const [row] = await t.sql<{ id: string }>(
    `UPDATE review_return r SET status = $3, action_status = $4, rag = $5, narrative = $6, next_steps = $7, rag_reason = $8,
       corrective_action = $9, revised_date = $10, submitted_at = now(), submitted_by_id = r.owner_id,
       board_comment = CASE WHEN $3 = 'sent_back' THEN 'Please say more' END,
       accepted_at = CASE WHEN $3 = 'accepted' THEN now() END, version = r.version + 1
     FROM action a
     WHERE r.cycle_id = $1 AND r.action_id = a.id AND a.reference = $2
     RETURNING r.id`,
    [cycleId, reference, status, content.actionStatus, content.rag, content.narrative ?? '', content.nextSteps ?? '', content.ragReason ?? null,
      content.correctiveAction ?? null, content.revisedDate ?? null],
  );
  return row.id;
}

export async function addMeasure(t: TestApp, reference: string, measure: { name: string; unit: string; target: number }): Promise<string> {
  const [row] = await t.sql<{ id: string }>(
    `INSERT INTO measure (action_id, name, unit, target) SELECT id, $2, $3, $4 FROM action WHERE reference = $1 RETURNING id`,
    [reference, measure.name, measure.unit, measure.target],
  );
  return row.id;
}

export async function returnMeasureValue(t: TestApp, returnId: string, measureId: string, value: number): Promise<void> {
  await t.sql(`INSERT INTO review_return_measure (return_id, measure_id, value) VALUES ($1, $2, $3)`, [returnId, measureId, value]);
}

export async function addDueDateAmendment(t: TestApp, returnId: string, newDueDate: string, reason: string): Promise<void> {
  await t.sql(`INSERT INTO review_amendment (return_id, kind, new_due_date, reason) VALUES ($1, 'due_date', $2, $3)`, [returnId, newDueDate, reason]);
}

export async function raiseEscalation(
  t: TestApp,
  reference: string,
  escalation: { raisedAt: string; problem: string; decisionSought: string; decision?: { outcome: 'agreed' | 'declined'; text: string; at: string } },
): Promise<void> {
  const decided = escalation.decision;
  await t.sql(
    `INSERT INTO escalation (action_id, raised_by_id, raised_at, problem, impact, decision_sought, urgency, needed_by, status,
       decision, decision_text, decided_by_id, decided_at)
     SELECT a.id, a.owner_id, $2::timestamptz, $3, 'Delays the action', $4, 'high', $2::timestamptz::date + 30, $5, $6, $7,
       CASE WHEN $6::text IS NOT NULL THEN (SELECT id FROM app_user WHERE email = 'board@steerline.example') END, $8::timestamptz
     FROM action a WHERE a.reference = $1`,
    [reference, escalation.raisedAt, escalation.problem, escalation.decisionSought, decided?.outcome ?? 'open', decided?.outcome ?? null,
      decided?.text ?? null, decided?.at ?? null],
  );
}

/**
 * Signs the cycle off as the reviews feature does: in one transaction the report is built with the sign-off,
 * stored as the snapshot, then the cycle is marked signed off (which freezes it).
 */
export async function signOffCycle(t: TestApp, cycleId: string, at: Date, signerEmail = 'leader@steerline.example'): Promise<void> {
  const builder = t.app.get(CorporatePlanReportBuilder);
  const [signer] = await t.sql<{ id: string; name: string }>(`SELECT id, name FROM app_user WHERE email = $1`, [signerEmail]);
  await t.app.get(DataSource).transaction(async (manager) => {
    await manager.query(`UPDATE review_cycle SET status = 'board_review', board_review_at = now() WHERE id = $1`, [cycleId]);
    const report = await builder.build(manager, cycleId, { at, by: signer.name });
    await manager.query(`INSERT INTO review_cycle_snapshot (cycle_id, report) VALUES ($1, $2)`, [cycleId, JSON.stringify(report)]);
    await manager.query(`UPDATE review_cycle SET status = 'signed_off', signed_off_at = $2, signed_off_by_id = $3 WHERE id = $1`, [cycleId, at, signer.id]);
  });
}
