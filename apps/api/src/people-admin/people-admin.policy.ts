import type { CurrentUser } from '../common/auth/current-user.js';

/** Refusals an admin can meet when managing people; null when the change is allowed. */
export type PeopleAdminRefusal = 'deactivate_self' | 'remove_own_admin';

export const REFUSAL_MESSAGES: Record<PeopleAdminRefusal, string> = {
  deactivate_self: 'You cannot deactivate your own account. Ask another administrator.',
  remove_own_admin: 'You cannot remove your own administrator rights. Ask another administrator.',
};

/** An admin cannot lock themselves out, so there is always someone left who can manage people. */
export function refuseDeactivation(actor: CurrentUser, targetId: string): PeopleAdminRefusal | null {
  return actor.id === targetId ? 'deactivate_self' : null;
}

export function refuseEdit(actor: CurrentUser, targetId: string, change: { isAdmin?: boolean }): PeopleAdminRefusal | null {
  return actor.id === targetId && change.isAdmin === false ? 'remove_own_admin' : null;
}
