import type { ReturnStatus } from '@steerline/contracts';
import { addDays } from '../../../common/dates/calendar-dates.js';
import { demoId } from '../demo-ids.js';
import type { DemoRow, DemoRows } from '../demo.queries.js';
import { TOUR_ACTIONS, type TourAction } from './tour-actions.js';
import { idOf, tourReference, type TourContext } from './tour-context.js';
import { actionId, createdAt, measureId } from './tour-plan-rows.js';
import { issueFor, stateAt, type TourUpdate } from './tour-progress.js';

const BOARD = 'board@steerline.example';
const LEADER = 'leader@steerline.example';

/** The three six-monthly cycles: each period ends with the month `endMonth` from this one; the last is still open. */
export const TOUR_CYCLES = [
  { key: 'first', endMonth: -13, signedOff: true },
  { key: 'second', endMonth: -7, signedOff: true },
  { key: 'open', endMonth: -1, signedOff: false },
] as const;

export const cycleId = (key: string) => demoId(`cycle:${key}`);

/** Amendments the owners propose in the open cycle, by reference. */
const OPEN_AMENDMENTS: Record<string, (context: TourContext, index: number) => DemoRow> = {
  'DI-015': (context) => ({
    kind: 'due_date', new_due_date: context.calendar.monthEnd(2), new_scope: null, measure_id: null, new_target: null,
    reason: "The board agreed a two-stage launch; the full launch moves by three months to reflect the revised central government guidance on accessible public sector websites.",
  }),
  'DI-007': (_context, index) => ({
    kind: 'measure_target', new_due_date: null, new_scope: null, measure_id: measureId(index, 0), new_target: 120,
    reason: 'The second batch is 60 devices, not 90, now that the insurance is paid from the reserve.',
  }),
  'DI-002': () => ({
    kind: 'scope', new_due_date: null, new_scope: 'Launch the card in the city centre first, then city-wide as the remaining partners sign the protocols.', measure_id: null, new_target: null,
    reason: 'Partners are signing the protocols more slowly than planned.',
  }),
};

const SENT_BACK_COMMENT = 'Please say which partners have signed and when the others are expected: the Corporate Plan report needs it.';

function cycleName(context: TourContext, endMonth: number): string {
  const from = context.calendar.monthName(endMonth - 5);
  const to = context.calendar.monthName(endMonth);
  return from.slice(-4) === to.slice(-4) ? `Review of ${from.slice(0, -5)} to ${to}` : `Review of ${from} to ${to}`;
}

function returnContent(action: TourAction, endMonth: number) {
  const state = stateAt(action, endMonth);
  const issue = issueFor(action, state.rag);
  const narrative =
    state.status === 'complete' ? (action.completed ?? 'Complete.')
      : state.status === 'not_started' ? 'Not started yet: the action starts later in the plan.'
        : action.notes.slice(0, 2).join(' ');
  const nextSteps =
    state.status === 'complete' ? 'None: the action is complete.' : issue ? issue.corrective : state.status === 'not_started' ? 'Start as planned.' : 'Carry on as planned and report monthly to the working group.';
  return { state, issue, narrative, nextSteps };
}

/** The value each measure had reached by the period's end, from the last update posted by then. */
function valuesBy(updates: TourUpdate[], periodEnd: string): number[] | null {
  const last = updates.filter((update) => update.at.slice(0, 10) <= periodEnd).at(-1);
  return last ? last.values : null;
}

/**
 * Two signed-off six-monthly reviews (every return accepted; their snapshots are taken afterwards, by the reviews
 * feature's own sign-off) and the open one, with returns missing, in draft, submitted, sent back and accepted.
 */
