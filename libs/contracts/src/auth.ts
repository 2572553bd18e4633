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
