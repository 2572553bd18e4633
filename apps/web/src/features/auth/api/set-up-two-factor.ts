import type { TwoFactorSetup } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Each call makes a new secret, so it is asked for once per visit to the page and never again in the background. */
export const setUpTwoFactor = () => apiClient.post<TwoFactorSetup>('/auth/two-factor/setup');

export const twoFactorSetupQueryOptions = () =>
  queryOptions({ queryKey: ['two-factor', 'setup'], queryFn: setUpTwoFactor, staleTime: Infinity, gcTime: 0, retry: false, refetchOnWindowFocus: false });

export const useTwoFactorSetup = () => useQuery(twoFactorSetupQueryOptions());
