import type { BodySummary } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The governance bodies, for the owning body picker. */
export const getBodies = () => apiClient.get<BodySummary[]>('/bodies');

export const bodiesQueryOptions = () => queryOptions({ queryKey: ['action-options', 'bodies'], queryFn: getBodies, staleTime: 5 * 60_000 });

export const useBodies = () => useQuery(bodiesQueryOptions());
