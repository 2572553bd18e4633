import type { CreateSegmentRequest, Segment } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateLookups } from '../../../lib/lookups/lookups';
import { coverageQueryOptions } from './get-coverage';

export const createSegment = (request: CreateSegmentRequest) => apiClient.post<Segment>('/segments', request);

/** Adds a population segment (administrators only); every segment query is fetched again, so the coverage table shows it. */
export function useCreateSegment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSegment,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: coverageQueryOptions().queryKey }), invalidateLookups(queryClient, 'segments')]),
  });
}
