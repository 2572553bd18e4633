import { SsoRefusal } from '@steerline/contracts';

/** The ID token's claims that decide who is signing in. */
export interface IdentityClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  preferred_username?: unknown;
  name?: unknown;
}

export interface IdentityRules {
  /** `email` is trusted only with `email_verified`; Entra's `preferred_username` is trusted as the tenant vouches for it. */
  emailClaim: 'email' | 'preferred_username';
  /** Empty: every domain may sign in. */
  allowedDomains: readonly string[];
}

/** The person as found by their provider subject or e-mail address. */
export interface FoundPerson {
  id: string;
  isActive: boolean;
  /** The subject they are linked to at this issuer; null before their first single sign-on. */
  subject: string | null;
}

export type EmailVerdict = { email: string } | { refusal: SsoRefusal };

/** The e-mail address the provider vouches for, in lower case, or why the identity is refused before anyone is looked up. */
export function vouchedEmail(claims: IdentityClaims, rules: IdentityRules): EmailVerdict {
  const value = claims[rules.emailClaim];
  if (typeof value !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(value.trim())) return { refusal: SsoRefusal.EmailUnverified };
  if (rules.emailClaim === 'email' && claims.email_verified !== true && claims.email_verified !== 'true') return { refusal: SsoRefusal.EmailUnverified };
  const email = value.trim().toLowerCase();
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (rules.allowedDomains.length > 0 && !rules.allowedDomains.includes(domain)) return { refusal: SsoRefusal.DomainNotAllowed };
  return { email };
}

/**
 * Whether the person found may come in: linked by subject, or matched by e-mail while not yet linked to another
 * subject (an address now used by a different identity at the provider is not theirs to take over).
 */
export function refusePerson(person: FoundPerson | undefined, subject: string): SsoRefusal | null {
  if (!person || (person.subject !== null && person.subject !== subject)) return SsoRefusal.UnknownPerson;
  if (!person.isActive) return SsoRefusal.Deactivated;
  return null;
}

/** A display name for a person created on first sign-in: the provider's name, else the e-mail's local part. */
export function nameFor(claims: IdentityClaims, email: string): string {
  const name = typeof claims.name === 'string' ? claims.name.trim() : '';
  return (name || email.split('@')[0]).slice(0, 200);
}
