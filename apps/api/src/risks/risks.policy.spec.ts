import { Permission, permissionsFor } from '@steerline/contracts';
import type { Actor } from '../common/auth/actor.js';
import { canCreateRisk, canEditRisk, canUpdateMitigation, riskAbilities } from './risks.policy.js';

const actor = (id: string, roles: Parameters<typeof permissionsFor>[0]): Actor => ({ id, permissions: permissionsFor(roles), bodies: [], partner: null });
const admin = actor('admin', ['admin']);
const board = actor('board', ['channel_shift_board']);
const partner = actor('partner', ['external_steering_group']);

describe('risk policy', () => {
  it('lets admins and members of the leadership team, board and internal working group add risks, not the external group', () => {
    expect(canCreateRisk(admin)).toBe(true);
    expect(canCreateRisk(board)).toBe(true);
    expect(canCreateRisk(actor('w', ['internal_working_group']))).toBe(true);
    expect(canCreateRisk(actor('l', ['leadership_team']))).toBe(true);
    expect(canCreateRisk(partner)).toBe(false);
  });

  it('lets the owner and admins edit a risk, and nobody else', () => {
    const risk = { ownerId: 'partner', status: 'open' as const };
    expect(canEditRisk(partner, risk)).toBe(true);
    expect(canEditRisk(admin, risk)).toBe(true);
    expect(canEditRisk(board, risk)).toBe(false);
    expect(canEditRisk({ ...partner, permissions: [Permission.PlanRead] }, risk)).toBe(false);
  });

  it("lets a mitigation's owner update it on someone else's risk", () => {
    const risk = { ownerId: 'board', status: 'open' as const };
    expect(canUpdateMitigation(partner, risk, 'partner')).toBe(true);
    expect(canUpdateMitigation(partner, risk, 'someone-else')).toBe(false);
  });

  it('closes a closed risk to edits and escalations but not to a review that reopens it', () => {
    const closed = riskAbilities(admin, { ownerId: 'board', status: 'closed', linkedActions: 1 });
    expect(closed).toEqual({ edit: false, review: true, manageMitigations: false, raiseEscalation: false });
  });

  it('offers an escalation only when the risk is linked to an action', () => {
    expect(riskAbilities(board, { ownerId: 'x', status: 'open', linkedActions: 0 }).raiseEscalation).toBe(false);
    expect(riskAbilities(board, { ownerId: 'x', status: 'open', linkedActions: 2 })).toEqual({ edit: false, review: false, manageMitigations: false, raiseEscalation: true });
  });
});
