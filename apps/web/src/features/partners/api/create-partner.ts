import type { CreatePartnerRequest, PartnerDetail } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { invalidateLookups } from '../../../lib/lookups/lookups';
import { partnerQueryOptions } from './get-partner';

export const createPartner = (request: CreatePartnerRequest) => apiClient.post<PartnerDetail>('/partners', request);

export function useCreatePartner() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPartner,
    onSuccess: async (partner) => {
      queryClient.setQueryData(partnerQueryOptions(partner.id).queryKey, partner);
      await invalidateLookups(queryClient, 'partners');
    },
  });
}
