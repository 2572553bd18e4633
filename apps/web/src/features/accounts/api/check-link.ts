import type { LinkDetails } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Whom a set-password link belongs to; refused (404/410) with the reason when it no longer works. */
export const checkLink = (token: string) => apiClient.post<LinkDetails>('/account/links/check', { token });

export const linkQueryOptions = (token: string) => queryOptions({ queryKey: ['account-link', token], queryFn: () => checkLink(token), retry: false, staleTime: Infinity });

export const useLink = (token: string) => useQuery(linkQueryOptions(token));
