import type { PartnerContact } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { ErrorSummary } from '../../../components/error-summary';
import { StaleVersionNotice, useReloadLatest } from '../../../components/stale-version-notice';
import { describeFormError, isStaleVersion } from '../../../lib/form-errors';
import { useCreateContact } from '../api/create-contact';
import { partnerQueryOptions } from '../api/get-partner';
import { useRemoveContact } from '../api/remove-contact';
import { useUpdateContact } from '../api/update-contact';
import { ContactForm, type ContactValues } from './contact-form';
import { FormPanel } from './form-panel';

/** Blank optional fields are sent as null, so a cleared email address or phone number is removed. */
const toRequest = (values: ContactValues) => ({
  name: values.name,
  role: values.role,
  email: values.email.trim() === '' ? null : values.email,
  phone: values.phone.trim() === '' ? null : values.phone,
});

interface AddContactPanelProps {
  partnerId: string;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

export function AddContactPanel({ partnerId, onSaved, onCancel }: AddContactPanelProps) {
  const create = useCreateContact(partnerId);
  return (
    <FormPanel heading="Add a contact" level={3}>
      <ContactForm
        submitText="Add contact"
        pending={create.isPending}
        error={create.error}
        attempt={create.submittedAt}
        onSubmit={(values) => create.mutate(toRequest(values), { onSuccess: (contact) => onSaved(contact.name) })}
        onCancel={onCancel}
      />
    </FormPanel>
  );
}

interface EditContactPanelProps {
  partnerId: string;
  contact: PartnerContact;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

export function EditContactPanel({ partnerId, contact, onSaved, onCancel }: EditContactPanelProps) {
  const update = useUpdateContact(partnerId, contact.id);
  const queryClient = useQueryClient();
  const stale = update.isError && isStaleVersion(update.error);
  const { reload, reloading } = useReloadLatest({
    refetch: () => queryClient.refetchQueries({ queryKey: partnerQueryOptions(partnerId).queryKey, exact: true }),
    onReloaded: () => update.reset(),
    focusId: 'contact-name',
  });

  return (
    <FormPanel heading={`Change contact: ${contact.name}`} level={3}>
      {stale && <StaleVersionNotice what="contact" onReload={reload} reloading={reloading} />}
      <ContactForm
        key={contact.version}
        defaults={contact}
        submitText="Save contact"
        pending={update.isPending}
        error={update.isError && !stale ? update.error : undefined}
        attempt={update.submittedAt}
        onSubmit={(values) => update.mutate({ version: contact.version, ...toRequest(values) }, { onSuccess: (saved) => onSaved(saved.name) })}
        onCancel={onCancel}
      />
    </FormPanel>
  );
}

interface RemoveContactPanelProps {
  partnerId: string;
  partnerName: string;
  contact: PartnerContact;
  onRemoved: () => void;
  onCancel: () => void;
}

/** Asks before removing, since a removed contact cannot be brought back (the audit trail keeps a record). */
export function RemoveContactPanel({ partnerId, partnerName, contact, onRemoved, onCancel }: RemoveContactPanelProps) {
  const remove = useRemoveContact(partnerId);
  const errors = remove.isError ? describeFormError(remove.error, {}) : undefined;
  return (
    <FormPanel heading={`Remove ${contact.name}?`} level={3}>
      {errors && <ErrorSummary key={remove.submittedAt} items={errors.summary} />}
      <p className="govuk-body">
        {contact.name} will no longer be listed as a contact for {partnerName}. The audit trail keeps a record of the removal.
      </p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--warning"
          disabled={remove.isPending}
          onClick={() => remove.mutate(contact.id, { onSuccess: onRemoved })}
        >
          Yes, remove contact
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </FormPanel>
  );
}
