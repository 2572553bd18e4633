import type { CreateProgressUpdateRequest, ProgressUpdate } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export const postProgressUpdate = ({ actionId, request }: { actionId: string; request: CreateProgressUpdateRequest }) =>
  apiClient.post<ProgressUpdate>(`/actions/${encodeURIComponent(actionId)}/updates`, request);

export function usePostProgressUpdate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: postProgressUpdate,
    // The update changes the action's RAG, percentage and status, so the action, its history, lists and the dashboard are all stale.
    onSuccess: () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' }),
  });
}
