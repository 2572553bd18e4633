import type { CreateStrategyRequest, Strategy, UpdateStrategyRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { strategyQueryOptions } from './get-strategy';
import { setupQueryOptions } from './get-setup';

export const createStrategy = (request: CreateStrategyRequest) => apiClient.post<Strategy>('/strategy', request);
export const updateStrategy = (id: string, request: UpdateStrategyRequest) => apiClient.patch<Strategy>(`/strategy/${encodeURIComponent(id)}`, request);

/** Creates the strategy when there is none (`id` undefined), otherwise changes it with the version edited. */
export function useSaveStrategy(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: Omit<UpdateStrategyRequest, 'version'> & { version?: number }) =>
      id ? updateStrategy(id, request as UpdateStrategyRequest) : createStrategy(request as CreateStrategyRequest),
    onSuccess: (strategy) => {
      queryClient.setQueryData(strategyQueryOptions().queryKey, strategy);
      return queryClient.invalidateQueries({ queryKey: setupQueryOptions().queryKey });
    },
  });
}
