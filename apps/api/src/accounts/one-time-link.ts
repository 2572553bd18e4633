import { createHash, randomBytes } from 'node:crypto';
import { ErrorCode, type LinkPurpose } from '@steerline/contracts';
import type { StoredLink } from './account-token.queries.js';

/** 256 random bits, written URL-safe (43 characters): the part of the link that proves who it was sent to. */
export const newToken = () => randomBytes(32).toString('base64url');

/** What is stored and looked up: the token's SHA-256 hash, so a copy of the database opens no account. */
export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest();

export const setPasswordLink = (publicUrl: string, token: string) => `${publicUrl}/set-password?token=${token}`;

export type LinkRefusal = typeof ErrorCode.LinkUnknown | typeof ErrorCode.LinkUsed | typeof ErrorCode.LinkExpired | typeof ErrorCode.LinkSuperseded | typeof ErrorCode.LinkWithdrawn;

/** Why a link no longer works, in the order a person would find most useful to be told; null when it works. */
export function refuseLink(link: StoredLink | undefined, now: Date): LinkRefusal | null {
  if (!link) return ErrorCode.LinkUnknown;
  if (link.usedAt) return ErrorCode.LinkUsed;
  if (link.withdrawnAt || !link.isActive) return ErrorCode.LinkWithdrawn;
  if (link.supersededAt) return ErrorCode.LinkSuperseded;
  if (link.expiresAt.getTime() <= now.getTime()) return ErrorCode.LinkExpired;
  return null;
}

const HOW_TO_GET_A_NEW_ONE: Record<LinkPurpose, string> = {
  set_password: 'Ask whoever gave you the link for a new one.',
  invitation: 'Ask your Steerline administrator to resend your invitation.',
  reset: 'Ask for a new link from the "Forgot your password?" page.',
};

/** What the person is told, GOV.UK style: what happened, then what to do. */
export function refusalMessage(refusal: LinkRefusal, purpose: LinkPurpose | undefined): string {
  const next = purpose ? HOW_TO_GET_A_NEW_ONE[purpose] : 'Check you copied the whole link, or ask for a new one.';
  switch (refusal) {
    case ErrorCode.LinkUnknown:
      return 'This link is not recognised. Check you copied the whole link from the email, or ask for a new one.';
    case ErrorCode.LinkUsed:
      return `This link has already been used. If you set your password, sign in with it. Otherwise ${lowerFirst(next)}`;
    case ErrorCode.LinkWithdrawn:
      return 'This link no longer works because the account has been deactivated. Ask your Steerline administrator.';
    case ErrorCode.LinkSuperseded:
      return `A newer link has been sent to you since this one, and only the newest link works. Use the link in the latest email, or ${lowerFirst(next)}`;
    case ErrorCode.LinkExpired:
      return `This link has expired. ${next}`;
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
