import type { CreateSegmentRequest, Segment } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { SEGMENTS_KEY } from './segments-key';

export const createSegment = (request: CreateSegmentRequest) => apiClient.post<Segment>('/segments', request);

/** Adds a population segment (administrators only); every segment query is fetched again, so the coverage table shows it. */
export function useCreateSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSegment,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: SEGMENTS_KEY }),
  });
}
