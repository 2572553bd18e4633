import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { adminUsersQueryOptions } from './get-admin-users';

/** For someone who lost their authenticator app and recovery codes; audited. */
export const resetTwoFactor = (id: string) => apiClient.delete<void>(`/admin/users/${encodeURIComponent(id)}/two-factor`);

export function useResetTwoFactor(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => resetTwoFactor(id), onSuccess: () => queryClient.invalidateQueries({ queryKey: adminUsersQueryOptions().queryKey }) });
}
