import type { MeResponse } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ApiError, apiClient } from '../../../lib/api-client';

/** The signed-in user, or null when there is no session: being signed out is an answer, not a failure. */
export async function getMe(): Promise<MeResponse | null> {
  try {
    return await apiClient.get<MeResponse>('/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const meQueryOptions = () => queryOptions({ queryKey: ['me'], queryFn: getMe });

export const useMe = () => useQuery(meQueryOptions());
