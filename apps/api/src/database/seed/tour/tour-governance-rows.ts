import { addDays, daysBetween } from '../../../common/dates/calendar-dates.js';
import { demoId } from '../demo-ids.js';
import type { DemoRows } from '../demo.queries.js';
import { TOUR_ACTIONS } from './tour-actions.js';
import { idOf, tourReference, type TourContext } from './tour-context.js';
import { TOUR_ESCALATIONS, TOUR_MEETINGS, type TourEscalation } from './tour-governance.js';

const BOARD = 'board@steerline.example';
/** Notifications older than this have been read; newer ones are waiting. */
const READ_AFTER_DAYS = 45;

function actionOf(reference: string) {
  const index = TOUR_ACTIONS.findIndex((_, position) => tourReference(position) === reference);
  if (index < 0) throw new Error(`The demo tour escalates ${reference}, which it does not have`);
  return { index, action: TOUR_ACTIONS[index], id: demoId(`action:${reference}`) };
}

function meetingDates(context: TourContext): Record<string, string> {
  const { calendar } = context;
  return Object.fromEntries(
    TOUR_MEETINGS.map((meeting) => [meeting.key, meeting.inDays !== undefined ? calendar.fromToday(meeting.inDays) : calendar.dayOf(meeting.month!, meeting.day!)]),
  );
}

const raisedOn = (escalation: TourEscalation, context: TourContext) =>
  'daysAgo' in escalation.raised ? context.calendar.fromToday(-escalation.raised.daysAgo) : context.calendar.dayOf(escalation.raised[0], escalation.raised[1]);

function statusOf(escalation: TourEscalation): string {
  if (escalation.resolved) return 'resolved';
  if (escalation.decision) return escalation.decision.outcome;
  return escalation.underReview ? 'under_review' : 'open';
}

/** What the raiser and the owner are told of a decision, as the escalations feature words it. */
function decisionNotice(escalation: TourEscalation, title: string, decidedOn: string, boardMember: string) {
  const decision = escalation.decision!;
  const lines = [
    `The channel shift board ${decision.outcome} the escalation on ${escalation.reference} ${title}.`,
    '',
    `Decision asked: ${escalation.decisionSought}`,
    `Decision: ${decision.text}`,
    ...(decision.conditions ? [`Conditions: ${decision.conditions}`] : []),
    `Decided by ${boardMember} on ${decidedOn}.`,
  ];
  return { kind: 'escalation_decided', title: `Escalation ${decision.outcome}: ${escalation.reference}`, body: lines.join('\n') };
}

