import type { PartnerDetail, UpdatePartnerRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateLookups } from '../../../lib/lookups/lookups';
import { partnerQueryOptions } from './get-partner';

export const updatePartner = (id: string, request: UpdatePartnerRequest) => apiClient.patch<PartnerDetail>(`/partners/${encodeURIComponent(id)}`, request);

export function useUpdatePartner(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdatePartnerRequest) => updatePartner(id, request),
    onSuccess: async (partner) => {
      queryClient.setQueryData(partnerQueryOptions(id).queryKey, partner);
      await invalidateLookups(queryClient, 'partners');
    },
  });
}
