import { ErrorCode, type FieldError } from '@steerline/contracts';
import type { ErrorSummaryItem } from '../components/error-summary';
import { ApiError } from './api-client';

/** What a form shows after the API refused a submission: the error summary's lines and each field's own message. */
export interface FormErrors<F extends string = string> {
  summary: ErrorSummaryItem[];
  fields: Partial<Record<F, string>>;
}

export const SERVICE_PROBLEM = 'Sorry, there is a problem with the service. Try again later.';

/** Where an API field lives in a form: the input to link to, its label for the summary, and how to reword the API's message. */
export interface FieldLocation<F extends string = string> {
  /** The id of the input the error belongs to, if the form shows one. */
  inputId?: string;
  /** The key the form looks the inline message up by. */
  key: F;
  /** Put before the message in the error summary, e.g. "Milestone 2". */
  context?: string;
  /** The API's property name and the label that replaces it at the start of a message ("dueDate must be" -> "Due date must be"). */
  property?: string;
  label?: string;
  /** A message to show instead of the API's (for a field whose API message is written for developers). */
  replacement?: string;
}

/** A field of a form listed by its API name: the input its errors link to, and the label that replaces the API's name in messages. */
export interface LabelledField {
  inputId: string;
  label: string;
}

interface MapOptions<F extends string> {
  locate: (apiField: string) => FieldLocation<F>;
  /** Where an input comes in the form, so the summary lists problems in the order the user meets the fields. */
  order: (inputId: string) => number;
  /** Show only the first message of each field, in the summary too (forms of single, simple fields). */
  firstMessageOnly?: boolean;
  /** Also read field problems from a 409 conflict that names a field (such as an email address already taken). */
  conflictsNameFields?: boolean;
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return typeof candidate?.field === 'string' && Array.isArray(candidate.messages) && candidate.messages.every((m) => typeof m === 'string');
}

function fieldProblems(error: ApiError, conflictsNameFields: boolean): FieldError[] {
  const carriesFields = error.code === ErrorCode.ValidationFailed || error.code === ErrorCode.RuleBroken || (conflictsNameFields && error.code === ErrorCode.Conflict);
  return carriesFields && Array.isArray(error.details) ? error.details.filter(isFieldError) : [];
}

export function reword(message: string, location: FieldLocation): string {
  if (location.replacement) return location.replacement;
  if (location.property && location.label && message.startsWith(`${location.property} `)) {
    return `${location.label}${message.slice(location.property.length)}`;
  }
  return message;
}

/**
 * The one mapping from a refused submission to a form: one inline message per field (the first), and an error summary
 * listing them in form order, each linked to its input. Problems with fields the form does not show still reach the
 * summary, unlinked. A server failure or a network error is a service problem; a refusal without field details shows
 * the API's message.
 */
function mapFormErrors<F extends string>(error: unknown, options: MapOptions<F>): FormErrors<F> {
  if (!(error instanceof ApiError) || error.status >= 500) return { summary: [{ text: SERVICE_PROBLEM }], fields: {} };
  const { locate, order, firstMessageOnly = false, conflictsNameFields = false } = options;
  const fields: Partial<Record<F, string>> = {};
  const linked: (ErrorSummaryItem & { position: number })[] = [];
  const unlinked: ErrorSummaryItem[] = [];
  for (const { field, messages } of fieldProblems(error, conflictsNameFields)) {
    const location = locate(field);
    for (const message of firstMessageOnly ? messages.slice(0, 1) : messages) {
      if (!message) continue;
      const text = reword(message, location);
      const summaryText = location.context ? `${location.context}: ${text}` : text;
      if (!location.inputId) {
        unlinked.push({ text: summaryText });
        continue;
      }
      if (firstMessageOnly && fields[location.key]) continue;
      // One message beside each field, as GOV.UK asks; the summary lists them all (or only that one).
      fields[location.key] ??= text;
      linked.push({ text: summaryText, fieldId: location.inputId, position: order(location.inputId) });
    }
  }
  linked.sort((a, b) => a.position - b.position);
  const summary = [...linked.map(({ text, fieldId }) => ({ text, fieldId })), ...unlinked];
  return { summary: summary.length > 0 ? summary : [{ text: error.message }], fields };
}

/**
 * For a form of simple fields. `fieldIds` names the form's fields as the API calls them (in form order), with the id
 * of the input each one's error links to; a nested API field (`address.line1`) belongs to its parent. One message per
 * field, also in the summary; a 409 conflict naming a field is shown beside it.
 */
export function describeFormError<F extends string>(error: unknown, fieldIds: Record<F, string>): FormErrors<F> {
  const known = Object.keys(fieldIds) as F[];
  const inputOrder = known.map((name) => fieldIds[name]);
  return mapFormErrors<F>(error, {
    locate: (field) => {
      const name = known.find((candidate) => candidate === field || field.startsWith(`${candidate}.`));
      return name ? { key: name, inputId: fieldIds[name] } : { key: field as F };
    },
    order: (inputId) => inputOrder.indexOf(inputId),
    firstMessageOnly: true,
    conflictsNameFields: true,
  });
}

/**
 * For a form whose fields are listed (in form order) by API field name with a label: each message starting with the
 * API's property name starts with the label instead ("neededBy must be" -> "Decision needed by must be"). Every message
 * reaches the summary; inline messages are keyed by API field name.
 */
export function describeLabelledFormErrors(error: unknown, fields: Record<string, LabelledField>): FormErrors {
  const inputOrder = Object.values(fields).map(({ inputId }) => inputId);
  return mapFormErrors(error, {
    locate: (field) => {
      const location = fields[field];
      return location ? { key: field, inputId: location.inputId, property: field.split('.').pop() ?? field, label: location.label } : { key: field };
    },
    order: (inputId) => inputOrder.indexOf(inputId),
  });
}

/**
 * For a form with repeated or reworded fields (an action's milestones and measures): `locate` places each API field,
 * `order` gives each input's place in the form. Every message reaches the summary.
 */
export function describeFormErrors(error: unknown, locate: (apiField: string) => FieldLocation, order: (inputId: string) => number): FormErrors {
  return mapFormErrors(error, { locate, order });
}

export const isStaleVersion = (error: unknown): boolean => error instanceof ApiError && error.code === ErrorCode.StaleVersion;

/** For records where any conflict means someone else acted first (an escalation taken, a meeting's agenda changed). */
export const isStaleOrConflict = (error: unknown): boolean => error instanceof ApiError && (error.code === ErrorCode.StaleVersion || error.status === 409);

export const isForbidden = (error: unknown): boolean => error instanceof ApiError && error.status === 403;

export const isNotFound = (error: unknown): boolean => error instanceof ApiError && error.status === 404;
