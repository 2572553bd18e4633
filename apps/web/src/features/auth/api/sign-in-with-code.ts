import type { MeResponse, TwoFactorCodeRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { meQueryOptions } from './get-me';

export const signInWithCode = (request: TwoFactorCodeRequest) => apiClient.post<MeResponse>('/auth/two-factor', request);

export function useSignInWithCode() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: signInWithCode, onSuccess: (me) => queryClient.setQueryData(meQueryOptions().queryKey, me) });
}
