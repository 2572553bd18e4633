import type { AdminUser, UpdateUserRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateLookups } from '../../../lib/lookups/lookups';
import { adminUsersQueryOptions } from './get-admin-users';

export const updateUser = (id: string, request: UpdateUserRequest) => apiClient.patch<AdminUser>(`/admin/users/${encodeURIComponent(id)}`, request);

/** Puts the saved person into the cached list straight away, so the form shows their new version at once. */
export function replaceUser(users: AdminUser[] | undefined, saved: AdminUser): AdminUser[] | undefined {
  return users?.map((user) => (user.id === saved.id ? saved : user));
}

export function useUpdateUser(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateUserRequest) => updateUser(id, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(adminUsersQueryOptions().queryKey, (users) => replaceUser(users, saved));
      // Their name, active state and memberships feed the owner pickers and the bodies' member counts.
      await Promise.all([queryClient.invalidateQueries({ queryKey: adminUsersQueryOptions().queryKey }), invalidateLookups(queryClient, 'people', 'bodies')]);
    },
  });
}
