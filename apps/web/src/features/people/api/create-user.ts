import type { CreateUserRequest, InvitedUser } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateLookups } from '../../../lib/lookups/lookups';
import { adminUsersQueryOptions } from './get-admin-users';

export const createUser = (request: CreateUserRequest) => apiClient.post<InvitedUser>('/admin/users', request);

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () =>
      // A person joins the owner pickers and their bodies' member counts change, wherever those are shown.
      Promise.all([queryClient.invalidateQueries({ queryKey: adminUsersQueryOptions().queryKey }), invalidateLookups(queryClient, 'people', 'bodies')]),
  });
}
