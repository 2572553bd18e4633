import type { BodySummary, InvitedUser } from '@steerline/contracts';
import { useCreateUser } from '../api/create-user';
import { UserForm } from './user-form';

interface NewUserFormProps {
  bodies: BodySummary[];
  partners: { id: string; name: string }[];
  onCreated: (user: InvitedUser) => void;
}

export function NewUserForm({ bodies, partners, onCreated }: NewUserFormProps) {
  const create = useCreateUser();
  return (
    <UserForm
      mode="create"
      bodies={bodies}
      partners={partners}
      submitText="Add person and send invitation"
      pending={create.isPending}
      error={create.error}
      attempt={create.submittedAt}
      onSubmit={(values) => create.mutate(values, { onSuccess: onCreated })}
    />
  );
}
