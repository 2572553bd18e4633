import type { ActionStatus, FieldError, Rag } from '@steerline/contracts';

export interface ProgressState {
  status: ActionStatus;
  rag: Rag;
  percentComplete: number;
}

const ON_TRACK_RAGS: readonly Rag[] = ['red', 'amber', 'green'];

/** A new action has not started: grey, nothing done. */
export const INITIAL_PROGRESS: ProgressState = { status: 'not_started', rag: 'grey', percentComplete: 0 };

/**
 * An edit that sets the status by hand keeps RAG consistent with it: complete is blue at 100%,
 * not started is grey at 0%, in progress keeps a red/amber/green rating and otherwise starts green.
 */
export function withStatus(current: ProgressState, status: Exclude<ActionStatus, 'cancelled'>): ProgressState {
  if (status === current.status) return current;
  if (status === 'complete') return { status, rag: 'blue', percentComplete: 100 };
  if (status === 'not_started') return { status, rag: 'grey', percentComplete: 0 };
  return { status, rag: ON_TRACK_RAGS.includes(current.rag) ? current.rag : 'green', percentComplete: current.percentComplete };
}

/** A progress update's RAG decides the status: grey = not started, blue = complete, red/amber/green = in progress. */
export function statusForRag(rag: Rag): Exclude<ActionStatus, 'cancelled'> {
  if (rag === 'grey') return 'not_started';
  if (rag === 'blue') return 'complete';
  return 'in_progress';
}

/** Blue (complete) must be reported at 100% and grey (not started) at 0%, so RAG and percentage never disagree. */
export function progressProblems(update: { rag: Rag; percentComplete: number }): FieldError[] {
  if (update.rag === 'blue' && update.percentComplete !== 100) {
    return [{ field: 'percentComplete', messages: ['A blue (complete) rating needs 100% complete'] }];
  }
  if (update.rag === 'grey' && update.percentComplete !== 0) {
    return [{ field: 'percentComplete', messages: ['A grey (not started) rating needs 0% complete'] }];
  }
  return [];
}

/** The due date may not come before the start date. */
export function dateProblems(dates: { startDate: string | null; dueDate: string | null }): FieldError[] {
  if (dates.startDate && dates.dueDate && dates.dueDate < dates.startDate) {
    return [{ field: 'dueDate', messages: ['The due date must be the same as or after the start date'] }];
  }
  return [];
}
