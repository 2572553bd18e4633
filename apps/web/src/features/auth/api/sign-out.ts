import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiClient } from '../../../lib/api-client';
import { meQueryOptions } from './get-me';

/** Resolves once there is no session, including when it had already expired. */
export async function signOut(): Promise<void> {
  try {
    await apiClient.post<void>('/auth/sign-out');
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
}

/** `beforeForget` runs before the user's cached data is dropped, so the caller can leave protected pages first. */
export function useSignOut(beforeForget: () => void | Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      await beforeForget();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryOptions().queryKey[0] });
      queryClient.setQueryData(meQueryOptions().queryKey, null);
    },
  });
}
