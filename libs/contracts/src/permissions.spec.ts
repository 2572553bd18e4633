import { describe, expect, it } from 'vitest';
import { Permission, permissionsFor } from './permissions.js';

describe('permissionsFor', () => {
  it('lets only the channel shift board decide escalations', () => {
    expect(permissionsFor(['channel_shift_board'])).toContain(Permission.EscalationDecide);
    for (const role of ['admin', 'leadership_team', 'internal_working_group', 'external_steering_group'] as const) {
      expect(permissionsFor([role])).not.toContain(Permission.EscalationDecide);
    }
  });

  it('lets only the leadership team sign off a review cycle', () => {
    expect(permissionsFor(['leadership_team'])).toContain(Permission.ReviewSignOff);
    expect(permissionsFor(['admin', 'channel_shift_board'])).not.toContain(Permission.ReviewSignOff);
  });

  it('gives an external steering group member edit rights on their own body only', () => {
    const granted = permissionsFor(['external_steering_group']);
    expect(granted).toContain(Permission.ActionEditOwnBody);
    expect(granted).not.toContain(Permission.ActionEdit);
    expect(granted).not.toContain(Permission.AdminManage);
  });

  it('combines the rights of several roles without repeats', () => {
    const granted = permissionsFor(['internal_working_group', 'channel_shift_board']);
    expect(new Set(granted).size).toBe(granted.length);
    expect(granted).toContain(Permission.EscalationDecide);
    expect(granted).toContain(Permission.UpdatePostOwn);
  });

  it('lets every role but the external steering group add risks, and only admins edit any risk', () => {
    for (const role of ['admin', 'leadership_team', 'channel_shift_board', 'internal_working_group'] as const) {
      expect(permissionsFor([role])).toContain(Permission.RiskCreate);
    }
    expect(permissionsFor(['external_steering_group'])).not.toContain(Permission.RiskCreate);
    expect(permissionsFor(['admin'])).toContain(Permission.RiskEdit);
    for (const role of ['leadership_team', 'channel_shift_board', 'internal_working_group', 'external_steering_group'] as const) {
      expect(permissionsFor([role])).not.toContain(Permission.RiskEdit);
      expect(permissionsFor([role])).toContain(Permission.RiskEditOwn);
    }
  });

  it('gives no rights to a user without roles', () => {
    expect(permissionsFor([])).toEqual([]);
  });
});
