import type { ActionDetail, CancelActionRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { actionQueryOptions } from './get-action';

export const cancelAction = ({ id, request }: { id: string; request: CancelActionRequest }) =>
  apiClient.post<ActionDetail>(`/actions/${encodeURIComponent(id)}/cancel`, request);

export function useCancelAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelAction,
    onSuccess: async (cancelled) => {
      queryClient.setQueryData(actionQueryOptions(cancelled.id).queryKey, cancelled);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
    },
  });
}
