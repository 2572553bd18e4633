import type { MeResponse } from '@steerline/contracts';
import { useQuery } from '@tanstack/react-query';
import { meQueryOptions } from '../../../lib/session';

/** What the signed-in user may do, from the session's query (['me']) that the sign-in already filled. */
export function useCan(permission: string): boolean {
  const { data } = useQuery(meQueryOptions());
  return data?.permissions.includes(permission as MeResponse['permissions'][number]) ?? false;
}
