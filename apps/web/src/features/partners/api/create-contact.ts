import type { CreatePartnerContactRequest, PartnerContact } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { partnerQueryOptions } from './get-partner';

export const createContact = (partnerId: string, request: CreatePartnerContactRequest) =>
  apiClient.post<PartnerContact>(`/partners/${encodeURIComponent(partnerId)}/contacts`, request);

export function useCreateContact(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreatePartnerContactRequest) => createContact(partnerId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryOptions(partnerId).queryKey }),
  });
}
