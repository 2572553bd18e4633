import type { PartnerProtocol, SignProtocolRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { partnerQueryOptions } from './get-partner';

export const signProtocol = (partnerId: string, request: SignProtocolRequest) =>
  apiClient.post<PartnerProtocol>(`/partners/${encodeURIComponent(partnerId)}/protocols`, request);

export function useSignProtocol(partnerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SignProtocolRequest) => signProtocol(partnerId, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: partnerQueryOptions(partnerId).queryKey }),
  });
}
