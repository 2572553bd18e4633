import { type ActionDetail, type AttachmentParentKind, type Escalation, Permission, type ReviewReturn } from '@steerline/contracts';
import type { Actor } from '../common/auth/actor.js';

/** Why a file may not be added or removed now: the person may not (403), or the record is closed to it (409). */
export type Refusal = { kind: 'forbidden' | 'closed' | 'signed_off'; message: string } | null;

/** What the rules need to know about the record a file is (or would be) attached to. */
export interface ParentFacts {
  kind: AttachmentParentKind;
  id: string;
  actionId: string;
  /** Whether this person may add a file to it now, and why not. */
  addRefusal: Refusal;
}

export const SIGNED_OFF_EVIDENCE = 'This review cycle is signed off, so the evidence on its returns is kept as it is.';

/**
 * Anyone who may read the plan sees every action, update, return and escalation (DOMAIN.md), so sees the files on
 * them; a file is downloaded only through this check, so narrowing who reads a record narrows it here.
 */
export const canSeeParent = (actor: Pick<Actor, 'permissions'>) => actor.permissions.includes(Permission.PlanRead);

/** Evidence on an action: from whoever may post an update on it or edit it, while it is not cancelled. */
export function actionAddRefusal(action: Pick<ActionDetail, 'status' | 'can'>): Refusal {
  if (action.status === 'cancelled') return { kind: 'closed', message: 'This action has been cancelled, so no evidence can be added to it.' };
  if (action.can.postUpdate || action.can.edit) return null;
  return { kind: 'forbidden', message: 'You can add evidence only to actions you may post updates on or edit.' };
}

/** Evidence on a progress update: from the person who posted it, while its action is not cancelled. */
export function updateAddRefusal(actor: Pick<Actor, 'id'>, authorId: string, action: Pick<ActionDetail, 'status'>): Refusal {
  if (action.status === 'cancelled') return { kind: 'closed', message: 'This action has been cancelled, so no evidence can be added to it.' };
  if (authorId === actor.id) return null;
  return { kind: 'forbidden', message: 'Only the person who posted a progress update can add evidence to it.' };
}

/** Evidence on a review return: from its owner, while it is with them; never once the cycle is signed off. */
export function returnAddRefusal(actor: Pick<Actor, 'id'>, review: Pick<ReviewReturn, 'owner' | 'cycle' | 'can'>): Refusal {
  if (review.cycle.status === 'signed_off') return { kind: 'signed_off', message: SIGNED_OFF_EVIDENCE };
  if (review.owner.id !== actor.id) return { kind: 'forbidden', message: "Only the action's owner can add evidence to its review return." };
  if (review.can.edit) return null;
  return { kind: 'closed', message: 'Evidence can be added while the return is with its owner: not once it is submitted or accepted.' };
}

/** Evidence on an escalation: from the person who raised it and from the board that decides it, until it is resolved. */
export function escalationAddRefusal(actor: Pick<Actor, 'id' | 'permissions'>, escalation: Pick<Escalation, 'raisedBy' | 'status'>): Refusal {
  if (escalation.status === 'resolved') return { kind: 'closed', message: 'This escalation is resolved, so no evidence can be added to it.' };
  if (escalation.raisedBy.id === actor.id || actor.permissions.includes(Permission.EscalationDecide)) return null;
  return { kind: 'forbidden', message: 'Only the person who raised an escalation and the channel shift board can add evidence to it.' };
}

/** What removing needs to know about a file. */
export interface KeptFileFacts {
  uploadedById: string;
  /** It is on a review return whose cycle is signed off. */
  signedOff: boolean;
}

/** A file is removed by the person who added it, except from a signed-off review: that keeps its evidence. */
export function removalRefusal(actor: Pick<Actor, 'id'>, file: KeptFileFacts): Refusal {
  if (file.signedOff) return { kind: 'signed_off', message: SIGNED_OFF_EVIDENCE };
  if (file.uploadedById !== actor.id) return { kind: 'forbidden', message: 'Only the person who added a file can remove it.' };
  return null;
}
