import { type ActionDependencies, type ActionDetail, type ActionStatus, Permission } from '@steerline/contracts';
import type { Actor } from '../common/auth/actor.js';
import type { ActionView } from './action.queries.js';

/** What the record-level rules need to know about an action. */
export interface ActionAccessFacts {
  ownerId: string;
  owningBodyId: string;
  partnerIds: readonly string[];
  status: ActionStatus;
}

export interface ActionAbilities {
  edit: boolean;
  postUpdate: boolean;
  cancel: boolean;
}

const isMemberOf = (actor: Actor, bodyId: string) => actor.bodies.some((body) => body.id === bodyId);

/**
 * Whether the actor may create an action owned by this body, or move an action to it.
 * Admin, leadership, board and internal WG: any body. External SG: only a body they belong to.
 */
export function canPlaceActionIn(actor: Actor, owningBodyId: string): boolean {
  if (actor.permissions.includes(Permission.ActionCreate) || actor.permissions.includes(Permission.ActionEdit)) return true;
  return actor.permissions.includes(Permission.ActionEditOwnBody) && isMemberOf(actor, owningBodyId);
}

/** Edit (and cancel): any action with ActionEdit; with ActionEditOwnBody only actions their own body owns. */
export function canEditAction(actor: Actor, action: ActionAccessFacts): boolean {
  if (actor.permissions.includes(Permission.ActionEdit)) return true;
  return actor.permissions.includes(Permission.ActionEditOwnBody) && isMemberOf(actor, action.owningBodyId);
}

/**
 * Post a progress update: any action with UpdatePost; with UpdatePostOwn only when the actor owns the action,
 * belongs to its owning body, or works for a partner organisation on it.
 */
export function canPostUpdate(actor: Actor, action: ActionAccessFacts): boolean {
  if (actor.permissions.includes(Permission.UpdatePost)) return true;
  if (!actor.permissions.includes(Permission.UpdatePostOwn)) return false;
  const worksForPartner = actor.partner !== null && action.partnerIds.includes(actor.partner.id);
  return action.ownerId === actor.id || isMemberOf(actor, action.owningBodyId) || worksForPartner;
}

/** What the actor may do now; a cancelled action is closed to everyone. */
export function abilitiesOn(actor: Actor, action: ActionAccessFacts): ActionAbilities {
  const open = action.status !== 'cancelled';
  const edit = open && canEditAction(actor, action);
  return { edit, postUpdate: open && canPostUpdate(actor, action), cancel: edit };
}

export const accessFacts = (action: ActionView): ActionAccessFacts => ({
  ownerId: action.owner.id,
  owningBodyId: action.owningBody.id,
  partnerIds: action.partners.map((partner) => partner.id),
  status: action.status,
});

/** The action as this actor sees it: with what they may do to it, and its links (which they may change if they may edit it). */
export const withAbilities = (action: ActionView, actor: Actor, dependencies: Omit<ActionDependencies, 'canChange'>): ActionDetail => {
  const can = abilitiesOn(actor, accessFacts(action));
  return { ...action, can, dependencies: { ...dependencies, canChange: can.edit } };
};
