import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ATTACHMENTS_KEY } from './get-attachments';

export const removeAttachment = (id: string) => apiClient.delete<void>(`/attachments/${encodeURIComponent(id)}`);

export function useRemoveAttachment() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeAttachment, onSettled: () => queryClient.invalidateQueries({ queryKey: ATTACHMENTS_KEY }) });
}
