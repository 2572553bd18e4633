import type { CreateReviewCycleRequest, ReviewCycleDetail } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { REVIEWS_KEY } from './get-cycles';

export const createCycle = (request: CreateReviewCycleRequest) => apiClient.post<ReviewCycleDetail>('/reviews/cycles', request);

export function useCreateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCycle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REVIEWS_KEY }),
  });
}
