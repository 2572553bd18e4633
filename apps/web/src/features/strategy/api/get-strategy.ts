import type { CurrentStrategy, Strategy } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The strategy, or null before an administrator has set one up: asked of /strategy/current, which answers 200 either way. */
export async function getStrategy(): Promise<Strategy | null> {
  return (await apiClient.get<CurrentStrategy>('/strategy/current')).strategy;
}

export const strategyQueryOptions = () => queryOptions({ queryKey: ['strategy'], queryFn: getStrategy });

/** `enabled` false for someone who may not read the plan (in no body yet): the API would refuse them. */
export const useStrategy = (enabled = true) => useQuery({ ...strategyQueryOptions(), enabled });
