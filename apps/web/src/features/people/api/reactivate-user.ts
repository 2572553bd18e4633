import type { AdminUser } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateLookups } from '../../../lib/lookups/lookups';
import { adminUsersQueryOptions } from './get-admin-users';
import { replaceUser } from './update-user';

/** Lets a deactivated person sign in again. */
export const reactivateUser = (id: string) => apiClient.post<AdminUser>(`/admin/users/${encodeURIComponent(id)}/reactivate`);

export function useReactivateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => reactivateUser(id),
    onSuccess: async (saved) => {
      queryClient.setQueryData(adminUsersQueryOptions().queryKey, (users) => replaceUser(users, saved));
      // Their name, active state and memberships feed the owner pickers and the bodies' member counts.
      await Promise.all([queryClient.invalidateQueries({ queryKey: adminUsersQueryOptions().queryKey }), invalidateLookups(queryClient, 'people', 'bodies')]);
    },
  });
}
