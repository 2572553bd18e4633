import type { BodySummary, PriorityRef } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getPriorities = () => apiClient.get<PriorityRef[]>('/priorities');
export const getBodies = () => apiClient.get<BodySummary[]>('/bodies');

export const prioritiesQueryOptions = () => queryOptions({ queryKey: ['escalation-options', 'priorities'], queryFn: getPriorities, staleTime: 5 * 60_000 });
export const bodiesQueryOptions = () => queryOptions({ queryKey: ['escalation-options', 'bodies'], queryFn: getBodies, staleTime: 5 * 60_000 });

export const usePriorities = () => useQuery(prioritiesQueryOptions());
export const useBodies = () => useQuery(bodiesQueryOptions());
