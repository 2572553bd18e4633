import { Permission, type RiskAbilities, type RiskStatus } from '@steerline/contracts';
import type { Actor } from '../common/auth/actor.js';

/** What the record-level rules need to know about a risk. */
export interface RiskAccessFacts {
  ownerId: string;
  status: RiskStatus;
}

/** Add a risk to the register: admins, the leadership team, the board and the internal working group. */
export const canCreateRisk = (actor: Actor) => actor.permissions.includes(Permission.RiskCreate);

/** Edit and review a risk: admins any risk, everyone else only the risks they own. */
export function canEditRisk(actor: Actor, risk: RiskAccessFacts): boolean {
  if (actor.permissions.includes(Permission.RiskEdit)) return true;
  return actor.permissions.includes(Permission.RiskEditOwn) && risk.ownerId === actor.id;
}

/** Update one mitigation: whoever may edit the risk, and the mitigation's own owner (to mark it done, say). */
export function canUpdateMitigation(actor: Actor, risk: RiskAccessFacts, mitigationOwnerId: string): boolean {
  if (canEditRisk(actor, risk)) return true;
  return actor.permissions.includes(Permission.RiskEditOwn) && mitigationOwnerId === actor.id;
}

/**
 * What the actor may do now. A closed risk can still be reviewed (to reopen it), but not edited, and no escalation
 * is raised from it; an escalation needs an action the risk is linked to, since the board decides about actions.
 */
export function riskAbilities(actor: Actor, risk: RiskAccessFacts & { linkedActions: number }): RiskAbilities {
  const editor = canEditRisk(actor, risk);
  const open = risk.status !== 'closed';
  return {
    edit: editor && open,
    review: editor,
    manageMitigations: editor && open,
    raiseEscalation: open && risk.linkedActions > 0 && actor.permissions.includes(Permission.EscalationRaise),
  };
}

/** A review date must not be before the day it is set. */
export const isPastDate = (date: string, today: string) => date < today;
