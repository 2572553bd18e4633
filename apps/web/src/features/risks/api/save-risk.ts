import type { CreateRiskRequest, RiskDetail, UpdateRiskRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { RISKS_KEY } from './get-risks';

export const createRisk = (request: CreateRiskRequest) => apiClient.post<RiskDetail>('/risks', request);

export const updateRisk = ({ id, request }: { id: string; request: UpdateRiskRequest }) => apiClient.patch<RiskDetail>(`/risks/${encodeURIComponent(id)}`, request);

export function useCreateRisk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createRisk, onSuccess: () => queryClient.invalidateQueries({ queryKey: RISKS_KEY }) });
}

export function useUpdateRisk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateRisk, onSuccess: () => queryClient.invalidateQueries({ queryKey: RISKS_KEY }) });
}
