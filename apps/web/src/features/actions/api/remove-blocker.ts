import type { ActionDetail } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { actionQueryOptions } from './get-action';

export const removeBlocker = ({ id, blockerId }: { id: string; blockerId: string }) =>
  apiClient.delete<ActionDetail>(`/actions/${encodeURIComponent(id)}/blockers/${encodeURIComponent(blockerId)}`);

export function useRemoveBlocker() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeBlocker,
    onSuccess: async (action) => {
      queryClient.setQueryData(actionQueryOptions(action.id).queryKey, action);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'actions' });
    },
  });
}
