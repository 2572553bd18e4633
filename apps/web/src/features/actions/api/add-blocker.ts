import type { ActionDetail, AddBlockerRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { actionQueryOptions } from './get-action';

export const addBlocker = ({ id, request }: { id: string; request: AddBlockerRequest }) =>
  apiClient.post<ActionDetail>(`/actions/${encodeURIComponent(id)}/blockers`, request);

/** The answer is the waiting action as it is now; the blocker's page and every list change too, so they are refreshed. */
export function useAddBlocker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addBlocker,
    onSuccess: async (action) => {
      queryClient.setQueryData(actionQueryOptions(action.id).queryKey, action);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'actions' });
    },
  });
}
