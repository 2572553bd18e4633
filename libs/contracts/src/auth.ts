import type { BodyKind } from './bodies.js';
import type { Permission } from './permissions.js';

export interface SignInRequest {
  email: string;
  password: string;
}

export interface BodyMembership {
  id: string;
  name: string;
  kind: BodyKind;
}

export interface MeResponse {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  partner: { id: string; name: string } | null;
  bodies: BodyMembership[];
  permissions: Permission[];
}

/** GET /api/auth/session: answered 200 whether or not anyone is signed in, so a first visit logs no error. */
export type SessionResponse = { signedIn: false } | { signedIn: true; me: MeResponse };

/** Who may sign in with a password (the `PASSWORD_SIGN_IN` setting): everyone, only administrators, or nobody. */
export const PasswordSignIn = { Everyone: 'true', AdminsOnly: 'admins-only', Nobody: 'false' } as const;
export type PasswordSignIn = (typeof PasswordSignIn)[keyof typeof PasswordSignIn];

/** `GET /api/auth/options`: which ways of signing in the sign-in page offers. */
export interface SignInOptions {
  password: PasswordSignIn;
  /** Single sign-on with the council's identity provider; null when it is not set up. */
  singleSignOn: { label: string; startUrl: string } | null;
}

/** What a correct password still needs before the session starts: a code from the authenticator app, or enrolling one. */
export const SecondFactorStep = { Code: 'code', Enrol: 'enrol' } as const;
export type SecondFactorStep = (typeof SecondFactorStep)[keyof typeof SecondFactorStep];

export interface SecondFactorNeeded {
  secondFactor: SecondFactorStep;
}

/** `POST /api/auth/sign-in`: the signed-in user, or the second-factor step that comes first. */
export type SignInResponse = MeResponse | SecondFactorNeeded;

export const needsSecondFactor = (response: SignInResponse): response is SecondFactorNeeded => 'secondFactor' in response;

/** `POST /api/auth/two-factor`: a 6-digit code from the authenticator app, or one of the recovery codes. */
export interface TwoFactorCodeRequest {
  code: string;
}

/** `POST /api/auth/two-factor/setup`: a new secret to add to an authenticator app, until confirmed with a code. */
export interface TwoFactorSetup {
  /** The secret in base32, as a person types it into the app when they cannot scan the QR code. */
  secret: string;
  otpauthUri: string;
  /** The otpauth URI as a QR code, a `data:image/svg+xml` URL. */
  qrCode: string;
}

/** `POST /api/auth/two-factor/enrol`: the ten recovery codes, shown this once. */
export interface TwoFactorEnrolled {
  recoveryCodes: string[];
}

/** `GET /api/auth/two-factor`: the signed-in person's two-factor state. */
export interface TwoFactorStatus {
  enrolled: boolean;
  recoveryCodesLeft: number;
  /** MFA_REQUIRED applies to them, so it cannot be left off. */
  required: boolean;
}

/** `POST /api/auth/sign-out` answers 200 with this when the identity provider's session should end too (OIDC_LOGOUT). */
export interface SignOutResponse {
  providerSignOutUrl: string;
}

/** Why a single sign-on was refused: the sign-in page's `/sign-in/refused?reason=` names it. */
export const SsoRefusal = {
  /** The sign-in started elsewhere, took too long, or came back twice. */
  FlowMissing: 'flow_missing',
  /** The provider's answer did not check out (state, code, ID token signature, issuer, audience, nonce or expiry). */
  Unverifiable: 'unverifiable',
  /** The provider said no, or the person cancelled. */
  ProviderRefused: 'provider_refused',
  EmailUnverified: 'email_unverified',
  DomainNotAllowed: 'domain_not_allowed',
  UnknownPerson: 'unknown_person',
  Deactivated: 'deactivated',
  /** Single sign-on is not set up, or the provider cannot be reached. */
  Unavailable: 'unavailable',
} as const;
export type SsoRefusal = (typeof SsoRefusal)[keyof typeof SsoRefusal];
