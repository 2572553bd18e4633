import { ErrorCode } from '@steerline/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { SERVICE_PROBLEM } from '../../../lib/form-errors';
import { describeSegmentError, shareAsSent, toSegmentRequest } from './segment-form-values';

describe('shareAsSent', () => {
  it('sends a number that reads as one, with or without a percent sign', () => {
    expect(shareAsSent('12.5')).toBe(12.5);
    expect(shareAsSent(' 7 ')).toBe(7);
    expect(shareAsSent('4.25 %')).toBe(4.25);
    expect(shareAsSent('0')).toBe(0);
  });

  it('sends blank as null, not as 0, so an empty field is refused rather than saved as nought', () => {
    expect(shareAsSent('')).toBeNull();
    expect(shareAsSent('   ')).toBeNull();
  });

  it('sends anything else as typed, for the API to refuse', () => {
    expect(shareAsSent('about ten')).toBe('about ten');
    expect(shareAsSent('-3')).toBe('-3');
  });
});

describe('toSegmentRequest', () => {
  it('carries the name, the share as a number, the propensity flag and the description', () => {
    expect(toSegmentRequest({ name: 'Carers', householdShare: '3.5', veryLowPropensity: true, description: 'Unpaid carers' })).toEqual({
      name: 'Carers',
      householdShare: 3.5,
      veryLowPropensity: true,
      description: 'Unpaid carers',
    });
  });
});

describe('describeSegmentError', () => {
  it('puts a duplicate name (409 conflict) beside the name field and links to it from the summary', () => {
    const error = new ApiError(409, 'conflict', 'A segment with this name already exists.', [
      { field: 'name', messages: ['A segment with this name already exists'] },
    ]);
    expect(describeSegmentError(error)).toEqual({
      summary: [{ text: 'A segment with this name already exists', fieldId: 'segment-name' }],
      fields: { name: 'A segment with this name already exists' },
    });
  });

  it('maps 400 details to each field, in the order of the form', () => {
    const error = new ApiError(400, 'validation_failed', 'Not valid.', [
      { field: 'householdShare', messages: ['Enter the share of households as a percentage from 0 to 100, with up to 2 decimal places'] },
      { field: 'name', messages: ["Enter the segment's name"] },
    ]);
    const described = describeSegmentError(error);
    expect(described.summary.map((item) => item.fieldId)).toEqual(['segment-name', 'segment-household-share']);
    expect(described.fields.householdShare).toMatch(/^Enter the share of households/);
  });

  it('says there is a problem with the service for anything that is not the user’s to fix', () => {
    expect(describeSegmentError(new ApiError(500, ErrorCode.Internal, 'Boom.'))).toEqual({ summary: [{ text: SERVICE_PROBLEM }], fields: {} });
  });
});
