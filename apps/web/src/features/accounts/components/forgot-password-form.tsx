import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { useDocumentTitle } from '../../../lib/document-title';
import { describeFormError } from '../../../lib/form-errors';
import { useRequestReset } from '../api/request-reset';

const HEADING = 'Reset your password';

/** Asks for the e-mail address; the same confirmation follows whether or not it has an account. */
export function ForgotPasswordForm({ onSent }: { onSent: (email: string) => void }) {
  const reset = useRequestReset();
  const errors = reset.isError ? describeFormError(reset.error, { email: 'email' }) : undefined;
  useDocumentTitle(errors ? `Error: ${HEADING}` : HEADING);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reset.isPending) return;
    const email = String(new FormData(event.currentTarget).get('email') ?? '');
    reset.mutate({ email }, { onSuccess: () => onSent(email.trim()) });
  };

  return (
    <>
      {errors && <ErrorSummary key={reset.submittedAt} items={errors.summary} />}
      <h1 className="govuk-heading-l">{HEADING}</h1>
      <p className="govuk-body">Enter the email address you sign in with. If it has a Steerline account, we will email it a link to choose a new password.</p>
      <form noValidate onSubmit={submit}>
        <TextInput id="email" name="email" type="email" label="Email address" autoComplete="email" spellCheck={false} error={errors?.fields.email} />
        <button type="submit" className="govuk-button">
          Send reset link
        </button>
      </form>
    </>
  );
}
