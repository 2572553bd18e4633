/** Six-monthly review cycles and the owners' returns in them. */
import type { ActionStatus, PriorityRef, Rag, Ref } from './actions.js';

export const REVIEW_CYCLE_STATUSES = ['draft', 'open', 'board_review', 'signed_off'] as const;
export type ReviewCycleStatus = (typeof REVIEW_CYCLE_STATUSES)[number];
export const REVIEW_CYCLE_STATUS_LABELS: Record<ReviewCycleStatus, string> = {
  draft: 'Draft',
  open: 'Open for returns',
  board_review: 'Board review',
  signed_off: 'Signed off',
};

export const RETURN_STATUSES = ['not_started', 'draft', 'submitted', 'sent_back', 'accepted'] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
export const RETURN_STATUS_LABELS: Record<ReturnStatus, string> = {
  not_started: 'Missing',
  draft: 'Draft (not submitted)',
  submitted: 'Submitted',
  sent_back: 'Sent back',
  accepted: 'Accepted',
};

export const AMENDMENT_KINDS = ['due_date', 'scope', 'measure_target'] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];
export const AMENDMENT_KIND_LABELS: Record<AmendmentKind, string> = {
  due_date: 'New due date',
  scope: 'Changed scope',
  measure_target: 'Changed measure target',
};

export interface ReviewCycleSummary {
  id: string;
  name: string;
  periodStart: string;
  periodEnd: string;
  returnsDue: string;
  reminderDaysBefore: number;
  status: ReviewCycleStatus;
  /** How many returns are in each state; all zero while the cycle is a draft. */
  returnCounts: Record<ReturnStatus, number>;
  totalReturns: number;
  signedOffAt: string | null;
  signedOffBy: Ref | null;
  version: number;
}

export interface ReviewCycleDetail extends ReviewCycleSummary {
  createdAt: string;
  openedAt: string | null;
  boardReviewAt: string | null;
  /** What the signed-in user may do with this cycle now. */
  can: { edit: boolean; open: boolean; startBoardReview: boolean; signOff: boolean };
}

export interface CreateReviewCycleRequest {
  name: string;
  periodStart: string;
  periodEnd: string;
  returnsDue: string;
  reminderDaysBefore?: number;
}

export interface UpdateReviewCycleRequest extends Partial<CreateReviewCycleRequest> {
  version: number;
}

/** Body of the state changes: open, board-review, sign-off. */
export interface ReviewCycleTransitionRequest {
  version: number;
}

export interface ReturnMeasureValue {
  measureId: string;
  name: string;
  unit: string;
  target: number | null;
  /** The value at period end given in the return, if any. */
  value: number | null;
}

export interface ReviewAmendment {
  id: string;
  kind: AmendmentKind;
  newDueDate: string | null;
  newScope: string | null;
  measureId: string | null;
  newTarget: number | null;
  reason: string;
  /** When sign-off applied it to the action. */
  appliedAt: string | null;
}

export interface AmendmentInput {
  kind: AmendmentKind;
  newDueDate?: string | null;
  newScope?: string | null;
  measureId?: string | null;
  newTarget?: number | null;
  reason: string;
}

/** One row of a cycle's tracker (and of "my returns"). */
export interface ReviewReturnRow {
  id: string;
  cycle: { id: string; name: string; status: ReviewCycleStatus; returnsDue: string };
  action: { id: string; reference: string; title: string; priority: PriorityRef };
  owner: Ref;
  owningBody: Ref;
  status: ReturnStatus;
  rag: Rag | null;
  submittedAt: string | null;
  amendmentCount: number;
  version: number;
}

export const REVIEW_RETURN_DEFAULT_PAGE_SIZE = 50;
export const REVIEW_RETURN_MAX_PAGE_SIZE = 200;

/** Filters of a cycle's tracker, `GET /reviews/cycles/:id/returns` (lists repeat or comma separate). */
export interface ReviewReturnFilters {
  status?: ReturnStatus[];
  /** Priority ids or numbers. */
  priority?: string[];
  /** Owning body id. */
  body?: string;
  /** A user id, or `me`. */
  owner?: string;
  /** Text in the action's reference or title, or the owner's name. */
  q?: string;
}

export interface ReviewReturnListQuery extends ReviewReturnFilters {
  page?: number;
  pageSize?: number;
}

export interface ReviewReturn {
  id: string;
  cycle: { id: string; name: string; status: ReviewCycleStatus; returnsDue: string };
  action: { id: string; reference: string; title: string; description: string; dueDate: string | null; priority: PriorityRef };
  owner: Ref;
  status: ReturnStatus;
  actionStatus: ActionStatus | null;
  rag: Rag | null;
  ragReason: string | null;
  correctiveAction: string | null;
  revisedDate: string | null;
  narrative: string;
  nextSteps: string;
  measures: ReturnMeasureValue[];
  amendments: ReviewAmendment[];
  /** The board's comment when it sent the return back. */
  boardComment: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  version: number;
  can: { edit: boolean; submit: boolean; sendBack: boolean; accept: boolean };
}

/** Saves a draft; every field is optional so an owner can save part-way. Amendments, when given, replace the set. */
export interface SaveReviewReturnRequest {
  actionStatus?: ActionStatus | null;
  rag?: Rag | null;
  ragReason?: string | null;
  correctiveAction?: string | null;
  revisedDate?: string | null;
  narrative?: string;
  nextSteps?: string;
  measureValues?: { measureId: string; value: number | null }[];
  amendments?: AmendmentInput[];
  version: number;
}

export interface SubmitReviewReturnRequest {
  version: number;
}

export interface SendBackReviewReturnRequest {
  comment: string;
  version: number;
}

export interface AcceptReviewReturnRequest {
  version: number;
}
