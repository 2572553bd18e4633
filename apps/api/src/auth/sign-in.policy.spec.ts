import { passwordSignInAllowed, secondFactorStep } from './sign-in.policy.js';

const admin = { isAdmin: true };
const member = { isAdmin: false };

describe('password sign-in control', () => {
  it('lets everyone in by default, only administrators with admins-only, and nobody with false', () => {
    expect([passwordSignInAllowed('true', admin), passwordSignInAllowed('true', member)]).toEqual([true, true]);
    expect([passwordSignInAllowed('admins-only', admin), passwordSignInAllowed('admins-only', member)]).toEqual([true, false]);
    expect([passwordSignInAllowed('false', admin), passwordSignInAllowed('false', member)]).toEqual([false, false]);
  });
});

describe('second factor after a correct password', () => {
  it('asks for a code whenever the person has an authenticator app, whatever MFA_REQUIRED says', () => {
    for (const setting of ['off', 'admins', 'everyone-with-password'] as const) {
      expect(secondFactorStep(setting, { ...member, enrolled: true })).toBe('code');
    }
  });

  it('has people without an app enrol one when MFA_REQUIRED covers them, and lets the others straight in', () => {
    expect(secondFactorStep('off', { ...admin, enrolled: false })).toBeNull();
    expect(secondFactorStep('admins', { ...admin, enrolled: false })).toBe('enrol');
    expect(secondFactorStep('admins', { ...member, enrolled: false })).toBeNull();
    expect(secondFactorStep('everyone-with-password', { ...member, enrolled: false })).toBe('enrol');
  });
});
