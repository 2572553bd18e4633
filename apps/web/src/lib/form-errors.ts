import { ErrorCode, type FieldError } from '@steerline/contracts';
import type { ErrorSummaryItem } from '../components/error-summary';
import { ApiError } from './api-client';

/** What a form shows after the API refused a submission: the error summary's lines and each field's own message. */
export interface FormErrors<F extends string> {
  summary: ErrorSummaryItem[];
  fields: Partial<Record<F, string>>;
}

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return typeof candidate?.field === 'string' && Array.isArray(candidate.messages) && candidate.messages.every((m) => typeof m === 'string');
}

/** Field problems of a 400, and of a 409 conflict that names a field (such as an email address already taken). */
function fieldProblems(error: ApiError): FieldError[] {
  if (error.code !== ErrorCode.ValidationFailed && error.code !== ErrorCode.Conflict) return [];
  return Array.isArray(error.details) ? error.details.filter(isFieldError) : [];
}

/**
 * Maps a failed submission onto a form. `fieldIds` names the form's fields as the API calls them, with the id of the
 * input each one's error links to. Problems with fields the form does not show still reach the summary, unlinked.
 */
export function describeFormError<F extends string>(error: unknown, fieldIds: Record<F, string>): FormErrors<F> {
  if (!(error instanceof ApiError) || error.status >= 500) return { summary: [{ text: SERVICE_PROBLEM }], fields: {} };
  const known = Object.keys(fieldIds) as F[];
  const fields: Partial<Record<F, string>> = {};
  const unlinked: ErrorSummaryItem[] = [];
  for (const { field, messages } of fieldProblems(error)) {
    const name = known.find((candidate) => candidate === field || field.startsWith(`${candidate}.`));
    if (!messages[0]) continue;
    if (name && !fields[name]) fields[name] = messages[0];
    else if (!name) unlinked.push({ text: messages[0] });
  }
  const linked = known.flatMap((name) => (fields[name] ? [{ text: fields[name], fieldId: fieldIds[name] }] : []));
  const summary = [...linked, ...unlinked];
  return { summary: summary.length > 0 ? summary : [{ text: error.message }], fields };
}

export const isStaleVersion = (error: unknown): boolean => error instanceof ApiError && error.code === ErrorCode.StaleVersion;

export const isForbidden = (error: unknown): boolean => error instanceof ApiError && error.status === 403;

export const isNotFound = (error: unknown): boolean => error instanceof ApiError && error.status === 404;
