import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { inputOrder, locateField } from './action-form-values';
import { SERVICE_PROBLEM, describeFormErrors } from '../../../lib/form-errors';

const refused = (details: unknown) => new ApiError(400, 'validation_failed', 'The request is not valid.', details);

describe('describeFormErrors', () => {
  it('lists problems in the order of the form, linked to their inputs, with the API’s field names in words', () => {
    const error = refused([
      { field: 'measures.0.target', messages: ['target must be a number'] },
      { field: 'title', messages: ['Enter a title for the action'] },
      { field: 'milestones.1.dueDate', messages: ['dueDate must be a real date written YYYY-MM-DD, like 2026-12-31'] },
    ]);
    const errors = describeFormErrors(error, locateField, inputOrder({ milestones: 2, measures: 1 }));
    expect(errors.summary).toEqual([
      { text: 'Enter a title for the action', fieldId: 'title' },
      { text: 'Milestone 2: Due date must be a real date written YYYY-MM-DD, like 2026-12-31', fieldId: 'milestones-1-dueDate' },
      { text: 'Measure 1: Target must be a number', fieldId: 'measures-0-target' },
    ]);
    expect(errors.fields).toEqual({
      title: 'Enter a title for the action',
      'milestones-1-dueDate': 'Due date must be a real date written YYYY-MM-DD, like 2026-12-31',
      'measures-0-target': 'Target must be a number',
    });
  });

  it('shows one message beside a field but every message in the summary; fields the form lacks are listed unlinked', () => {
    const error = refused([
      { field: 'milestones', messages: ['The milestone "A" is done, so it cannot be removed', 'The milestone "B" is done, so it cannot be removed'] },
      { field: 'version', messages: ['version must be the version of the action you edited'] },
    ]);
    const errors = describeFormErrors(error, locateField, inputOrder({ milestones: 0, measures: 0 }));
    expect(errors.fields).toEqual({ milestones: 'The milestone "A" is done, so it cannot be removed' });
    expect(errors.summary.map((item) => item.fieldId)).toEqual(['milestones', 'milestones', undefined]);
  });

  it('gives the message of a refusal without field details, and a service problem for a failure', () => {
    const forbidden = new ApiError(403, 'forbidden', 'You can only create or edit actions owned by a governance body you are a member of.');
    expect(describeFormErrors(forbidden, locateField, () => 0).summary).toEqual([{ text: forbidden.message }]);
    expect(describeFormErrors(new ApiError(500, 'internal_error', 'boom'), locateField, () => 0).summary).toEqual([{ text: SERVICE_PROBLEM }]);
    expect(describeFormErrors(new TypeError('Failed to fetch'), locateField, () => 0).summary).toEqual([{ text: SERVICE_PROBLEM }]);
  });
});