/** The board's meetings and agendas, and escalations in every state with their decisions, follow-ups, notices and audit. */
export function tourGovernanceRows(context: TourContext): DemoRows {
  const { calendar } = context;
  const board = idOf(context.users, BOARD);
  const dates = meetingDates(context);
  const rows = { board_meeting: [], escalation: [], board_meeting_agenda_item: [], milestone: [], notification: [], audit_event: [] } as
    Required<Pick<DemoRows, 'board_meeting' | 'escalation' | 'board_meeting_agenda_item' | 'milestone' | 'notification' | 'audit_event'>>;

  for (const meeting of TOUR_MEETINGS) {
    const date = dates[meeting.key];
    rows.board_meeting.push({
      id: demoId(`meeting:${meeting.key}`), meeting_date: date, title: `Channel shift board, ${calendar.monthNameOf(date)}`,
      created_by_id: board, created_at: calendar.at(addDays(date, -21), 9),
    });
  }
  const agendaLength: Record<string, number> = {};

  for (const escalation of TOUR_ESCALATIONS) {
    const id = demoId(`escalation:${escalation.key}`);
    const { action, id: onAction } = actionOf(escalation.reference);
    const raisedBy = idOf(context.users, escalation.raisedBy);
    const raised = raisedOn(escalation, context);
    const raisedAt = calendar.at(raised, 11, 20);
    const meetingKey = escalation.decision?.meeting ?? (escalation.underReview ? 'next' : null);
    const reviewStartedAt = meetingKey ? calendar.at(addDays(raised, 3), 9, 30) : null;
    const decidedOn = escalation.decision ? dates[escalation.decision.meeting] : null;
    const decidedAt = decidedOn ? calendar.at(decidedOn, 15) : null;
    const resolvedAt = escalation.resolved && decidedOn ? calendar.at(addDays(decidedOn, escalation.resolved.afterDays), 12) : null;
    const followUp = escalation.decision?.followUp;
    const milestoneId = followUp ? demoId(`milestone:follow-up:${escalation.key}`) : null;
    if (followUp) {
      rows.milestone.push({
        id: milestoneId, action_id: onAction, title: followUp.title, due_date: calendar.fromToday(followUp.dueDays),
        done_date: followUp.doneDays === undefined ? null : calendar.fromToday(followUp.doneDays), created_at: decidedAt,
      });
    }
    const status = statusOf(escalation);
    rows.escalation.push({
      id, action_id: onAction, raised_by_id: raisedBy, raised_at: raisedAt, problem: escalation.problem, impact: escalation.impact,
      decision_sought: escalation.decisionSought, urgency: escalation.urgency, needed_by: addDays(raised, escalation.neededInDays), status,
      reviewer_id: reviewStartedAt ? board : null, review_started_at: reviewStartedAt,
      decision: escalation.decision?.outcome ?? null, decision_text: escalation.decision?.text ?? null, conditions: escalation.decision?.conditions ?? null,
      decided_by_id: decidedAt ? board : null, decided_at: decidedAt, decided_in_meeting_id: escalation.decision ? demoId(`meeting:${escalation.decision.meeting}`) : null,
      follow_up_owner_id: followUp ? idOf(context.users, followUp.owner) : null, follow_up_due: followUp ? calendar.fromToday(followUp.dueDays) : null,
      follow_up_milestone_id: milestoneId, outcome: escalation.resolved?.outcome ?? null, resolved_by_id: resolvedAt ? board : null, resolved_at: resolvedAt,
      version: 1 + [reviewStartedAt, decidedAt, resolvedAt].filter(Boolean).length, updated_at: resolvedAt ?? decidedAt ?? reviewStartedAt ?? raisedAt,
    });
    if (meetingKey) {
      agendaLength[meetingKey] = (agendaLength[meetingKey] ?? 0) + 1;
      rows.board_meeting_agenda_item.push({ meeting_id: demoId(`meeting:${meetingKey}`), escalation_id: id, position: agendaLength[meetingKey], added_by_id: board, added_at: reviewStartedAt });
    }
    rows.audit_event.push({
      occurred_at: raisedAt, actor_id: raisedBy, operation: 'create', entity_type: 'escalation', entity_id: id,
      changes: {
        actionId: { before: null, after: onAction }, problem: { before: null, after: escalation.problem }, decisionSought: { before: null, after: escalation.decisionSought },
        urgency: { before: null, after: escalation.urgency }, status: { before: null, after: 'open' },
      },
    });
    if (decidedAt && decidedOn) {
      rows.audit_event.push({
        occurred_at: decidedAt, actor_id: board, operation: 'edit', entity_type: 'escalation', entity_id: id,
        changes: { status: { before: 'under_review', after: escalation.decision!.outcome }, decisionText: { before: null, after: escalation.decision!.text } },
      });
      const notice = decisionNotice(escalation, action.title, decidedOn, context.names[BOARD]);
      const told = new Set([raisedBy, idOf(context.users, action.owner)]);
      for (const userId of told) {
        rows.notification.push({
          id: demoId(`notification:decision:${escalation.key}:${userId}`), user_id: userId, ...notice, action_id: onAction, escalation_id: id, review_cycle_id: null,
          created_at: decidedAt, read_at: daysBetween(decidedOn, calendar.today) > READ_AFTER_DAYS ? calendar.at(addDays(decidedOn, 1), 8, 40) : null,
        });
      }
    }
    if (resolvedAt) {
      rows.audit_event.push({
        occurred_at: resolvedAt, actor_id: board, operation: 'edit', entity_type: 'escalation', entity_id: id,
        changes: { status: { before: escalation.decision!.outcome, after: 'resolved' }, outcome: { before: null, after: escalation.resolved!.outcome } },
      });
    }
  }
  return rows;
}
