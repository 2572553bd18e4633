import { ErrorCode } from '@steerline/contracts';
import type { ErrorSummaryItem } from '../../components/error-summary';
import { ApiError } from '../../lib/api-client';

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

export interface FormErrors {
  summary: ErrorSummaryItem[];
  fields: Record<string, string>;
}

export interface EscalationField {
  /** The input the error summary links to. */
  inputId: string;
  /** The API's property name, replaced by the label at the start of its messages. */
  label: string;
}

/**
 * Maps a refused submission onto a form whose fields are listed (in form order) by API field name: one inline message
 * per field, and the summary linking each to its input. Fields the form does not show are listed unlinked.
 */
export function describeErrors(error: unknown, fields: Record<string, EscalationField>): FormErrors {
  if (!(error instanceof ApiError) || error.status >= 500) return { summary: [{ text: SERVICE_PROBLEM }], fields: {} };
  const order = Object.keys(fields);
  const inline: Record<string, string> = {};
  const linked: (ErrorSummaryItem & { position: number })[] = [];
  const unlinked: ErrorSummaryItem[] = [];
  const details = error.code === ErrorCode.ValidationFailed ? error.fieldErrors : [];
  for (const { field, messages } of details) {
    const location = fields[field];
    const property = field.split('.').pop() ?? field;
    for (const message of messages) {
      const text = location && message.startsWith(`${property} `) ? `${location.label}${message.slice(property.length)}` : message;
      if (!location) {
        unlinked.push({ text });
        continue;
      }
      inline[field] ??= text;
      linked.push({ text, fieldId: location.inputId, position: order.indexOf(field) });
    }
  }
  linked.sort((a, b) => a.position - b.position);
  const summary = [...linked.map(({ text, fieldId }) => ({ text, fieldId })), ...unlinked];
  return { summary: summary.length > 0 ? summary : [{ text: error.message }], fields: inline };
}

export const isStale = (error: unknown) => error instanceof ApiError && (error.code === ErrorCode.StaleVersion || error.status === 409);
