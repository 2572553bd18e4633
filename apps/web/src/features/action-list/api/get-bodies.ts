import type { BodySummary } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Governance bodies, for the owning body filter. */
export const getBodies = () => apiClient.get<BodySummary[]>('/bodies');

export const bodiesQueryOptions = () => queryOptions({ queryKey: ['bodies', 'options'], queryFn: getBodies, staleTime: 5 * 60_000 });

export const useBodies = () => useQuery(bodiesQueryOptions());
