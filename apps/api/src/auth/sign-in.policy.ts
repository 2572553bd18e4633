import { type PasswordSignIn, SecondFactorStep } from '@steerline/contracts';
import type { AppConfig } from '../config/env.js';

type MfaRequired = AppConfig['MFA_REQUIRED'];

/** Whether PASSWORD_SIGN_IN lets this person in with a password (`admins-only` keeps a break-glass administrator). */
export function passwordSignInAllowed(setting: PasswordSignIn, person: { isAdmin: boolean }): boolean {
  return setting === 'true' || (setting === 'admins-only' && person.isAdmin);
}

/** Whether MFA_REQUIRED makes an authenticator app compulsory for this person's password sign-in. */
export function secondFactorRequired(setting: MfaRequired, person: { isAdmin: boolean }): boolean {
  return setting === 'everyone-with-password' || (setting === 'admins' && person.isAdmin);
}

/** What a correct password still needs: a code when they have an app, enrolling one when it is required; null: nothing. */
export function secondFactorStep(setting: MfaRequired, person: { isAdmin: boolean; enrolled: boolean }): SecondFactorStep | null {
  if (person.enrolled) return SecondFactorStep.Code;
  return secondFactorRequired(setting, person) ? SecondFactorStep.Enrol : null;
}
