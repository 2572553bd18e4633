import type { TestApp } from './test-app.js';
import { addDueDateAmendment, addMeasure, createCycle, openCycle, raiseEscalation, returnMeasureValue, writeReturn } from './review-fixtures.js';

export const SCRIPT_TITLE = '<script>alert("x")</script> & drop-in';
export const FORMULA_TITLE = '=HYPERLINK("http://evil.example","Click")';

/** Adds an action straight in the database (reference, priority, owner email prefix, live status and RAG). */
export async function insertAction(
  t: TestApp,
  action: { reference: string; title: string; priority: number; owner: string; status: string; rag: string; segments?: string[] },
): Promise<void> {
  await t.sql(
    `INSERT INTO action (strategy_id, reference, title, priority_id, owner_id, owning_body_id, start_date, due_date, status, rag, percent_complete)
     SELECT s.id, $1, $2, (SELECT id FROM priority WHERE number = $3), u.id,
       (SELECT body_id FROM body_membership WHERE user_id = u.id LIMIT 1), '2026-04-01', '2027-03-31', $5, $6, 40
     FROM strategy s, app_user u WHERE u.email = $4 || '@steerline.example'`,
    [action.reference, action.title, action.priority, action.owner, action.status, action.rag],
  );
  for (const segment of action.segments ?? []) {
    await t.sql(
      `INSERT INTO action_segment (action_id, segment_id) SELECT a.id, s.id FROM action a, population_segment s WHERE a.reference = $1 AND s.name = $2`,
      [action.reference, segment],
    );
  }
}

/**
 * The first cycle, April to September 2026, open with returns for five actions:
 *  DI-001 (P1) accepted amber with reason, a measure and a due-date amendment; DI-002 (P6) submitted green;
 *  DI-003 (P2) no return (live grey); DI-004 (P2) sent back (live red counts); DI-005 (P1) accepted blue, complete.
 * One escalation raised in the period (agreed), one after it.
 */
export async function firstCycle(t: TestApp): Promise<string> {
  await insertAction(t, { reference: 'DI-004', title: SCRIPT_TITLE, priority: 2, owner: 'working', status: 'in_progress', rag: 'red', segments: ['Young people renting flats in high density social housing'] });
  await insertAction(t, { reference: 'DI-005', title: FORMULA_TITLE, priority: 1, owner: 'board', status: 'in_progress', rag: 'green' });
  await t.sql(
    `INSERT INTO progress_update (action_id, author_id, created_at, commentary, rag, percent_complete, problem, corrective_action, revised_date)
     SELECT id, owner_id, '2026-09-01', 'Venue closed', 'red', 40, 'The venue closed', 'Finding a new venue', '2026-12-31' FROM action WHERE reference = 'DI-004'`,
  );
  const measureId = await addMeasure(t, 'DI-001', { name: 'People helped at drop-ins', unit: 'people', target: 500 });
  await t.sql(
    `WITH u AS (INSERT INTO progress_update (action_id, author_id, created_at, commentary, rag, percent_complete)
       SELECT id, owner_id, '2026-08-01', 'Busy month', 'green', 50 FROM action WHERE reference = 'DI-001' RETURNING id)
     INSERT INTO progress_update_measure (update_id, measure_id, value) SELECT u.id, $1, 280 FROM u`,
    [measureId],
  );
  const cycleId = await createCycle(t, { name: 'April to September 2026', periodStart: '2026-04-01', periodEnd: '2026-09-30' });
  await openCycle(t, cycleId);
  const di001 = await writeReturn(t, cycleId, 'DI-001', {
    actionStatus: 'in_progress', rag: 'amber', narrative: 'Drop-ins ran monthly; <b>attendance</b> dipped in August.', nextSteps: 'Add a second venue.',
    ragReason: 'Volunteer numbers fell', correctiveAction: 'Recruiting Digital Eagles', revisedDate: '2027-06-30',
  });
  await returnMeasureValue(t, di001, measureId, 320);
  await addDueDateAmendment(t, di001, '2027-06-30', 'Central government guidance changed');
  await writeReturn(t, cycleId, 'DI-002', { status: 'submitted', actionStatus: 'in_progress', rag: 'green', narrative: 'Cards printed.' });
  await writeReturn(t, cycleId, 'DI-004', { status: 'sent_back', actionStatus: 'in_progress', rag: 'green', narrative: 'Unsubmitted words' });
  await writeReturn(t, cycleId, 'DI-005', { actionStatus: 'complete', rag: 'blue', narrative: 'Done.' });
  await raiseEscalation(t, 'DI-001', {
    raisedAt: '2026-06-15T09:00:00Z', problem: 'Not enough volunteers', decisionSought: 'Fund two paid tutors',
    decision: { outcome: 'agreed', text: 'Fund two tutors until March', at: '2026-07-01T10:00:00Z' },
  });
  await raiseEscalation(t, 'DI-002', { raisedAt: '2026-10-10T09:00:00Z', problem: 'Printer broke', decisionSought: 'Buy a printer' });
  return cycleId;
}
