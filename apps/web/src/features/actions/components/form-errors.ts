import { ErrorCode, type FieldError } from '@steerline/contracts';
import type { ErrorSummaryItem } from '../../../components/error-summary';
import { ApiError } from '../../../lib/api-client';

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/** Where an API field lives in a form: the input to link to, its label for the summary, and how to reword the API's message. */
export interface FieldLocation {
  /** The id of the input the error belongs to, if the form shows one. */
  inputId?: string;
  /** The key the form looks the inline message up by. */
  key: string;
  /** Put before the message in the error summary, e.g. "Milestone 2". */
  context?: string;
  /** The API's property name and the label that replaces it at the start of a message ("dueDate must be" -> "Due date must be"). */
  property?: string;
  label?: string;
  /** A message to show instead of the API's (for a field whose API message is written for developers). */
  replacement?: string;
}

export interface FormErrors {
  summary: ErrorSummaryItem[];
  /** Inline messages by FieldLocation.key. */
  fields: Record<string, string>;
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return typeof candidate?.field === 'string' && Array.isArray(candidate.messages) && candidate.messages.every((m) => typeof m === 'string');
}

export function reword(message: string, location: FieldLocation): string {
  if (location.replacement) return location.replacement;
  if (location.property && location.label && message.startsWith(`${location.property} `)) {
    return `${location.label}${message.slice(location.property.length)}`;
  }
  return message;
}

/**
 * Maps a refused submission onto a form: one inline message per field (the first), and an error summary listing
 * them in the order `order` gives (the order of the form), each linked to its input.
 */
export function describeFormErrors(error: unknown, locate: (apiField: string) => FieldLocation, order: (inputId: string) => number): FormErrors {
  if (!(error instanceof ApiError) || error.status >= 500) return { summary: [{ text: SERVICE_PROBLEM }], fields: {} };
  const details = error.code === ErrorCode.ValidationFailed && Array.isArray(error.details) ? error.details.filter(isFieldError) : [];
  const fields: Record<string, string> = {};
  const linked: (ErrorSummaryItem & { position: number })[] = [];
  const unlinked: ErrorSummaryItem[] = [];
  for (const { field, messages } of details) {
    const location = locate(field);
    for (const message of messages) {
      const text = reword(message, location);
      const summaryText = location.context ? `${location.context}: ${text}` : text;
      if (!location.inputId) {
        unlinked.push({ text: summaryText });
        continue;
      }
      // One message beside each field, as GOV.UK asks; the summary lists them all.
      fields[location.key] ??= text;
      linked.push({ text: summaryText, fieldId: location.inputId, position: order(location.inputId) });
    }
  }
  linked.sort((a, b) => a.position - b.position);
  const summary = [...linked.map(({ text, fieldId }) => ({ text, fieldId })), ...unlinked];
  return { summary: summary.length > 0 ? summary : [{ text: error.message }], fields };
}
