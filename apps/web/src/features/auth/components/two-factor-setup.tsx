import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { useDocumentTitle } from '../../../lib/document-title';
import { describeFormError } from '../../../lib/form-errors';
import { useEnrolTwoFactor } from '../api/enrol-two-factor';
import { useTwoFactorSetup } from '../api/set-up-two-factor';
import { RECOVERY_CODES_HEADING, RecoveryCodes } from './recovery-codes';

const HEADING = 'Set up two-factor authentication';
const FIELD_IDS = { code: 'code' };

/** The secret in groups of four, as authenticator apps show it and people type it. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/** Enrolling an authenticator app: the QR code (and its key as text), the first code to confirm it, then the recovery codes. */
export function TwoFactorSetupFlow({ onDone, introduction }: { onDone: () => void; introduction?: string }) {
  const setup = useTwoFactorSetup();
  const enrol = useEnrolTwoFactor();
  const errors = enrol.isError ? describeFormError(enrol.error, FIELD_IDS) : undefined;
  useDocumentTitle(enrol.isSuccess ? RECOVERY_CODES_HEADING : errors ? `Error: ${HEADING}` : HEADING);

  if (enrol.isSuccess) return <RecoveryCodes codes={enrol.data.recoveryCodes} onContinue={onDone} />;
  if (setup.isPending) return <p className="govuk-body">Making your key…</p>;
  if (setup.isError) return <ErrorSummary items={describeFormError(setup.error, FIELD_IDS).summary} />;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (enrol.isPending) return;
    enrol.mutate({ code: String(new FormData(event.currentTarget).get('code') ?? '') });
  };
  const key = grouped(setup.data.secret);

  return (
    <>
      {errors && <ErrorSummary key={enrol.submittedAt} items={errors.summary} />}
      <h1 className="govuk-heading-l">{HEADING}</h1>
      {introduction && <p className="govuk-body">{introduction}</p>}
      <ol className="govuk-list govuk-list--number">
        <li>Install an authenticator app on your phone, such as Microsoft Authenticator or Google Authenticator.</li>
        <li>
          In the app, add an account and scan this QR code.
          <img className="app-qr-code" src={setup.data.qrCode} width={200} height={200} alt="QR code that adds Steerline to your authenticator app" />
          If you cannot scan it, choose to enter a key and type this one: <code className="app-recovery-code" data-testid="totp-key">{key}</code>
        </li>
        <li>Enter the 6-digit code the app now shows for Steerline.</li>
      </ol>
      <form noValidate onSubmit={submit}>
        <TextInput id={FIELD_IDS.code} name="code" label="Code from the app" inputMode="numeric" autoComplete="one-time-code" spellCheck={false} width={5} error={errors?.fields.code} />
        <button type="submit" className="govuk-button">
          Turn on two-factor authentication
        </button>
      </form>
    </>
  );
}
