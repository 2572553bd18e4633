export const ActionStatus = { NotStarted: 'not_started', InProgress: 'in_progress', Complete: 'complete', Cancelled: 'cancelled' } as const;
export type ActionStatus = (typeof ActionStatus)[keyof typeof ActionStatus];
export const ACTION_STATUSES: readonly ActionStatus[] = Object.values(ActionStatus);
export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
  cancelled: 'Cancelled',
};

/** Red, amber, green; blue once complete; grey before it starts. Always shown as a word, never only a colour. */
export const Rag = { Red: 'red', Amber: 'amber', Green: 'green', Blue: 'blue', Grey: 'grey' } as const;
export type Rag = (typeof Rag)[keyof typeof Rag];
export const RAGS: readonly Rag[] = Object.values(Rag);
export const RAG_LABELS: Record<Rag, string> = { red: 'Red', amber: 'Amber', green: 'Green', blue: 'Blue (complete)', grey: 'Grey (not started)' };
/** RAG ratings that need a reason: what is wrong, what is being done, and the revised date. */
export const RAGS_NEEDING_REASON: readonly Rag[] = ['red', 'amber'];

export interface Ref {
  id: string;
  name: string;
}

export interface PriorityRef {
  id: string;
  number: number;
  title: string;
}

export interface Milestone {
  id: string;
  title: string;
  dueDate: string;
  doneDate: string | null;
}

export interface Measure {
  id: string;
  name: string;
  unit: string;
  target: number | null;
  baseline: number | null;
  /** The most recent value reported in a progress update, if any. */
  latestValue: number | null;
}

/** One row of the action list. Dates are ISO `YYYY-MM-DD`; timestamps ISO 8601. */
export interface ActionSummary {
  id: string;
  reference: string;
  title: string;
  priority: PriorityRef;
  owner: Ref;
  owningBody: Ref;
  status: ActionStatus;
  rag: Rag;
  percentComplete: number;
  startDate: string | null;
  dueDate: string | null;
  overdue: boolean;
  /** Waits on at least one blocking action that is neither complete nor cancelled. */
  blocked: boolean;
  lastUpdateAt: string | null;
  version: number;
}

export interface ActionDetail extends ActionSummary {
  description: string;
  partners: Ref[];
  segments: Ref[];
  milestones: Milestone[];
  measures: Measure[];
  cancelledReason: string | null;
  createdAt: string;
  updatedAt: string;
  /** What the signed-in user may do with this action. */
  can: { edit: boolean; postUpdate: boolean; cancel: boolean };
  /** The actions this one waits on and the actions waiting on it. */
  dependencies: ActionDependencies;
}

export interface MilestoneInput {
  /** Present for an existing milestone, absent for a new one. */
  id?: string;
  title: string;
  dueDate: string;
  doneDate?: string | null;
}

export interface MeasureInput {
  id?: string;
  name: string;
  unit?: string;
  target?: number | null;
  baseline?: number | null;
}

export interface CreateActionRequest {
  title: string;
  description?: string;
  priorityId: string;
  ownerId: string;
  owningBodyId: string;
  partnerIds?: string[];
  segmentIds?: string[];
  startDate?: string | null;
  dueDate?: string | null;
  milestones?: MilestoneInput[];
  measures?: MeasureInput[];
}

/** An edit names the version it was based on; a stale one is refused with 409 and the current action. */
export interface UpdateActionRequest extends Partial<CreateActionRequest> {
  version: number;
  status?: Exclude<ActionStatus, 'cancelled'>;
}

export interface CancelActionRequest {
  version: number;
  reason: string;
}

export interface MeasureValueInput {
  measureId: string;
  value: number;
}

export interface CreateProgressUpdateRequest {
  commentary: string;
  rag: Rag;
  percentComplete: number;
  /** Required for amber and red: what is wrong. */
  problem?: string;
  /** Required for amber and red: what is being done about it. */
  correctiveAction?: string;
  /** For amber and red: the date the action is now expected to recover or finish. */
  revisedDate?: string;
  measureValues?: MeasureValueInput[];
}

export interface ProgressUpdate {
  id: string;
  actionId: string;
  author: Ref;
  createdAt: string;
  commentary: string;
  rag: Rag;
  percentComplete: number;
  problem: string | null;
  correctiveAction: string | null;
  revisedDate: string | null;
  measureValues: { measureId: string; measureName: string; value: number }[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** One entry of an action's history: a change to the action or a progress update posted on it. */
export interface ActionHistoryEntry {
  id: string;
  occurredAt: string;
  /** Null when the change was made by the system (e.g. a migration), not a person. */
  actor: Ref | null;
  operation: string;
  entityType: 'action' | 'progress_update';
  entityId: string;
  /** Only the fields that changed, each with its value before and after (`before` is null on create). */
  changes: Record<string, { before: unknown; after: unknown }>;
}

/** Why a blocking action puts the action waiting on it at risk; null while it does not. */
export type BlockerConcern = 'red' | 'overdue' | 'due_after' | null;

/** One end of a "blocked by" link, as the other action's page shows it. */
export interface DependencyLink {
  id: string;
  reference: string;
  title: string;
  status: ActionStatus;
  rag: Rag;
  dueDate: string | null;
  owner: Ref;
  /** For a blocker: red, overdue, or due after the action that waits on it. */
  concern: BlockerConcern;
}

export interface ActionDependencies {
  blockedBy: DependencyLink[];
  blocks: DependencyLink[];
  /** Whether the signed-in person may add or remove this action's blockers (they may edit it). */
  canChange: boolean;
}

/** What a blocker's concern means, in words, after "which is". */
export const BLOCKER_CONCERN_LABELS: Record<Exclude<BlockerConcern, null>, string> = {
  red: 'rated red',
  overdue: 'overdue',
  due_after: 'now due after this one',
};

/** Details of a dependency_cycle error: the references of the circle, each blocked by the next, back to the first. */
export interface DependencyCycleDetails {
  path: string[];
}

export interface AddBlockerRequest {
  blockerId: string;
}
