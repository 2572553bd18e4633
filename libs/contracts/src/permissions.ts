import { BodyKind } from './bodies.js';

/**
 * Role-level rights from the permission matrix in DOMAIN.md. Record-level rules
 * ("only the owner", "only their own body's actions") are checked by the API's policies.
 */
export const Permission = {
  PlanRead: 'plan:read',
  ActionCreate: 'action:create',
  ActionEdit: 'action:edit',
  ActionEditOwnBody: 'action:edit-own-body',
  UpdatePost: 'update:post',
  UpdatePostOwn: 'update:post-own',
  EscalationRaise: 'escalation:raise',
  EscalationDecide: 'escalation:decide',
  ReviewManage: 'review:manage',
  ReviewSubmitOwn: 'review:submit-own',
  ReviewSignOff: 'review:sign-off',
  AdminManage: 'admin:manage',
  /** Add a risk to the register. */
  RiskCreate: 'risk:create',
  /** Edit and review any risk, and manage its mitigations. */
  RiskEdit: 'risk:edit',
  /** Edit and review the risks one owns (the policy checks the owner), and update mitigations one owns. */
  RiskEditOwn: 'risk:edit-own',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export type Role = BodyKind | 'admin';

const P = Permission;

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [P.PlanRead, P.ActionCreate, P.ActionEdit, P.UpdatePost, P.EscalationRaise, P.ReviewManage, P.AdminManage, P.RiskCreate, P.RiskEdit],
  leadership_team: [
    P.PlanRead, P.ActionCreate, P.ActionEdit, P.UpdatePost, P.EscalationRaise, P.ReviewSubmitOwn, P.ReviewSignOff, P.RiskCreate, P.RiskEditOwn,
  ],
  channel_shift_board: [
    P.PlanRead, P.ActionCreate, P.ActionEdit, P.UpdatePost, P.EscalationRaise, P.EscalationDecide, P.ReviewManage, P.ReviewSubmitOwn,
    P.RiskCreate, P.RiskEditOwn,
  ],
  internal_working_group: [P.PlanRead, P.ActionCreate, P.ActionEdit, P.UpdatePostOwn, P.EscalationRaise, P.ReviewSubmitOwn, P.RiskCreate, P.RiskEditOwn],
  external_steering_group: [P.PlanRead, P.ActionEditOwnBody, P.UpdatePostOwn, P.EscalationRaise, P.ReviewSubmitOwn, P.RiskEditOwn],
};

/** The union of the rights of every role a user holds, in a stable order. */
export function permissionsFor(roles: readonly Role[]): Permission[] {
  const granted = new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
  return Object.values(Permission).filter((permission) => granted.has(permission));
}

export function hasPermission(granted: readonly Permission[], required: Permission): boolean {
  return granted.includes(required);
}
