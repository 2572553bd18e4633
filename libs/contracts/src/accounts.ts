import type { AdminUser } from './people.js';

/** What a one-time link is for: the first administrator's (command line), an invitation, or a forgotten password. */
export const LinkPurpose = { SetPassword: 'set_password', Invitation: 'invitation', Reset: 'reset' } as const;
export type LinkPurpose = (typeof LinkPurpose)[keyof typeof LinkPurpose];

/** Whether a person can sign in: invited (no password yet), active, or deactivated by an administrator. */
export const AccountStatus = { Invited: 'invited', Active: 'active', Deactivated: 'deactivated' } as const;
export type AccountStatus = (typeof AccountStatus)[keyof typeof AccountStatus];

/** `POST /api/account/links/check`: the token from a set-password link. */
export interface CheckLinkRequest {
  token: string;
}

/** The person a working link belongs to, so the page can greet them. */
export interface LinkDetails {
  purpose: LinkPurpose;
  name: string;
  email: string;
  expiresAt: string;
}

/** `POST /api/account/set-password`: uses the link once. */
export interface SetPasswordRequest {
  token: string;
  password: string;
}

export interface SetPasswordResponse {
  /** The address to sign in with. */
  email: string;
}

/** `POST /api/account/password-reset`: always answered 202 with no body, whether or not the account exists. */
export interface PasswordResetRequest {
  email: string;
}

/** `PUT /api/account/password` by the signed-in person. */
export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** How an invitation reached the person: e-mailed, or (without SMTP_URL) a link shown to the administrator once. */
export interface InvitationSent {
  /** The address it was e-mailed to; null when no mail server is set up. */
  emailedTo: string | null;
  /** The link to pass on, only when it was not e-mailed; it is never shown again. */
  link: string | null;
  expiresAt: string;
}

/** `POST /api/admin/users` and `POST /api/admin/users/:id/invitation`. */
export interface InvitedUser extends AdminUser {
  invitation: InvitationSent;
}

/** Whether the person gets the weekly "what is due" e-mail (GET and PUT /api/account/weekly-email). */
export interface WeeklyEmailChoice {
  weeklyDueEmail: boolean;
}
