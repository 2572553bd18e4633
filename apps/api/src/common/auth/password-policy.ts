import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * The 49,000 most common passwords from breaches (zxcvbn-ts's list, lower case), refused whatever their letter case,
 * as NCSC guidance asks for a deny list of the most common passwords.
 */
const COMMON_PASSWORDS = new Set(dictionary['passwords-common']);

export const PASSWORD_MESSAGES = {
  missing: 'Enter a password',
  tooShort: `Password must be ${PASSWORD_MIN_LENGTH} characters or more`,
  tooLong: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  common: 'Choose a password that is harder to guess: this one is on a list of common passwords',
  containsEmailName: 'Password must not contain the part of your email address before the @',
} as const;

/** The e-mail name is only a useful thing to refuse when it is long enough to be more than a coincidence. */
const EMAIL_NAME_MIN_LENGTH = 3;

/** What is wrong with a new password for the person with this e-mail address; empty when it may be used. */
export function passwordProblems(password: string, email: string): string[] {
  if (password.length === 0) return [PASSWORD_MESSAGES.missing];
  if (password.length < PASSWORD_MIN_LENGTH) return [PASSWORD_MESSAGES.tooShort];
  if (password.length > PASSWORD_MAX_LENGTH) return [PASSWORD_MESSAGES.tooLong];
  const lower = password.toLowerCase();
  const problems: string[] = [];
  if (COMMON_PASSWORDS.has(lower)) problems.push(PASSWORD_MESSAGES.common);
  const emailName = email.split('@')[0].toLowerCase();
  if (emailName.length >= EMAIL_NAME_MIN_LENGTH && lower.includes(emailName)) problems.push(PASSWORD_MESSAGES.containsEmailName);
  return problems;
}
