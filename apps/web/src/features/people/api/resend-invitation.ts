import type { InvitedUser } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { adminUsersQueryOptions } from './get-admin-users';

/** A new invitation for someone who has not set a password yet; the earlier link stops working. */
export const resendInvitation = (id: string) => apiClient.post<InvitedUser>(`/admin/users/${id}/invitation`);

export function useResendInvitation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: resendInvitation, onSuccess: () => queryClient.invalidateQueries({ queryKey: adminUsersQueryOptions().queryKey }) });
}
