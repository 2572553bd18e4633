import type { AccountStatus } from './accounts.js';
import type { BodyKind } from './bodies.js';

/** An active user, for owner pickers. */
export interface PersonRef {
  id: string;
  name: string;
}

export interface BodySummary {
  id: string;
  name: string;
  kind: BodyKind;
  remit: string;
  /** Active users who are members. */
  memberCount: number;
  /** The body it reports to, if any. */
  reportsTo: { id: string; name: string } | null;
  /** Retired bodies keep their actions and history but are not offered for new records. */
  retired: boolean;
  version: number;
}

/** A user as the people administration page shows them. */
export interface AdminUser {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
  isActive: boolean;
  /** Invited until they set a password; deactivated whenever isActive is false. */
  status: AccountStatus;
  /** They sign in with a password and a code from an authenticator app. */
  twoFactor: boolean;
  partner: { id: string; name: string } | null;
  bodies: { id: string; name: string; kind: BodyKind }[];
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateUserRequest {
  /** Unique, whatever its letter case. */
  email: string;
  name: string;
  bodyIds?: string[];
  partnerId?: string | null;
  isAdmin?: boolean;
}

export interface UpdateUserRequest {
  version: number;
  name?: string;
  /** Replaces the user's memberships. */
  bodyIds?: string[];
  /** null removes the partner link. */
  partnerId?: string | null;
  isAdmin?: boolean;
}
