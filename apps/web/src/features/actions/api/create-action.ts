import type { ActionDetail, CreateActionRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { actionQueryOptions } from './get-action';

export const createAction = (request: CreateActionRequest) => apiClient.post<ActionDetail>('/actions', request);

export function useCreateAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createAction,
    onSuccess: async (created) => {
      queryClient.setQueryData(actionQueryOptions(created.id).queryKey, created);
      // Lists, exports and the dashboard all read actions.
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
  });
}
