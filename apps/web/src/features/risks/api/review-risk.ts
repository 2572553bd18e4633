import type { CreateRiskReviewRequest, RiskDetail } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { RISKS_KEY } from './get-risks';

export const reviewRisk = ({ id, request }: { id: string; request: CreateRiskReviewRequest }) =>
  apiClient.post<RiskDetail>(`/risks/${encodeURIComponent(id)}/reviews`, request);

export function useReviewRisk() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: reviewRisk, onSuccess: () => queryClient.invalidateQueries({ queryKey: RISKS_KEY }) });
}
