import type { Escalation, RaiseRiskEscalationRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { RISKS_KEY } from './get-risks';

export const raiseRiskEscalation = ({ riskId, request }: { riskId: string; request: RaiseRiskEscalationRequest }) =>
  apiClient.post<Escalation>(`/risks/${encodeURIComponent(riskId)}/escalations`, request);

/** Refreshes the risk (which lists its escalations) and every escalation query (their key starts with 'escalations'). */
export function useRaiseRiskEscalation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: raiseRiskEscalation,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: RISKS_KEY }), queryClient.invalidateQueries({ queryKey: ['escalations'] })]),
  });
}
