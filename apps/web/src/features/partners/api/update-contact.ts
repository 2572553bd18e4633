import type { PartnerContact, UpdatePartnerContactRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { partnerQueryOptions } from './get-partner';

export const updateContact = (partnerId: string, contactId: string, request: UpdatePartnerContactRequest) =>
  apiClient.patch<PartnerContact>(`/partners/${encodeURIComponent(partnerId)}/contacts/${encodeURIComponent(contactId)}`, request);

export function useUpdateContact(partnerId: string, contactId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePartnerContactRequest) => updateContact(partnerId, contactId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryOptions(partnerId).queryKey }),
  });
}
