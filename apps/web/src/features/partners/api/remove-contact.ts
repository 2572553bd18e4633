import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { partnerQueryOptions } from './get-partner';

export const removeContact = (partnerId: string, contactId: string) =>
  apiClient.delete<void>(`/partners/${encodeURIComponent(partnerId)}/contacts/${encodeURIComponent(contactId)}`);

export function useRemoveContact(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (contactId: string) => removeContact(partnerId, contactId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryOptions(partnerId).queryKey }),
  });
}
