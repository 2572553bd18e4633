import type { CurrentStrategy, Strategy } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The strategy, or null before an administrator has set one up: asked of /strategy/current, which answers 200 either way. */
export async function getStrategy(): Promise<Strategy | null> {
  return (await apiClient.get<CurrentStrategy>('/strategy/current')).strategy;
}

export const strategyQueryOptions = () => queryOptions({ queryKey: ['strategy'], queryFn: getStrategy });

export const useStrategy = () => useQuery(strategyQueryOptions());