export function tourReviewRows(context: TourContext, updatesByAction: TourUpdate[][]): DemoRows {
  const { calendar } = context;
  const board = idOf(context.users, BOARD);
  const rows = { review_cycle: [], review_return: [], review_return_measure: [], review_amendment: [], notification: [], audit_event: [] } as
    Required<Pick<DemoRows, 'review_cycle' | 'review_return' | 'review_return_measure' | 'review_amendment' | 'notification' | 'audit_event'>>;

  for (const cycle of TOUR_CYCLES) {
    const id = cycleId(cycle.key);
    const periodEnd = calendar.monthEnd(cycle.endMonth);
    const openedOn = calendar.dayOf(cycle.endMonth, 21);
    const openedAt = calendar.at(openedOn, 9);
    const returnsDue = cycle.signedOff ? addDays(periodEnd, 21) : calendar.fromToday(14);
    const boardReviewAt = cycle.signedOff ? calendar.at(addDays(returnsDue, 7), 9) : null;
    const name = cycleName(context, cycle.endMonth);
    rows.review_cycle.push({
      id, strategy_id: context.strategyId, name, period_start: calendar.monthStart(cycle.endMonth - 5), period_end: periodEnd, returns_due: returnsDue,
      // A cycle to be signed off waits as a draft: a strategy has one cycle open or in board review at a time.
      reminder_days_before: 7, status: cycle.signedOff ? 'draft' : 'open', created_by_id: board, created_at: calendar.at(addDays(openedOn, -5), 9),
      opened_at: openedAt, opened_by_id: board, board_review_at: boardReviewAt, version: cycle.signedOff ? 3 : 2, updated_at: boardReviewAt ?? openedAt,
    });
    rows.audit_event.push({
      occurred_at: openedAt, actor_id: board, operation: 'edit', entity_type: 'review_cycle', entity_id: id,
      changes: { name: { before: null, after: name }, status: { before: 'draft', after: 'open' } },
    });

    const owed: Record<string, string[]> = {};
    TOUR_ACTIONS.forEach((action, index) => {
      const cancelledBefore = action.cancelled && action.cancelled.month <= cycle.endMonth;
      if (cancelledBefore || createdAt(action, context) > openedAt) return;
      const reference = tourReference(index);
      const ownerId = idOf(context.users, action.owner);
      (owed[ownerId] ??= []).push(`- ${reference} ${action.title}`);
      const status: ReturnStatus = cycle.signedOff ? 'accepted' : action.openReturn;
      const returnId = demoId(`return:${cycle.key}:${reference}`);
      const { state, issue, narrative, nextSteps } = returnContent(action, cycle.endMonth);
      // Signed-off cycles: around their due date. The open one: in the days after it opened (at least ten days ago).
      const on = (signedOffDays: number, openDays: number) =>
        calendar.at(cycle.signedOff ? addDays(returnsDue, signedOffDays) : addDays(openedOn, openDays), 11, index);
      const submittedAt = status === 'submitted' || status === 'accepted' || status === 'sent_back' ? on(-3 - (index % 6), 2 + (index % 3)) : null;
      const sentBackAt = status === 'sent_back' ? on(-1, 6) : null;
      const acceptedAt = status === 'accepted' ? on(4, 6) : null;
      const written = status !== 'not_started';
      rows.review_return.push({
        id: returnId, cycle_id: id, action_id: actionId(index), owner_id: ownerId, status,
        action_status: written ? state.status : null, rag: written ? state.rag : null,
        rag_reason: written ? (issue?.problem ?? null) : null, corrective_action: written ? (issue?.corrective ?? null) : null,
        revised_date: written && issue && action.slip ? calendar.monthEnd(action.due + action.slip) : null,
        narrative: written ? narrative : '', next_steps: written && status !== 'draft' ? nextSteps : '',
        board_comment: sentBackAt ? SENT_BACK_COMMENT : null,
        submitted_at: submittedAt, submitted_by_id: submittedAt ? ownerId : null, sent_back_at: sentBackAt, sent_back_by_id: sentBackAt ? board : null,
        accepted_at: acceptedAt, accepted_by_id: acceptedAt ? board : null,
        version: { not_started: 1, draft: 2, submitted: 3, sent_back: 4, accepted: 4 }[status], updated_at: acceptedAt ?? sentBackAt ?? submittedAt ?? on(-6, 1),
      });
      const values = written ? valuesBy(updatesByAction[index], periodEnd) : null;
      values?.forEach((value, measure) => rows.review_return_measure.push({ return_id: returnId, measure_id: measureId(index, measure), value }));
      const amendment = !cycle.signedOff && written ? OPEN_AMENDMENTS[reference] : undefined;
      if (amendment) rows.review_amendment.push({ id: demoId(`amendment:${reference}`), return_id: returnId, position: 0, ...amendment(context, index) });
      if (sentBackAt) {
        rows.notification.push({
          id: demoId(`notification:sent-back:${reference}`), user_id: ownerId, kind: 'review_return_sent_back', title: `Review return sent back: ${reference}`,
          body: [`${context.names[BOARD]} sent back your review return for ${reference} ${action.title} in ${name}.`, '', `Comment: ${SENT_BACK_COMMENT}`, '', `Please update it and submit it again by ${returnsDue}.`].join('\n'),
          action_id: actionId(index), escalation_id: null, review_cycle_id: id, created_at: sentBackAt, read_at: null,
        });
      }
    });
    for (const [ownerId, lines] of Object.entries(owed)) {
      rows.notification.push({
        id: demoId(`notification:opened:${cycle.key}:${ownerId}`), user_id: ownerId, kind: 'review_cycle_opened', title: `Review returns due by ${returnsDue}: ${name}`,
        body: [`The review cycle ${name} (${calendar.monthStart(cycle.endMonth - 5)} to ${periodEnd}) is open.`, `Please submit a review return for ${lines.length === 1 ? 'your action' : 'each of your actions'} by ${returnsDue}:`, ...lines].join('\n'),
        action_id: null, escalation_id: null, review_cycle_id: id, created_at: openedAt, read_at: cycle.signedOff ? calendar.at(addDays(openedOn, 1), 9) : null,
      });
    }
  }
  return rows;
}

/** When each signed-off cycle was signed off, and by whom: three weeks after its returns were due, by the leadership team. */
export function tourSignOffs(context: TourContext): { cycleId: string; at: Date; signerId: string; signerName: string }[] {
  return TOUR_CYCLES.filter((cycle) => cycle.signedOff).map((cycle) => ({
    cycleId: cycleId(cycle.key),
    at: new Date(context.calendar.at(addDays(context.calendar.monthEnd(cycle.endMonth), 42), 16)),
    signerId: idOf(context.users, LEADER),
    signerName: context.names[LEADER],
  }));
}
