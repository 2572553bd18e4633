import type { ReviewCycleDetail } from '@steerline/contracts';
import { describe, expect, it } from 'vitest';
import { cycleToValues, valuesToCreateRequest, valuesToUpdateRequest } from './cycle-form-values';

const cycle = {
  id: 'c1',
  name: 'April to September 2026',
  periodStart: '2026-04-01',
  periodEnd: '2026-09-30',
  returnsDue: '2026-10-31',
  reminderDaysBefore: 7,
  version: 3,
} as ReviewCycleDetail;

describe('the review cycle form and its requests', () => {
  it('trims what was typed and sends reminder days as a number', () => {
    expect(
      valuesToCreateRequest({ name: '  Autumn review ', periodStart: ' 2026-04-01', periodEnd: '2026-09-30 ', returnsDue: '2026-10-31', reminderDaysBefore: ' 14 ' }),
    ).toEqual({ name: 'Autumn review', periodStart: '2026-04-01', periodEnd: '2026-09-30', returnsDue: '2026-10-31', reminderDaysBefore: 14 });
  });

  it('leaves blank reminder days out, and sends anything but a whole number as typed for the API to refuse', () => {
    expect(valuesToCreateRequest({ ...cycleToValues(cycle), reminderDaysBefore: '' })).not.toHaveProperty('reminderDaysBefore');
    expect(valuesToCreateRequest({ ...cycleToValues(cycle), reminderDaysBefore: 'a week' }).reminderDaysBefore).toBe('a week');
  });

  it('sends only what changed, with the version the form was loaded at', () => {
    const values = { ...cycleToValues(cycle), returnsDue: '2026-11-15', reminderDaysBefore: '10' };
    expect(valuesToUpdateRequest(values, cycle)).toEqual({ version: 3, returnsDue: '2026-11-15', reminderDaysBefore: 10 });
    expect(valuesToUpdateRequest(cycleToValues(cycle), cycle)).toEqual({ version: 3 });
  });
});
