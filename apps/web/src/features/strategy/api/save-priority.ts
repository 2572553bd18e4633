import type { CreatePriorityRequest, Priority, RetireRequest, UpdatePriorityRequest } from '@steerline/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateLookups } from '../../../lib/lookups/lookups';
import { setupQueryOptions } from './get-setup';

export const createPriority = (request: CreatePriorityRequest) => apiClient.post<Priority>('/priorities', request);
export const updatePriority = (id: string, request: UpdatePriorityRequest) => apiClient.patch<Priority>(`/priorities/${encodeURIComponent(id)}`, request);
export const retirePriority = (id: string, request: RetireRequest) => apiClient.post<Priority>(`/priorities/${encodeURIComponent(id)}/retire`, request);

const refresh = (queryClient: QueryClient) =>
  Promise.all([invalidateLookups(queryClient, 'priorities'), queryClient.invalidateQueries({ queryKey: setupQueryOptions().queryKey })]);

/** Adds a priority (`id` undefined) or changes one with the version edited; every priority picker refreshes. */
export function useSavePriority(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: Omit<UpdatePriorityRequest, 'version'> & { version?: number }) =>
      id ? updatePriority(id, request as UpdatePriorityRequest) : createPriority(request as CreatePriorityRequest),
    onSuccess: () => refresh(queryClient),
  });
}

export function useRetirePriority(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (request: RetireRequest) => retirePriority(id, request), onSuccess: () => refresh(queryClient) });
}
