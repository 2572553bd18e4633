import type { Page, ReviewCycleSummary } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { asList } from '../as-list';

/** Every review query starts with this key, so one invalidation refreshes cycles, trackers and returns. */
export const REVIEWS_KEY = ['reviews'] as const;

export const getCycles = async () => asList(await apiClient.get<ReviewCycleSummary[] | Page<ReviewCycleSummary>>('/reviews/cycles'));

export const cyclesQueryOptions = () => queryOptions({ queryKey: [...REVIEWS_KEY, 'cycles'], queryFn: getCycles });

export const useCycles = () => useQuery(cyclesQueryOptions());
