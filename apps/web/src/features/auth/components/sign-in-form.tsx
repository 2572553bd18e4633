import type { SignInResponse } from '@steerline/contracts';
import type { FormEvent, ReactNode } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { useDocumentTitle } from '../../../lib/document-title';
import { useSignIn } from '../api/sign-in';
import { describeSignInError } from './sign-in-errors';

interface SignInFormProps {
  heading: string;
  /** Shown above the heading until an attempt fails; then the error summary takes its place. */
  notice?: ReactNode;
  /** Between the heading and the password form: single sign-on, when the council has it. */
  singleSignOn?: ReactNode;
  /** A heading of its own for the password form, when it is not the only way in. */
  passwordHeading?: string;
  /** False when PASSWORD_SIGN_IN is off: single sign-on is then the only way in. */
  passwords?: boolean;
  onSignedIn: (answer: SignInResponse) => void;
}

export function SignInForm({ heading, notice, singleSignOn, passwordHeading, passwords = true, onSignedIn }: SignInFormProps) {
  const signIn = useSignIn();
  const errors = signIn.isError ? describeSignInError(signIn.error) : undefined;
  useDocumentTitle(errors ? `Error: ${heading}` : heading);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signIn.isPending) return;
    const form = new FormData(event.currentTarget);
    signIn.mutate({ email: String(form.get('email') ?? ''), password: String(form.get('password') ?? '') }, { onSuccess: onSignedIn });
  };

  return (
    <>
      {errors ? <ErrorSummary key={signIn.submittedAt} items={errors.summary} /> : notice}
      <h1 className="govuk-heading-l">{heading}</h1>
      {singleSignOn}
      {passwords && (
        <form noValidate onSubmit={submit} aria-labelledby={passwordHeading ? 'password-sign-in-heading' : undefined}>
          {passwordHeading && (
            <h2 className="govuk-heading-m" id="password-sign-in-heading">
              {passwordHeading}
            </h2>
          )}
          <TextInput id="email" name="email" type="email" label="Email address" autoComplete="email" spellCheck={false} error={errors?.fields.email} />
          <TextInput id="password" name="password" type="password" label="Password" autoComplete="current-password" error={errors?.fields.password} />
          <button type="submit" className="govuk-button">
            Sign in
          </button>
        </form>
      )}
    </>
  );
}
