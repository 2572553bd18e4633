import type { Strategy } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiClient } from '../../../lib/api-client';

/** The strategy, or null before an administrator has set one up (the API answers 404 then). */
export async function getStrategy(): Promise<Strategy | null> {
  try {
    return await apiClient.get<Strategy>('/strategy');
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export const strategyQueryOptions = () => queryOptions({ queryKey: ['strategy'], queryFn: getStrategy });

export const useStrategy = () => useQuery(strategyQueryOptions());
