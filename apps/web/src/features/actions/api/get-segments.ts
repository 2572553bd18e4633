import type { Segment } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Population segments, for the groups an action targets. */
export const getSegments = () => apiClient.get<Segment[]>('/segments');

export const segmentsQueryOptions = () => queryOptions({ queryKey: ['action-options', 'segments'], queryFn: getSegments, staleTime: 5 * 60_000 });

export const useSegments = () => useQuery(segmentsQueryOptions());
