import type { SignInOptions } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getSignInOptions = () => apiClient.get<SignInOptions>('/auth/options');

/** Settings of the server: they change only when it restarts. */
export const signInOptionsQueryOptions = () => queryOptions({ queryKey: ['sign-in-options'], queryFn: getSignInOptions, staleTime: Infinity, retry: false });

export const useSignInOptions = () => useQuery(signInOptionsQueryOptions());
