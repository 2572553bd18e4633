import type { CreateReviewCycleRequest, ReviewCycleDetail, UpdateReviewCycleRequest } from '@steerline/contracts';

/** What the cycle form holds: every field as typed. */
export interface CycleFormValues {
  name: string;
  periodStart: string;
  periodEnd: string;
  returnsDue: string;
  reminderDaysBefore: string;
}

export const CYCLE_FIELD_IDS = {
  name: 'name',
  periodStart: 'periodStart',
  periodEnd: 'periodEnd',
  returnsDue: 'returnsDue',
  reminderDaysBefore: 'reminderDaysBefore',
} as const;

export type CycleField = keyof typeof CYCLE_FIELD_IDS;

export const EMPTY_CYCLE: CycleFormValues = { name: '', periodStart: '', periodEnd: '', returnsDue: '', reminderDaysBefore: '7' };

export function cycleToValues(cycle: ReviewCycleDetail): CycleFormValues {
  return {
    name: cycle.name,
    periodStart: cycle.periodStart,
    periodEnd: cycle.periodEnd,
    returnsDue: cycle.returnsDue,
    reminderDaysBefore: String(cycle.reminderDaysBefore),
  };
}

/**
 * The request for the values. Dates are sent as typed, trimmed, for the API to check; reminder days left blank are not
 * sent (the API's default applies), and anything but a whole number is sent as typed for the API to refuse.
 */
export function valuesToCreateRequest(values: CycleFormValues): CreateReviewCycleRequest {
  const request: CreateReviewCycleRequest = {
    name: values.name.trim(),
    periodStart: values.periodStart.trim(),
    periodEnd: values.periodEnd.trim(),
    returnsDue: values.returnsDue.trim(),
  };
  const days = values.reminderDaysBefore.trim();
  if (days !== '') request.reminderDaysBefore = /^\d+$/.test(days) ? Number(days) : (days as unknown as number);
  return request;
}

/** Only what changed, with the version it was edited from. */
export function valuesToUpdateRequest(values: CycleFormValues, cycle: ReviewCycleDetail): UpdateReviewCycleRequest {
  const next = valuesToCreateRequest(values);
  const before = valuesToCreateRequest(cycleToValues(cycle));
  const request: UpdateReviewCycleRequest = { version: cycle.version };
  for (const key of Object.keys(next) as (keyof CreateReviewCycleRequest)[]) {
    if (next[key] !== before[key]) (request as unknown as Record<string, unknown>)[key] = next[key];
  }
  return request;
}
