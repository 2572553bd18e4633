import type { FormEvent } from 'react';
import { useRef } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { describeFormError } from '../../../lib/form-errors';
import { useChangePassword } from '../api/change-password';
import { PASSWORD_HINT } from './password-hint';

const FIELD_IDS = { currentPassword: 'current-password', newPassword: 'new-password' };

/** Changing one's own password; every other session of the person ends, this one stays signed in. */
export function ChangePasswordForm({ email, onChanged }: { email: string; onChanged: () => void }) {
  const change = useChangePassword();
  const form = useRef<HTMLFormElement>(null);
  const errors = change.isError ? describeFormError(change.error, FIELD_IDS) : undefined;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const data = new FormData(event.currentTarget);
    change.mutate(
      { currentPassword: String(data.get('currentPassword') ?? ''), newPassword: String(data.get('newPassword') ?? '') },
      {
        onSuccess: () => {
          form.current?.reset();
          onChanged();
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} ref={form} aria-labelledby="change-password-heading">
      <h2 className="govuk-heading-m" id="change-password-heading">
        Change your password
      </h2>
      {errors && <ErrorSummary key={change.submittedAt} items={errors.summary} />}
      <p className="govuk-body">Changing your password signs you out on every other device and browser.</p>
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <TextInput id={FIELD_IDS.currentPassword} name="currentPassword" type="password" label="Current password" autoComplete="current-password" error={errors?.fields.currentPassword} />
      <TextInput id={FIELD_IDS.newPassword} name="newPassword" type="password" label="New password" hint={PASSWORD_HINT} autoComplete="new-password" error={errors?.fields.newPassword} />
      <button type="submit" className="govuk-button">
        Change password
      </button>
    </form>
  );
}
