import type { CreatePartnerContactRequest } from '@steerline/contracts';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { TextInput } from '../../../components/text-input';
import { describeFormError } from '../../../lib/form-errors';

const FIELD_IDS = { name: 'contact-name', role: 'contact-role', email: 'contact-email', phone: 'contact-phone' };

export interface ContactValues {
  name: string;
  role: string;
  email: string;
  phone: string;
}

interface ContactFormProps {
  defaults?: Partial<CreatePartnerContactRequest>;
  submitText: string;
  pending: boolean;
  error: unknown;
  attempt: number;
  onSubmit: (values: ContactValues) => void;
  onCancel: () => void;
}

/** A person to contact at a partner organisation; email and phone may be left blank. */
export function ContactForm({ defaults, submitText, pending, error, attempt, onSubmit, onCancel }: ContactFormProps) {
  const errors = error ? describeFormError(error, FIELD_IDS) : undefined;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const value = (name: keyof ContactValues) => String(form.get(name) ?? '');
    onSubmit({ name: value('name'), role: value('role'), email: value('email'), phone: value('phone') });
  };
  return (
    <form noValidate onSubmit={submit}>
      {errors && <ErrorSummary key={attempt} items={errors.summary} />}
      <TextInput id={FIELD_IDS.name} name="name" label="Name" defaultValue={defaults?.name} autoComplete="off" error={errors?.fields.name} />
      <TextInput
        id={FIELD_IDS.role}
        name="role"
        label="Role (optional)"
        hint="For example, Volunteer co-ordinator"
        defaultValue={defaults?.role}
        autoComplete="off"
        error={errors?.fields.role}
      />
      <TextInput
        id={FIELD_IDS.email}
        name="email"
        type="email"
        label="Email address (optional)"
        defaultValue={defaults?.email ?? ''}
        autoComplete="off"
        spellCheck={false}
        error={errors?.fields.email}
      />
      <TextInput
        id={FIELD_IDS.phone}
        name="phone"
        type="tel"
        label="Phone number (optional)"
        hint="For example, 01603 212121"
        defaultValue={defaults?.phone ?? ''}
        autoComplete="off"
        error={errors?.fields.phone}
      />
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button">
          {submitText}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
