import type { Segment, UpdateSegmentRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateLookups } from '../../../lib/lookups/lookups';
import { coverageQueryOptions } from './get-coverage';

export const updateSegment = (id: string, request: UpdateSegmentRequest) => apiClient.patch<Segment>(`/segments/${encodeURIComponent(id)}`, request);

/** Changes a segment; the request carries the version edited, and a stale one is refused (409 stale_version). */
export function useUpdateSegment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateSegmentRequest) => updateSegment(id, request),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: coverageQueryOptions().queryKey }), invalidateLookups(queryClient, 'segments')]),
  });
}
