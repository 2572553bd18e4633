import type { BodySummary } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getBodies = () => apiClient.get<BodySummary[]>('/bodies');

export const bodiesQueryOptions = () => queryOptions({ queryKey: ['bodies'], queryFn: getBodies });

export const useBodies = () => useQuery(bodiesQueryOptions());
