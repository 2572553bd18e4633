import { ErrorCode } from '@steerline/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client';
import { describeFormError, describeLabelledFormErrors, isStaleOrConflict, isStaleVersion, SERVICE_PROBLEM } from './form-errors';

const FIELDS = { name: 'partner-name', description: 'partner-description' };

describe('describeFormError', () => {
  it('puts each field problem beside its field and links to it from the summary, in the order of the form', () => {
    const error = new ApiError(400, 'validation_failed', 'Not valid.', [
      { field: 'description', messages: ['The description must be 2000 characters or fewer'] },
      { field: 'name', messages: ["Enter the partner's name", 'second message'] },
    ]);
    expect(describeFormError(error, FIELDS)).toEqual({
      summary: [
        { text: "Enter the partner's name", fieldId: 'partner-name' },
        { text: 'The description must be 2000 characters or fewer', fieldId: 'partner-description' },
      ],
      fields: { name: "Enter the partner's name", description: 'The description must be 2000 characters or fewer' },
    });
  });

  it('shows the field problems of a conflict, such as an email address already taken', () => {
    const error = new ApiError(409, 'conflict', 'Someone already has this email address.', [{ field: 'email', messages: ['Someone already has this email address'] }]);
    expect(describeFormError(error, { email: 'user-email' }).fields).toEqual({ email: 'Someone already has this email address' });
  });

  it('keeps problems with fields the form does not show, unlinked', () => {
    const error = new ApiError(400, 'validation_failed', 'Not valid.', [{ field: 'version', messages: ['version must be an integer'] }]);
    expect(describeFormError(error, FIELDS)).toEqual({ summary: [{ text: 'version must be an integer' }], fields: {} });
  });

  it("uses the API's message for a refusal without field details", () => {
    const error = new ApiError(403, 'forbidden', 'You cannot remove your own administrator rights. Ask another administrator.');
    expect(describeFormError(error, FIELDS).summary).toEqual([{ text: 'You cannot remove your own administrator rights. Ask another administrator.' }]);
  });

  it('apologises for a server failure or a network error', () => {
    expect(describeFormError(new ApiError(500, 'internal_error', 'boom'), FIELDS).summary).toEqual([{ text: SERVICE_PROBLEM }]);
    expect(describeFormError(new TypeError('Failed to fetch'), FIELDS).summary).toEqual([{ text: SERVICE_PROBLEM }]);
  });

  it('tells a stale version apart', () => {
    expect(isStaleVersion(new ApiError(409, 'stale_version', 'Changed.'))).toBe(true);
    expect(isStaleVersion(new ApiError(409, 'conflict', 'Taken.'))).toBe(false);
    expect(isStaleOrConflict(new ApiError(409, 'conflict', 'Already taken by another reviewer.'))).toBe(true);
    expect(isStaleOrConflict(new ApiError(400, 'validation_failed', 'Not valid.'))).toBe(false);
  });

  it('files a nested field under its parent and keeps only the first problem of a field', () => {
    const error = new ApiError(400, 'validation_failed', 'Not valid.', [
      { field: 'name.first', messages: ['Enter a first name'] },
      { field: 'name', messages: ['Enter a name'] },
    ]);
    expect(describeFormError(error, FIELDS)).toEqual({ summary: [{ text: 'Enter a first name', fieldId: 'partner-name' }], fields: { name: 'Enter a first name' } });
  });
});

const LABELLED_FIELDS = { problem: { inputId: 'problem', label: 'What is wrong' }, neededBy: { inputId: 'neededBy', label: 'Decision needed by' } };

describe('describeLabelledFormErrors (the escalation forms)', () => {
  it('links each field error in form order and rewords the property name', () => {
    const error = new ApiError(400, ErrorCode.ValidationFailed, 'Invalid', [
      { field: 'neededBy', messages: ['neededBy must be a date'] },
      { field: 'problem', messages: ['Say what is wrong'] },
      { field: 'other', messages: ['Something else'] },
    ]);
    const result = describeLabelledFormErrors(error, LABELLED_FIELDS);
    expect(result.summary).toEqual([
      { text: 'Say what is wrong', fieldId: 'problem' },
      { text: 'Decision needed by must be a date', fieldId: 'neededBy' },
      { text: 'Something else' },
    ]);
    expect(result.fields).toEqual({ problem: 'Say what is wrong', neededBy: 'Decision needed by must be a date' });
  });

  it('says there is a service problem for anything but an API refusal', () => {
    expect(describeLabelledFormErrors(new Error('network'), LABELLED_FIELDS).summary).toEqual([{ text: SERVICE_PROBLEM }]);
  });
});
