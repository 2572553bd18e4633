import type { ActionView } from './action.queries.js';

/** The audited fields of an action: references as {id, name} so the history reads well and stays exact. */
export function auditSnapshot(action: ActionView): Record<string, unknown> {
  return {
    reference: action.reference,
    title: action.title,
    description: action.description,
    priority: { id: action.priority.id, number: action.priority.number },
    owner: action.owner,
    owningBody: action.owningBody,
    partners: action.partners,
    segments: action.segments,
    startDate: action.startDate,
    dueDate: action.dueDate,
    status: action.status,
    rag: action.rag,
    percentComplete: action.percentComplete,
    milestones: action.milestones,
    measures: action.measures.map(({ id, name, unit, target, baseline }) => ({ id, name, unit, target, baseline })),
    cancelledReason: action.cancelledReason,
  };
}

/** The part of an action a progress update changes. */
export const progressSnapshot = (action: ActionView) => ({ status: action.status, rag: action.rag, percentComplete: action.percentComplete });
