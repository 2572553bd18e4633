import type { SignOutResponse } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiClient } from '../../../lib/api-client';
import { meQueryOptions } from './get-me';

/** Resolves once there is no session, including when it had already expired; with the provider's logout address when it has one. */
export async function signOut(): Promise<SignOutResponse | undefined> {
  try {
    return await apiClient.post<SignOutResponse | undefined>('/auth/sign-out');
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
    return undefined;
  }
}

/**
 * `beforeForget` runs before the user's cached data is dropped, so the caller can leave protected pages first. When the
 * identity provider's session is to end too (OIDC_LOGOUT), the browser goes to the provider's logout page instead.
 */
export function useSignOut(beforeForget: () => void | Promise<void>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async (answer) => {
      if (answer?.providerSignOutUrl) return window.location.assign(answer.providerSignOutUrl);
      await beforeForget();
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryOptions().queryKey[0] });
      queryClient.setQueryData(meQueryOptions().queryKey, null);
    },
  });
}
