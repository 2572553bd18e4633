import type { PriorityRef } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The strategy's priorities, in number order. */
export const getPriorities = () => apiClient.get<PriorityRef[]>('/priorities');

export const prioritiesQueryOptions = () => queryOptions({ queryKey: ['action-options', 'priorities'], queryFn: getPriorities, staleTime: 5 * 60_000 });

export const usePriorities = () => useQuery(prioritiesQueryOptions());
