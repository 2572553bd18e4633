import type { MeResponse } from '@steerline/contracts';
import { useQuery } from '@tanstack/react-query';
import { ApiError, apiClient } from '../../../lib/api-client';

/**
 * What the signed-in user may do. Shares the session's query key (['me']) and answer, so it is read from the cache the
 * sign-in already filled; features do not import each other, so this is not features/auth's hook.
 */
async function getSession(): Promise<MeResponse | null> {
  try {
    return await apiClient.get<MeResponse>('/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useCan(permission: string): boolean {
  const { data } = useQuery({ queryKey: ['me'], queryFn: getSession });
  return data?.permissions.includes(permission as MeResponse['permissions'][number]) ?? false;
}
