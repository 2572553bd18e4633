import type { PartnerDetail } from '@steerline/contracts';
import { useCreatePartner } from '../api/create-partner';
import { FormPanel } from './form-panel';
import { PartnerForm } from './partner-form';

interface AddPartnerPanelProps {
  onAdded: (partner: PartnerDetail) => void;
  onCancel: () => void;
}

export function AddPartnerPanel({ onAdded, onCancel }: AddPartnerPanelProps) {
  const create = useCreatePartner();
  return (
    <FormPanel heading="Add a partner" level={2}>
      <PartnerForm
        submitText="Add partner"
        pending={create.isPending}
        error={create.error}
        attempt={create.submittedAt}
        onSubmit={(values) => create.mutate(values, { onSuccess: onAdded })}
        onCancel={onCancel}
      />
    </FormPanel>
  );
}
