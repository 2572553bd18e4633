import type { AdminUser, BodySummary } from '@steerline/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { StaleVersionNotice, useReloadLatest } from '../../../components/stale-version-notice';
import { isStaleVersion } from '../../../lib/form-errors';
import { adminUsersQueryOptions } from '../api/get-admin-users';
import { useUpdateUser } from '../api/update-user';
import { UserForm } from './user-form';

interface EditUserFormProps {
  user: AdminUser;
  bodies: BodySummary[];
  partners: { id: string; name: string }[];
  onSaved: (user: AdminUser) => void;
}

/** Changes a person's name, bodies, partner and administrator rights; a save based on an old version is refused, never overwrites. */
export function EditUserForm({ user, bodies, partners, onSaved }: EditUserFormProps) {
  const update = useUpdateUser(user.id);
  const queryClient = useQueryClient();
  const stale = update.isError && isStaleVersion(update.error);
  const { reload, reloading } = useReloadLatest({
    refetch: () => queryClient.refetchQueries({ queryKey: adminUsersQueryOptions().queryKey, exact: true }),
    onReloaded: () => update.reset(),
    focusId: 'user-name',
  });

  return (
    <>
      {stale && <StaleVersionNotice what="person" onReload={reload} reloading={reloading} />}
      <UserForm
        key={user.version}
        mode="edit"
        user={user}
        bodies={bodies}
        partners={partners}
        submitText="Save changes"
        pending={update.isPending}
        error={update.isError && !stale ? update.error : undefined}
        attempt={update.submittedAt}
        onSubmit={({ name, bodyIds, partnerId, isAdmin }) => update.mutate({ version: user.version, name, bodyIds, partnerId, isAdmin }, { onSuccess: onSaved })}
      />
    </>
  );
}
