import { ErrorCode } from '@steerline/contracts';
import type { ErrorSummaryItem } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';

export type SignInField = 'email' | 'password';

export interface SignInErrors {
  summary: ErrorSummaryItem[];
  fields: Partial<Record<SignInField, string>>;
}

const FIELDS: readonly SignInField[] = ['email', 'password'];
const WRONG_CREDENTIALS = 'Enter a correct email address and password';
const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

function waitText(details: unknown): string {
  const seconds = (details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  if (typeof seconds !== 'number') return 'Wait a few minutes';
  const minutes = Math.ceil(seconds / 60);
  return `Wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** What the sign-in page shows for a failed attempt: the summary's lines and each field's own message. */
export function describeSignInError(error: unknown): SignInErrors {
  if (!(error instanceof ApiError)) return { summary: [{ text: SERVICE_PROBLEM }], fields: {} };
  if (error.code === ErrorCode.InvalidCredentials) {
    return { summary: [{ text: WRONG_CREDENTIALS, fieldId: 'email' }], fields: { email: WRONG_CREDENTIALS } };
  }
  if (error.code === ErrorCode.TooManyAttempts) {
    return { summary: [{ text: `You have tried to sign in too many times. ${waitText(error.details)} and try again.` }], fields: {} };
  }
  const fields: SignInErrors['fields'] = {};
  for (const { field, messages } of error.fieldErrors) {
    const known = FIELDS.find((name) => name === field);
    if (known && messages[0] && !fields[known]) fields[known] = messages[0];
  }
  const summary = FIELDS.flatMap((field) => (fields[field] ? [{ text: fields[field], fieldId: field }] : []));
  return { summary: summary.length > 0 ? summary : [{ text: SERVICE_PROBLEM }], fields };
}
