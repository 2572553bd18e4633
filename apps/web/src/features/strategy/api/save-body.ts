import type { BodySummary, CreateBodyRequest, RetireRequest, UpdateBodyRequest } from '@steerline/contracts';
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateLookups } from '../../../lib/lookups/lookups';
import { setupQueryOptions } from './get-setup';

export const createBody = (request: CreateBodyRequest) => apiClient.post<BodySummary>('/bodies', request);
export const updateBody = (id: string, request: UpdateBodyRequest) => apiClient.patch<BodySummary>(`/bodies/${encodeURIComponent(id)}`, request);
export const retireBody = (id: string, request: RetireRequest) => apiClient.post<BodySummary>(`/bodies/${encodeURIComponent(id)}/retire`, request);

/** The bodies list, every body picker, each body's page and the checklist show what changed. */
const refresh = (queryClient: QueryClient) =>
  Promise.all([
    invalidateLookups(queryClient, 'bodies'),
    queryClient.invalidateQueries({ queryKey: ['bodies'] }),
    queryClient.invalidateQueries({ queryKey: setupQueryOptions().queryKey }),
  ]);

/** Adds a body (`id` undefined) or changes one with the version edited. */
export function useSaveBody(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: Omit<UpdateBodyRequest, 'version'> & { version?: number }) =>
      id ? updateBody(id, request as UpdateBodyRequest) : createBody(request as CreateBodyRequest),
    onSuccess: () => refresh(queryClient),
  });
}

export function useRetireBody(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (request: RetireRequest) => retireBody(id, request), onSuccess: () => refresh(queryClient) });
}
