import type { RetireRequest, Segment } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateLookups } from '../../../lib/lookups/lookups';
import { coverageQueryOptions } from './get-coverage';

export const retireSegment = (id: string, request: RetireRequest) => apiClient.post<Segment>(`/segments/${encodeURIComponent(id)}/retire`, request);

/** Retires a segment (administrators only): it stays on the actions that target it, but pickers for new records leave it out. */
export function useRetireSegment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RetireRequest) => retireSegment(id, request),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: coverageQueryOptions().queryKey }), invalidateLookups(queryClient, 'segments')]),
  });
}
