import type { SignProtocolRequest } from '@steerline/contracts';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { describeFormError } from '../../../lib/form-errors';

const FIELD_IDS = { protocolName: 'protocol-name', protocolVersion: 'protocol-version', signedOn: 'protocol-signed-on', signedBy: 'protocol-signed-by' };

interface ProtocolFormProps {
  pending: boolean;
  error: unknown;
  attempt: number;
  onSubmit: (values: SignProtocolRequest) => void;
  onCancel: () => void;
}

/** Records that the partner signed up to a shared protocol, such as the "inline for online" signposting protocol. */
export function ProtocolForm({ pending, error, attempt, onSubmit, onCancel }: ProtocolFormProps) {
  const errors = error ? describeFormError(error, FIELD_IDS) : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const value = (name: keyof SignProtocolRequest) => String(form.get(name) ?? '').trim();
    onSubmit({ protocolName: value('protocolName'), protocolVersion: value('protocolVersion'), signedOn: value('signedOn'), signedBy: value('signedBy') });
  };
  return (
    <form noValidate onSubmit={submit}>
      {errors && <ErrorSummary key={attempt} items={errors.summary} />}
      <TextInput
        id={FIELD_IDS.protocolName}
        name="protocolName"
        label="Protocol"
        hint="For example, Inline for online signposting protocol"
        autoComplete="off"
        error={errors?.fields.protocolName}
      />
      <TextInput
        id={FIELD_IDS.protocolVersion}
        name="protocolVersion"
        label="Version signed"
        hint="For example, 1.0"
        autoComplete="off"
        spellCheck={false}
        error={errors?.fields.protocolVersion}
      />
      <TextInput
        id={FIELD_IDS.signedOn}
        name="signedOn"
        label="Date signed"
        hint="For example, 2026-04-01"
        autoComplete="off"
        spellCheck={false}
        error={errors?.fields.signedOn}
      />
      <TextInput
        id={FIELD_IDS.signedBy}
        name="signedBy"
        label="Signed by"
        hint="The person who signed for the partner, for example, Jo Bloggs, Director"
        autoComplete="off"
        error={errors?.fields.signedBy}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          Record signed protocol
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
