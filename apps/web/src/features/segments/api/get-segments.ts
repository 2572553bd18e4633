import type { Segment } from '@steerline/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { SEGMENTS_KEY } from './segments-key';

export const getSegments = () => apiClient.get<Segment[]>('/segments');

export const segmentsQueryOptions = () => queryOptions({ queryKey: [...SEGMENTS_KEY, 'list'], queryFn: getSegments });

export const useSegments = () => useQuery(segmentsQueryOptions());
