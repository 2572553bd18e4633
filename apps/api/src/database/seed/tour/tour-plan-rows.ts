import { addDays } from '../../../common/dates/calendar-dates.js';
import { demoId } from '../demo-ids.js';
import type { DemoRow, DemoRows } from '../demo.queries.js';
import { TOUR_ACTIONS, type TourAction } from './tour-actions.js';
import { idOf, tourReference, type TourContext } from './tour-context.js';
import { tourUpdates, type TourUpdate } from './tour-progress.js';

export const actionId = (index: number) => demoId(`action:${tourReference(index)}`);
export const measureId = (index: number, position: number) => demoId(`measure:${tourReference(index)}:${position}`);

/** When the action was put on the plan: three weeks before it started, and never later than last month. */
export function createdAt(action: TourAction, context: TourContext): string {
  const { calendar } = context;
  return calendar.at(addDays(calendar.monthStart(Math.min(action.start, -1)), -21), 9);
}

function currentState(action: TourAction, updates: TourUpdate[]) {
  const last = updates.at(-1);
  if (action.cancelled) return { status: 'cancelled', rag: last?.rag ?? 'grey', percent: last?.percent ?? 0 };
  if (!last) return { status: 'not_started', rag: 'grey', percent: 0 };
  return { status: last.rag === 'blue' ? 'complete' : 'in_progress', rag: last.rag, percent: last.percent };
}

const created = (before: null, after: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(after).filter(([, value]) => value !== null).map(([key, value]) => [key, { before, after: value }]));

/** The action plan: actions with their partners, segments, milestones, measures and every progress update, each audited. */
export function tourPlanRows(context: TourContext): DemoRows & { updatesByAction: TourUpdate[][] } {
  const { calendar } = context;
  const rows = { action: [], action_partner: [], action_segment: [], milestone: [], measure: [], progress_update: [], progress_update_measure: [], audit_event: [] } as
    Required<Pick<DemoRows, 'action' | 'action_partner' | 'action_segment' | 'milestone' | 'measure' | 'progress_update' | 'progress_update_measure' | 'audit_event'>>;
  const updatesByAction: TourUpdate[][] = [];

  TOUR_ACTIONS.forEach((action, index) => {
    const id = actionId(index);
    const reference = tourReference(index);
    const ownerId = idOf(context.users, action.owner);
    const updates = tourUpdates(action, index, calendar);
    updatesByAction.push(updates);
    const state = currentState(action, updates);
    const since = createdAt(action, context);
    const cancelledAt = action.cancelled ? calendar.at(calendar.dayOf(action.cancelled.month, 15), 14) : null;
    const lastUpdate = updates.at(-1)?.at ?? null;
    const row: DemoRow = {
      id, strategy_id: context.strategyId, reference, title: action.title, description: action.description,
      priority_id: idOf(context.priorities, String(action.priority)), owner_id: ownerId, owning_body_id: context.bodies[action.body],
      start_date: calendar.monthStart(action.start), due_date: calendar.monthEnd(action.due), status: state.status, rag: state.rag,
      percent_complete: state.percent, last_update_at: lastUpdate, cancelled_reason: action.cancelled?.reason ?? null,
      version: 1 + updates.length + (action.cancelled ? 1 : 0), created_at: since, updated_at: cancelledAt ?? lastUpdate ?? since,
    };
    rows.action.push(row);
    for (const partner of action.partners) rows.action_partner.push({ action_id: id, partner_id: idOf(context.partners, partner) });
    for (const segment of action.segments) rows.action_segment.push({ action_id: id, segment_id: idOf(context.segments, segment) });
    action.milestones.forEach((milestone, position) =>
      rows.milestone.push({
        id: demoId(`milestone:${reference}:${position}`), action_id: id, title: milestone.title, due_date: calendar.fromToday(milestone.due),
        done_date: milestone.done === undefined ? null : calendar.fromToday(milestone.done), created_at: since,
      }),
    );
    action.measures.forEach((measure, position) =>
      rows.measure.push({
        id: measureId(index, position), action_id: id, name: measure.name, unit: measure.unit, target: measure.target, baseline: 0,
        created_at: since.replace(':00.000Z', `:${String(position).padStart(2, '0')}.000Z`),
      }),
    );
    rows.audit_event.push({
      occurred_at: since, actor_id: ownerId, operation: 'create', entity_type: 'action', entity_id: id,
      changes: created(null, { reference, title: action.title, status: 'not_started', rag: 'grey', startDate: row.start_date, dueDate: row.due_date }),
    });
    updates.forEach((update, position) => {
      const updateId = demoId(`update:${reference}:${position}`);
      const revisedDate = update.issue && action.slip ? calendar.monthEnd(action.due + action.slip) : null;
      rows.progress_update.push({
        id: updateId, action_id: id, author_id: ownerId, created_at: update.at, commentary: update.commentary, rag: update.rag,
        percent_complete: update.percent, problem: update.issue?.problem ?? null, corrective_action: update.issue?.corrective ?? null, revised_date: revisedDate,
      });
      update.values.forEach((value, measure) => rows.progress_update_measure.push({ update_id: updateId, measure_id: measureId(index, measure), value }));
      rows.audit_event.push({
        occurred_at: update.at, actor_id: ownerId, operation: 'create', entity_type: 'progress_update', entity_id: updateId,
        changes: created(null, { commentary: update.commentary, rag: update.rag, percentComplete: update.percent, problem: update.issue?.problem ?? null, correctiveAction: update.issue?.corrective ?? null, revisedDate }),
      });
    });
    if (action.cancelled) {
      rows.audit_event.push({
        occurred_at: cancelledAt, actor_id: ownerId, operation: 'cancel', entity_type: 'action', entity_id: id,
        changes: { status: { before: 'in_progress', after: 'cancelled' }, cancelledReason: { before: null, after: action.cancelled.reason } },
      });
    }
  });
  return { ...rows, updatesByAction };
}
