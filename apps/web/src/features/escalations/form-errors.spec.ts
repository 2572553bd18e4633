import { ErrorCode } from '@steerline/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../lib/api-client';
import { SERVICE_PROBLEM, describeErrors } from './form-errors';

const FIELDS = { problem: { inputId: 'problem', label: 'What is wrong' }, neededBy: { inputId: 'neededBy', label: 'Decision needed by' } };

describe('escalation form errors', () => {
  it('links each field error in form order and rewords the property name', () => {
    const error = new ApiError(400, ErrorCode.ValidationFailed, 'Invalid', [
      { field: 'neededBy', messages: ['neededBy must be a date'] },
      { field: 'problem', messages: ['Say what is wrong'] },
      { field: 'other', messages: ['Something else'] },
    ]);
    const result = describeErrors(error, FIELDS);
    expect(result.summary).toEqual([
      { text: 'Say what is wrong', fieldId: 'problem' },
      { text: 'Decision needed by must be a date', fieldId: 'neededBy' },
      { text: 'Something else' },
    ]);
    expect(result.fields).toEqual({ problem: 'Say what is wrong', neededBy: 'Decision needed by must be a date' });
  });

  it('says there is a service problem for anything but an API refusal', () => {
    expect(describeErrors(new Error('network'), FIELDS).summary).toEqual([{ text: SERVICE_PROBLEM }]);
  });
});
