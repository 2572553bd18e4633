import type { LinkDetails, SetPasswordResponse } from '@steerline/contracts';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { useDocumentTitle } from '../../../lib/document-title';
import { describeFormError } from '../../../lib/form-errors';
import { useSetPassword } from '../api/set-password';
import { isLinkRefusal, LinkRefused } from './link-refused';
import { PASSWORD_HINT } from './password-hint';

interface SetPasswordFormProps {
  token: string;
  link: LinkDetails;
  onSet: (result: SetPasswordResponse) => void;
}

const HEADINGS = { set_password: 'Set your password', invitation: 'Set your password', reset: 'Reset your password' } as const;

export function SetPasswordForm({ token, link, onSet }: SetPasswordFormProps) {
  const set = useSetPassword();
  const heading = HEADINGS[link.purpose];
  const errors = set.isError && !isLinkRefusal(set.error) ? describeFormError(set.error, { password: 'new-password' }) : undefined;
  useDocumentTitle(errors ? `Error: ${heading}` : heading);
  if (set.isError && isLinkRefusal(set.error)) return <LinkRefused error={set.error} />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (set.isPending) return;
    const password = String(new FormData(event.currentTarget).get('password') ?? '');
    set.mutate({ token, password }, { onSuccess: onSet });
  };

  return (
    <>
      {errors && <ErrorSummary key={set.submittedAt} items={errors.summary} />}
      <h1 className="govuk-heading-l">{heading}</h1>
      <p className="govuk-body">
        Hello {link.name}. Choose the password you will sign in to Steerline with, using the email address <strong>{link.email}</strong>.
      </p>
      <form noValidate onSubmit={submit}>
        {/* For password managers: the account the new password belongs to. */}
        <input type="hidden" name="username" autoComplete="username" value={link.email} readOnly />
        <TextInput id="new-password" name="password" type="password" label="New password" hint={PASSWORD_HINT} autoComplete="new-password" error={errors?.fields.password} />
        <button type="submit" className="govuk-button">
          Set password
        </button>
      </form>
    </>
  );
}
