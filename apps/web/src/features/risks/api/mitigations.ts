import type { CreateMitigationRequest, RiskDetail, UpdateMitigationRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { RISKS_KEY } from './get-risks';

export const addMitigation = ({ riskId, request }: { riskId: string; request: CreateMitigationRequest }) =>
  apiClient.post<RiskDetail>(`/risks/${encodeURIComponent(riskId)}/mitigations`, request);

export const updateMitigation = ({ riskId, mitigationId, request }: { riskId: string; mitigationId: string; request: UpdateMitigationRequest }) =>
  apiClient.patch<RiskDetail>(`/risks/${encodeURIComponent(riskId)}/mitigations/${encodeURIComponent(mitigationId)}`, request);

export function useAddMitigation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addMitigation, onSuccess: () => queryClient.invalidateQueries({ queryKey: RISKS_KEY }) });
}

export function useUpdateMitigation() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateMitigation, onSuccess: () => queryClient.invalidateQueries({ queryKey: RISKS_KEY }) });
}
