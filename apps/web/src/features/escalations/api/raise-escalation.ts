import type { CreateEscalationRequest, Escalation } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { ESCALATIONS_KEY } from './get-escalation';

export const raiseEscalation = ({ actionId, request }: { actionId: string; request: CreateEscalationRequest }) =>
  apiClient.post<Escalation>(`/actions/${encodeURIComponent(actionId)}/escalations`, request);

export function useRaiseEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: raiseEscalation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ESCALATIONS_KEY }),
  });
}
