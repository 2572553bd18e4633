import type { TwoFactorStatus } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getTwoFactorStatus = () => apiClient.get<TwoFactorStatus>('/auth/two-factor');

export const twoFactorStatusQueryOptions = () => queryOptions({ queryKey: ['two-factor'], queryFn: getTwoFactorStatus });

export const useTwoFactorStatus = () => useQuery(twoFactorStatusQueryOptions());
