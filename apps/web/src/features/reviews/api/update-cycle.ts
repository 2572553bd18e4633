import type { ReviewCycleDetail, UpdateReviewCycleRequest } from '@steerline/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { cycleQueryOptions } from './get-cycle';
import { REVIEWS_KEY } from './get-cycles';

export const updateCycle = ({ id, request }: { id: string; request: UpdateReviewCycleRequest }) =>
  apiClient.patch<ReviewCycleDetail>(`/reviews/cycles/${encodeURIComponent(id)}`, request);

export function useUpdateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCycle,
    onSuccess: async (cycle) => {
      queryClient.setQueryData(cycleQueryOptions(cycle.id).queryKey, cycle);
      await queryClient.invalidateQueries({ queryKey: REVIEWS_KEY });
    },
  });
}
