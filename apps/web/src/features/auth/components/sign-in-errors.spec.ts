import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-client';
import { describeSignInError } from './sign-in-errors';

describe('describeSignInError', () => {
  it('tells a locked-out user how long to wait, from the API’s retryAfterSeconds', () => {
    const error = new ApiError(429, 'too_many_attempts', 'Too many failed sign-in attempts.', { retryAfterSeconds: 900 });

    expect(describeSignInError(error)).toEqual({
      summary: [{ text: 'You have tried to sign in too many times. Wait 15 minutes and try again.' }],
      fields: {},
    });
  });

  it('orders field errors as the form does and ignores fields the form does not have', () => {
    const error = new ApiError(400, 'validation_failed', 'Not valid.', [
      { field: 'extra', messages: ['property extra should not exist'] },
      { field: 'password', messages: ['Enter your password'] },
      { field: 'email', messages: ['Enter an email address in the correct format, like name@example.com'] },
    ]);

    expect(describeSignInError(error).summary.map((item) => item.fieldId)).toEqual(['email', 'password']);
  });

  it('falls back to the service problem message for anything it cannot explain', () => {
    expect(describeSignInError(new TypeError('Failed to fetch')).summary).toEqual([{ text: 'Sorry, there is a problem with the service. Try again later.' }]);
  });
});
