import { ErrorCode, type MeResponse } from '@steerline/contracts';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/document-title';
import { describeFormError, type FormErrors } from '../../../lib/form-errors';
import { useSignInWithCode } from '../api/sign-in-with-code';
import { describeSignInError } from './sign-in-errors';

const HEADING = 'Enter the code from your authenticator app';
const FIELD_IDS = { code: 'code' };

function describeCodeError(error: unknown): FormErrors<'code'> {
  if (error instanceof ApiError && error.code === ErrorCode.NoSignInPending) return { summary: [{ text: 'Your sign-in has expired. Sign in again with your email address and password.' }], fields: {} };
  if (error instanceof ApiError && error.code === ErrorCode.TooManyAttempts) return { summary: describeSignInError(error).summary, fields: {} };
  return describeFormError(error, FIELD_IDS);
}

/** The second step of a password sign-in: a code from the app, or one of the recovery codes. */
export function TwoFactorCodeForm({ onSignedIn }: { onSignedIn: (me: MeResponse) => void }) {
  const signIn = useSignInWithCode();
  const errors = signIn.isError ? describeCodeError(signIn.error) : undefined;
  useDocumentTitle(errors ? `Error: ${HEADING}` : HEADING);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    signIn.mutate({ code: String(new FormData(event.currentTarget).get('code') ?? '') }, { onSuccess: onSignedIn });
  };

  return (
    <>
      {errors && <ErrorSummary key={signIn.submittedAt} items={errors.summary} />}
      <h1 className="govuk-heading-l">{HEADING}</h1>
      <form noValidate onSubmit={submit}>
        <TextInput
          id={FIELD_IDS.code}
          name="code"
          label="Code"
          hint="The 6-digit code your authenticator app shows for Steerline. If you do not have your phone, enter one of your recovery codes: each works once."
          autoComplete="one-time-code"
          spellCheck={false}
          width={10}
          error={errors?.fields.code}
        />
        <button type="submit" className="govuk-button">
          Continue
        </button>
      </form>
      <p className="govuk-body">
        Lost your phone and your recovery codes? Ask your Steerline administrator to reset your two-factor authentication, then{' '}
        <Link className="govuk-link" to="/sign-in">
          sign in again
        </Link>
        .
      </p>
    </>
  );
}
