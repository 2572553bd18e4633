import type { MeResponse } from '@steerline/contracts';
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
  onSignedIn: (me: MeResponse) => void;
}

export function SignInForm({ heading, notice, onSignedIn }: SignInFormProps) {
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
      <form noValidate onSubmit={submit}>
        <TextInput id="email" name="email" type="email" label="Email address" autoComplete="email" spellCheck={false} error={errors?.fields.email} />
        <TextInput id="password" name="password" type="password" label="Password" autoComplete="current-password" error={errors?.fields.password} />
        <button type="submit" className="govuk-button">
          Sign in
        </button>
      </form>
    </>
  );
}
