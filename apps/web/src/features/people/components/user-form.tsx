import type { AdminUser, BodySummary } from '@steerline/contracts';
import type { FormEvent } from 'react';
import { ErrorSummary } from '../../../components/error-summary';
import { Select } from '../../../components/select';
import { TextInput } from '../../../components/text-input';
import { describeFormError } from '../../../lib/form-errors';

const FIELD_IDS = {
  name: 'user-name',
  email: 'user-email',
  bodyIds: 'user-bodies',
  partnerId: 'user-partner',
  isAdmin: 'user-admin',
};

export interface UserFormValues {
  name: string;
  email: string;
  bodyIds: string[];
  partnerId: string | null;
  isAdmin: boolean;
}

interface UserFormProps {
  /** Creating asks for the email address the invitation goes to; editing does not change it. */
  mode: 'create' | 'edit';
  user?: AdminUser;
  bodies: BodySummary[];
  partners: { id: string; name: string }[];
  submitText: string;
  pending: boolean;
  error: unknown;
  attempt: number;
  onSubmit: (values: UserFormValues) => void;
}

export function UserForm({ mode, user, bodies, partners, submitText, pending, error, attempt, onSubmit }: UserFormProps) {
  const errors = error ? describeFormError(error, FIELD_IDS) : undefined;
  const memberOf = new Set(user?.bodies.map((body) => body.id));
  // A retired body takes no new members; someone still in one sees it, to take them out.
  const offered = bodies.filter((body) => !body.retired || memberOf.has(body.id));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? '');
    onSubmit({
      name: text('name'),
      email: text('email'),
      bodyIds: form.getAll('bodyIds').map(String),
      partnerId: text('partnerId') || null,
      isAdmin: form.get('isAdmin') === 'yes',
    });
  };

  const bodiesHintId = `${FIELD_IDS.bodyIds}-hint`;
  const bodiesErrorId = `${FIELD_IDS.bodyIds}-error`;
  const adminHintId = `${FIELD_IDS.isAdmin}-hint`;
  const adminErrorId = `${FIELD_IDS.isAdmin}-error`;

  return (
    <form noValidate onSubmit={submit}>
      {errors && <ErrorSummary key={attempt} items={errors.summary} />}
      <TextInput id={FIELD_IDS.name} name="name" label="Full name" defaultValue={user?.name} autoComplete="off" spellCheck={false} error={errors?.fields.name} />
      {mode === 'create' && (
        <TextInput
          id={FIELD_IDS.email}
          name="email"
          type="email"
          label="Email address"
          hint="They sign in with this address. We send their invitation to set a password to it."
          autoComplete="off"
          spellCheck={false}
          error={errors?.fields.email}
        />
      )}

      <div className={errors?.fields.bodyIds ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <fieldset className="govuk-fieldset" aria-describedby={[bodiesHintId, errors?.fields.bodyIds && bodiesErrorId].filter(Boolean).join(' ')}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Governance bodies</legend>
          <div id={bodiesHintId} className="govuk-hint">
            Select all that apply. What the person may do follows from the bodies they belong to.
          </div>
          {errors?.fields.bodyIds && (
            <p id={bodiesErrorId} className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errors.fields.bodyIds}
            </p>
          )}
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {offered.map((body, index) => {
              const id = index === 0 ? FIELD_IDS.bodyIds : `${FIELD_IDS.bodyIds}-${index + 1}`;
              return (
                <div className="govuk-checkboxes__item" key={body.id}>
                  <input
                    className="govuk-checkboxes__input"
                    id={id}
                    name="bodyIds"
                    type="checkbox"
                    value={body.id}
                    defaultChecked={memberOf.has(body.id)}
                    aria-describedby={`${id}-item-hint`}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                    {body.retired ? `${body.name} (retired)` : body.name}
                  </label>
                  <div id={`${id}-item-hint`} className="govuk-hint govuk-checkboxes__hint">
                    {body.remit}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>

      <Select
        id={FIELD_IDS.partnerId}
        name="partnerId"
        label="Partner organisation (optional)"
        hint="For someone who works for a partner: they may post progress updates on the actions their organisation works on"
        defaultValue={user?.partner?.id ?? ''}
        options={[{ value: '', text: 'None' }, ...partners.map((partner) => ({ value: partner.id, text: partner.name }))]}
        error={errors?.fields.partnerId}
      />

      <div className={errors?.fields.isAdmin ? 'govuk-form-group govuk-form-group--error' : 'govuk-form-group'}>
        <fieldset className="govuk-fieldset" aria-describedby={[adminHintId, errors?.fields.isAdmin && adminErrorId].filter(Boolean).join(' ')}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Administrator</legend>
          <div id={adminHintId} className="govuk-hint">
            Administrators manage people, bodies, partners and population segments, and can see the audit trail.
          </div>
          {errors?.fields.isAdmin && (
            <p id={adminErrorId} className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {errors.fields.isAdmin}
            </p>
          )}
          <div className="govuk-checkboxes govuk-checkboxes--small">
            <div className="govuk-checkboxes__item">
              <input className="govuk-checkboxes__input" id={FIELD_IDS.isAdmin} name="isAdmin" type="checkbox" value="yes" defaultChecked={user?.isAdmin ?? false} />
              <label className="govuk-label govuk-checkboxes__label" htmlFor={FIELD_IDS.isAdmin}>
                This person is an administrator
              </label>
            </div>
          </div>
        </fieldset>
      </div>

      <button type="submit" className="govuk-button">
        {submitText}
      </button>
    </form>
  );
}
