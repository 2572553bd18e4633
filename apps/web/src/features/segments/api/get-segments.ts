import type { Segment } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const getSegments = () => apiClient.get<Segment[]>('/segments');

export const segmentsQueryOptions = () => queryOptions({ queryKey: ['segments', 'list'], queryFn: getSegments });

export const useSegments = () => useQuery(segmentsQueryOptions());
