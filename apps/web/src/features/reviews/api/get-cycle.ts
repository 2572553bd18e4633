import type { ReviewCycleDetail } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { REVIEWS_KEY } from './get-cycles';

export const getCycle = (id: string) => apiClient.get<ReviewCycleDetail>(`/reviews/cycles/${encodeURIComponent(id)}`);

export const cycleQueryOptions = (id: string) => queryOptions({ queryKey: [...REVIEWS_KEY, 'cycle', id], queryFn: () => getCycle(id) });

export const useCycle = (id: string) => useQuery(cycleQueryOptions(id));
