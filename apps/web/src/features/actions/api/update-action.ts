import type { ActionDetail, UpdateActionRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { actionQueryOptions } from './get-action';

export const updateAction = ({ id, request }: { id: string; request: UpdateActionRequest }) =>
  apiClient.patch<ActionDetail>(`/actions/${encodeURIComponent(id)}`, request);

export function useUpdateAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAction,
    onSuccess: async (updated) => {
      queryClient.setQueryData(actionQueryOptions(updated.id).queryKey, updated);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
  });
}
