import { needsSecondFactor, type SignInRequest, type SignInResponse } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { meQueryOptions } from './get-me';

export const signIn = (credentials: SignInRequest) => apiClient.post<SignInResponse>('/auth/sign-in', credentials);

/** A correct password signs in, or leads to the second-factor step first: then nobody is signed in yet. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (answer) => {
      if (!needsSecondFactor(answer)) queryClient.setQueryData(meQueryOptions().queryKey, answer);
    },
  });
}
