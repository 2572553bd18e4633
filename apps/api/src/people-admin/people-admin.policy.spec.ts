import type { CurrentUser } from '../common/auth/current-user.js';
import { refuseDeactivation, refuseEdit } from './people-admin.policy.js';

const admin = { id: 'a1', isAdmin: true } as CurrentUser;

describe('people administration policy', () => {
  it('refuses an admin deactivating their own account, not someone else', () => {
    expect(refuseDeactivation(admin, 'a1')).toBe('deactivate_self');
    expect(refuseDeactivation(admin, 'u2')).toBeNull();
  });

  it('refuses an admin removing their own admin rights, not other edits of themselves', () => {
    expect(refuseEdit(admin, 'a1', { isAdmin: false })).toBe('remove_own_admin');
    expect(refuseEdit(admin, 'a1', { isAdmin: true })).toBeNull();
    expect(refuseEdit(admin, 'a1', {})).toBeNull();
  });

  it('lets an admin remove another admin', () => {
    expect(refuseEdit(admin, 'u2', { isAdmin: false })).toBeNull();
  });
});
