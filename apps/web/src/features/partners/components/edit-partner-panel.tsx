import type { PartnerDetail } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { StaleVersionNotice, useReloadLatest } from '../../../components/stale-version-notice';
import { isStaleVersion } from '../../../lib/form-errors';
import { partnerQueryOptions } from '../api/get-partner';
import { useUpdatePartner } from '../api/update-partner';
import { FormPanel } from './form-panel';
import { PartnerForm } from './partner-form';

interface EditPartnerPanelProps {
  partner: PartnerDetail;
  onSaved: () => void;
  onCancel: () => void;
}

/** Changes a partner's name and description; a save based on an out-of-date version is refused, never overwrites. */
export function EditPartnerPanel({ partner, onSaved, onCancel }: EditPartnerPanelProps) {
  const update = useUpdatePartner(partner.id);
  const queryClient = useQueryClient();
  const stale = update.isError && isStaleVersion(update.error);
  const { reload, reloading } = useReloadLatest({
    refetch: () => queryClient.refetchQueries({ queryKey: partnerQueryOptions(partner.id).queryKey, exact: true }),
    onReloaded: () => update.reset(),
    focusId: 'partner-name',
  });

  return (
    <FormPanel heading="Change partner details" level={2}>
      {stale && <StaleVersionNotice what="partner" onReload={reload} reloading={reloading} />}
      <PartnerForm
        key={partner.version}
        defaults={{ name: partner.name, description: partner.description }}
        submitText="Save changes"
        pending={update.isPending}
        error={update.isError && !stale ? update.error : undefined}
        attempt={update.submittedAt}
        onSubmit={(values) => update.mutate({ version: partner.version, ...values }, { onSuccess: onSaved })}
        onCancel={onCancel}
      />
    </FormPanel>
  );
}
