import type { AdminUser, CreateUserRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { adminUsersQueryOptions } from './get-admin-users';
import { bodiesQueryOptions } from './get-bodies';

export const createUser = (request: CreateUserRequest) => apiClient.post<AdminUser>('/admin/users', request);

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: adminUsersQueryOptions().queryKey }),
        queryClient.invalidateQueries({ queryKey: bodiesQueryOptions().queryKey }),
      ]),
  });
}
