import type { TwoFactorCodeRequest, TwoFactorEnrolled } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { meQueryOptions } from './get-me';
import { twoFactorStatusQueryOptions } from './get-two-factor-status';

export const enrolTwoFactor = (request: TwoFactorCodeRequest) => apiClient.post<TwoFactorEnrolled>('/auth/two-factor/enrol', request);

/** A sign-in that was waiting for the app is signed in now, so who is signed in is asked again. */
export function useEnrolTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: enrolTwoFactor,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey });
      await queryClient.invalidateQueries({ queryKey: twoFactorStatusQueryOptions().queryKey, exact: true });
    },
  });
}
