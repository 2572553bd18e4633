import type { CreateSegmentRequest, Segment } from '@steerline/contracts';
import { describeFormError, type FormErrors } from '../../../lib/form-errors';

/** The form's fields as the API names them, with the id of the input each one's error links to. */
export const SEGMENT_FIELD_IDS = {
  name: 'segment-name',
  householdShare: 'segment-household-share',
  veryLowPropensity: 'segment-very-low-propensity',
  description: 'segment-description',
} as const;

export type SegmentField = keyof typeof SEGMENT_FIELD_IDS;

/** What the form holds: text as typed, so nothing the user entered is lost or rounded before the API has answered. */
export interface SegmentFormValues {
  name: string;
  householdShare: string;
  veryLowPropensity: boolean;
  description: string;
}

const NUMBER = /^\d+(\.\d+)?$/;

/**
 * The share of households as the API takes it: a number when it reads as one (a trailing "%" is allowed); blank is
 * sent as null and anything else as typed, so the API, which decides what is valid, answers with the field's error.
 */
export function shareAsSent(text: string): number {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return null as unknown as number;
  return NUMBER.test(trimmed) ? Number(trimmed) : (text as unknown as number);
}

export const toSegmentRequest = (values: SegmentFormValues): Required<CreateSegmentRequest> => ({
  name: values.name,
  householdShare: shareAsSent(values.householdShare),
  veryLowPropensity: values.veryLowPropensity,
  description: values.description,
});

export const segmentFormValues = (segment: Segment): SegmentFormValues => ({
  name: segment.name,
  householdShare: String(segment.householdShare),
  veryLowPropensity: segment.veryLowPropensity,
  description: segment.description,
});

/** The error summary and inline messages for a refused save: 400 details, and a 409 conflict naming the field. */
export const describeSegmentError = (error: unknown): FormErrors<SegmentField> => describeFormError(error, SEGMENT_FIELD_IDS);
