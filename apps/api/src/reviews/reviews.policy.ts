import {
  type AmendmentInput, type FieldError, Permission, RAGS_NEEDING_REASON, type ReturnStatus, type ReviewCycleDetail,
  type ReviewCycleStatus, type ReviewReturn, type SaveReviewReturnRequest,
} from '@steerline/contracts';
import type { Actor } from '../common/auth/actor.js';

type Rights = Pick<Actor, 'permissions'>;

/** The state changes of a cycle; creating one is not a move. */
export type CycleMove = 'open' | 'board_review' | 'sign_off';

const CYCLE_FROM: Record<CycleMove, ReviewCycleStatus> = { open: 'draft', board_review: 'open', sign_off: 'board_review' };
const CYCLE_TO: Record<CycleMove, ReviewCycleStatus> = { open: 'open', board_review: 'board_review', sign_off: 'signed_off' };
const CYCLE_WHY: Record<CycleMove, string> = {
  open: 'Only a draft cycle can be opened for returns',
  board_review: 'Only a cycle open for returns can go to board review',
  sign_off: 'Only a cycle in board review can be signed off',
};
const CYCLE_WORDS: Record<ReviewCycleStatus, string> = { draft: 'a draft', open: 'open for returns', board_review: 'in board review', signed_off: 'signed off' };

export const SIGNED_OFF_MESSAGE = 'This review cycle is signed off, so nothing in it can change.';

/** The cycle's status after the move, or null when the move is not allowed from this status. */
export function nextCycleStatus(current: ReviewCycleStatus, move: CycleMove): ReviewCycleStatus | null {
  return CYCLE_FROM[move] === current ? CYCLE_TO[move] : null;
}

/** Why the move is refused, for the error message; null when it is allowed. */
export function refusedCycleMoveReason(current: ReviewCycleStatus, move: CycleMove): string | null {
  return nextCycleStatus(current, move) ? null : `${CYCLE_WHY[move]}; this one is ${CYCLE_WORDS[current]}.`;
}

/** The board and admins open, manage and move cycles on. */
export const canManageCycles = (actor: Rights) => actor.permissions.includes(Permission.ReviewManage);

/** Only members of the corporate leadership team sign a cycle off. */
export const canSignOff = (actor: Rights) => actor.permissions.includes(Permission.ReviewSignOff);

/** A cycle's name, period and due date can change until it goes to board review. */
export const isCycleEditable = (status: ReviewCycleStatus) => status === 'draft' || status === 'open';

/** Returns exist from opening and can be written until sign-off. */
export const acceptsReturnChanges = (status: ReviewCycleStatus) => status === 'open' || status === 'board_review';

export function cycleAbilities(actor: Rights, status: ReviewCycleStatus): ReviewCycleDetail['can'] {
  const manage = canManageCycles(actor);
  return {
    edit: manage && isCycleEditable(status),
    open: manage && status === 'draft',
    startBoardReview: manage && status === 'open',
    signOff: canSignOff(actor) && status === 'board_review',
  };
}

/** What the rules need to know about a return. */
export interface ReturnFacts {
  ownerId: string;
  status: ReturnStatus;
  cycleStatus: ReviewCycleStatus;
}

/** The owner's turn: nothing written yet, a draft, or sent back by the board. */
export const isWithOwner = (status: ReturnStatus) => status === 'not_started' || status === 'draft' || status === 'sent_back';

/** Only the return's owner, and only when their role submits returns (admins do not). */
export const isReturnOwner = (actor: Pick<Actor, 'id' | 'permissions'>, ownerId: string) =>
  actor.id === ownerId && actor.permissions.includes(Permission.ReviewSubmitOwn);

export function returnAbilities(actor: Pick<Actor, 'id' | 'permissions'>, facts: ReturnFacts): ReviewReturn['can'] {
  const live = acceptsReturnChanges(facts.cycleStatus);
  const owner = live && isReturnOwner(actor, facts.ownerId) && isWithOwner(facts.status);
  const board = live && canManageCycles(actor) && facts.status === 'submitted';
  return { edit: owner, submit: owner, sendBack: board, accept: board };
}

/** Who is changing a return: its owner writing it, or the board deciding on it. */
export type ReturnRole = 'owner' | 'board';

/** Owners write while the return is with them; the board acts on submitted returns only. */
export function refusedReturnChange(role: ReturnRole, status: ReturnStatus): string | null {
  if (role === 'owner' && !isWithOwner(status)) {
    return status === 'accepted' ? 'This return has been accepted, so it can no longer change.' : 'This return is submitted and waiting for the board.';
  }
  if (role === 'board' && status !== 'submitted') return 'Only a submitted return can be sent back or accepted.';
  return null;
}

/** Saving keeps a sent-back return marked sent back until it is resubmitted; anything else becomes a draft. */
export const statusAfterSave = (status: ReturnStatus): ReturnStatus => (status === 'sent_back' ? 'sent_back' : 'draft');

const KIND_FIELD: Record<AmendmentInput['kind'], { field: keyof AmendmentInput; message: string }[]> = {
  due_date: [{ field: 'newDueDate', message: 'Enter the new due date' }],
  scope: [{ field: 'newScope', message: 'Describe the changed scope' }],
  measure_target: [
    { field: 'measureId', message: 'Choose the measure whose target changes' },
    { field: 'newTarget', message: 'Enter the new target' },
  ],
};

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Each amendment needs its reason and the field its kind changes. */
export function amendmentProblems(amendments: readonly AmendmentInput[]): FieldError[] {
  return amendments.flatMap((amendment, index) => {
    const problems: FieldError[] = [];
    if (isBlank(amendment.reason)) problems.push({ field: `amendments.${index}.reason`, messages: ['Give the reason for the amendment'] });
    for (const { field, message } of KIND_FIELD[amendment.kind] ?? []) {
      if (isBlank(amendment[field])) problems.push({ field: `amendments.${index}.${field}`, messages: [message] });
    }
    return problems;
  });
}

/** The parts of a return that submitting checks. */
export type SubmittedContent = Pick<SaveReviewReturnRequest, 'actionStatus' | 'rag' | 'ragReason' | 'correctiveAction' | 'narrative'> & {
  amendments: readonly AmendmentInput[];
};

/** A return can be submitted with its status, RAG and narrative; amber and red also need the reason and corrective action. */
export function submissionProblems(content: SubmittedContent): FieldError[] {
  const problems: FieldError[] = [];
  const need = (field: keyof SubmittedContent, message: string) => {
    if (isBlank(content[field])) problems.push({ field, messages: [message] });
  };
  need('actionStatus', "Give the action's status at the end of the period");
  need('rag', 'Give a RAG rating');
  need('narrative', 'Describe the progress made in the period');
  if (content.rag && RAGS_NEEDING_REASON.includes(content.rag)) {
    need('ragReason', `Say why the action is ${content.rag}`);
    need('correctiveAction', 'Say what is being done to put it right');
  }
  return [...problems, ...amendmentProblems(content.amendments)];
}

export interface CycleDates {
  periodStart: string;
  periodEnd: string;
  returnsDue: string;
}

/** The period ends on or after it starts; returns are due after the period starts. */
export function cycleDateProblems({ periodStart, periodEnd, returnsDue }: CycleDates): FieldError[] {
  const problems: FieldError[] = [];
  if (periodEnd < periodStart) problems.push({ field: 'periodEnd', messages: ['The period must end on or after the day it starts'] });
  if (returnsDue <= periodStart) problems.push({ field: 'returnsDue', messages: ['Returns must be due after the period starts'] });
  return problems;
}
